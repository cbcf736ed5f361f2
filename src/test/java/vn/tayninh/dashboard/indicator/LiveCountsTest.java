package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;

/**
 * The live dashboard reads stored per-commune counters: they equal a direct count, and a write to a commune, new
 * standards or a transaction with pending writes never lets a stale figure through.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class LiveCountsTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    CadreService cadres;
    @Autowired
    vn.tayninh.dashboard.cadre.CadreEditor editor;
    @Autowired
    CommuneService communes;
    @Autowired
    PoliticalTheoryStandardRepository standards;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeptFigures liveCounts;

    @Test
    void storedCountersEqualADirectCountAndFollowEveryChange() {
        assertEqualsDirectCount();
        assertThat(rows()).isEqualTo(96);
        String stored = storedCounters();
        assertEqualsDirectCount();
        assertThat(storedCounters()).as("read back, not recounted").isEqualTo(stored);

        // a write path bumps the commune's version in its own transaction: only that commune is recounted
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        long before = engine.overview(Scope.commune("phuong-tan-ninh"), TODAY, 2026).target("T1").denominator();
        transaction.executeWithoutResult(s -> asBoard(() -> cadres.endActive(List.of(tanNinh), TODAY, EndReason.OTHER)));
        assertThat(engine.overview(Scope.commune("phuong-tan-ninh"), TODAY, 2026).target("T1").denominator())
                .isZero().isNotEqualTo(before);
        assertEqualsDirectCount();

        // data entry (a cadre added, a profile changed) shows at once on the stored live figures
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        long postgraduates = engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2026).target("T2").numerator();
        vn.tayninh.dashboard.cadre.CadreForm form = new vn.tayninh.dashboard.cadre.CadreForm();
        form.setFullName("Trương Thị Thạc");
        form.setEducation(vn.tayninh.dashboard.cadre.Education.THAC_SI);
        form.setStartDate(LocalDate.of(2024, 3, 1));
        vn.tayninh.dashboard.cadre.Cadre added = asBoard(() -> editor.create(hungDien, form));
        assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2026).target("T2").numerator())
                .isEqualTo(postgraduates + 1);
        form.setEducation(vn.tayninh.dashboard.cadre.Education.DAI_HOC);
        asBoard(() -> editor.update(added.getId(), added.getVersion(), form));
        assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2026).target("T2").numerator())
                .isEqualTo(postgraduates);
        assertEqualsDirectCount();

        // new standards for a key title change who meets them
        transaction.executeWithoutResult(s -> standards.findById(Position.BI_THU).orElseThrow()
                .setMinLevel(PoliticalTheory.CU_NHAN_CAO_CAP));
        assertEqualsDirectCount();
    }

    @Test
    void aTransactionWithPendingWritesCountsWhatItSees() {
        engine.overview(Scope.province(), TODAY, 2026);
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        String stored = storedCounters();
        transaction.executeWithoutResult(status -> {
            asBoard(() -> cadres.endActive(List.of(hungDien), TODAY, EndReason.OTHER));
            assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2026).target("T1").denominator()).isZero();
            status.setRollbackOnly();
        });
        assertThat(storedCounters()).isEqualTo(stored);
        assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2026).target("T1").denominator()).isPositive();
    }

    /** The province overview, served from the stored rows, against the grouped queries run now. */
    private void assertEqualsDirectCount() {
        int rank = standards.findAll().stream().mapToInt(s -> PoliticalTheoryStandard.rank(s.getMinLevel())).min().orElseThrow();
        Map<Long, Counts> direct = queries.countsByCommune(TODAY, 2026, rank, null);
        Overview overview = engine.overview(Scope.province(), TODAY, 2026);
        Overview again = engine.overview(Scope.province(), TODAY, 2026);
        for (CommuneResults commune : overview.communes()) {
            Counts counts = direct.getOrDefault(commune.commune().getId(), Counts.ZERO);
            for (TargetResult result : commune.targets()) {
                Measure measure = Measure.of(result.code());
                if (measure.kind() == Measure.Kind.RATIO) {
                    assertThat(result.numerator()).as(result.code()).isEqualTo(counts.get(measure.numerator()));
                    assertThat(result.denominator()).as(result.code()).isEqualTo(counts.get(measure.denominator()));
                }
            }
        }
        assertThat(again.targets()).isEqualTo(overview.targets());
    }

    private int rows() {
        liveCounts.awaitStored();
        return jdbc.queryForObject("SELECT COUNT(*) FROM kept_figures WHERE kind = 'counts' AND as_of_date = ?", Integer.class,
                TODAY);
    }

    private String storedCounters() {
        liveCounts.awaitStored();
        return String.join("|", jdbc.queryForList("SELECT CONCAT(commune_id, ':', roster_version, ':', revision, ':',"
                + " figures) FROM kept_figures WHERE kind = 'counts' ORDER BY commune_id", String.class));
    }

    /** Writes go through the services' access checks, as the board. */
    private static <T> T asBoard(java.util.function.Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
