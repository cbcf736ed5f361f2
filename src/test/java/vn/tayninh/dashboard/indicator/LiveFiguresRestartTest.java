package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * After a start the stored live figures are unconfirmed and the country is recounted in the background; until then
 * the first answers count only what they need: one commune's page counts that commune and is exact, the province's
 * page (more communes than {@code app.live-figures.count-on-demand-up-to}) counts only the communes changed since and
 * says its figures are provisional. Counted communes are read from the metric {@code indicator.recount.communes}.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.live-figures.count-on-demand-up-to=10"})
@ActiveProfiles("test")
@DirtiesContext
class LiveFiguresRestartTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    LiveCounts liveCounts;
    @Autowired
    LiveCountsSchedule schedule;
    @Autowired
    PoliticalTheoryStandardRepository standards;
    @Autowired
    CommuneService communes;
    @Autowired
    CadreEditor editor;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void theFirstAnswersAfterAStartCountOnlyWhatTheyNeed() {
        Scope province = Scope.province();
        engine.overview(province, TODAY, 2026);
        engine.breakdowns(province, TODAY);
        liveCounts.awaitStored();

        // what a start does before its background recount has run; meanwhile a cadre of Hưng Điền changed by hand
        Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        liveCounts.markUnconfirmed(true);
        jdbc.update("UPDATE cadre SET education = 'TIEN_SI' WHERE id = (SELECT MIN(id) FROM cadre"
                + " WHERE commune_id = ? AND end_date IS NULL AND (education IS NULL OR education <> 'TIEN_SI'))",
                hungDien.getId());

        // one commune's page: that commune alone is counted, and shows the change
        Scope scope = Scope.commune(hungDien.getCode());
        double counts = recounted("counts");
        double figures = recounted("breakdowns");
        Overview commune = engine.overview(scope, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        assertThat(commune.provisional()).isFalse();
        assertThat(commune.target("T2").numerator()).isEqualTo(direct().get(hungDien.getId()).get(Counter.POSTGRADUATE));
        assertThat(engine.breakdowns(scope, TODAY, Freshness.PROVISIONAL_ALLOWED)).isEqualTo(transaction.execute(s -> engine.breakdowns(scope, TODAY)));
        assertThat(recounted("counts") - counts).isEqualTo(1);
        assertThat(recounted("breakdowns") - figures).isEqualTo(1);

        // a cadre added through data entry in Tân Ninh: its version moves, so its old figures are never shown
        Commune tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        CadreForm form = new CadreForm();
        form.setFullName("Trương Thị Thạc");
        form.setEducation(Education.THAC_SI);
        form.setStartDate(LocalDate.of(2024, 3, 1));
        TestUsers.callAs(Role.BOARD, null, (Supplier<Object>) () -> editor.create(tanNinh.getId(), form));

        // the province's page: counts Tân Ninh only, takes the 94 others as counted before the start, and says so
        counts = recounted("counts");
        figures = recounted("breakdowns");
        Overview provisional = engine.overview(province, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        engine.breakdowns(province, TODAY, Freshness.PROVISIONAL_ALLOWED);
        engine.ratingsByYear(province, TODAY, Freshness.PROVISIONAL_ALLOWED);
        assertThat(provisional.provisional()).isTrue();
        assertThat(recounted("counts") - counts).isEqualTo(1);
        assertThat(recounted("breakdowns") - figures).isEqualTo(1);

        // exports and the API ask for exact figures: with 94 of 96 communes to count, the province is counted in one pass
        counts = recounted("counts");
        assertThat(engine.overview(province, TODAY, 2026).provisional()).isFalse();
        assertThat(recounted("counts") - counts).isEqualTo(96);
        Map<Long, Counts> direct = direct();
        for (CommuneResults result : provisional.communes()) {
            if (result.commune().getId().equals(tanNinh.getId()) || result.commune().getId().equals(hungDien.getId())) {
                assertThat(result.target("T2").numerator()).as(result.commune().getCode())
                        .isEqualTo(direct.get(result.commune().getId()).get(Counter.POSTGRADUATE));
            }
        }

        // the background recount counts the breakdowns (94 of 96 not counted since the start: in one pass); the counters
        // all are; then the province is exact and no longer provisional
        counts = recounted("counts");
        figures = recounted("breakdowns");
        schedule.confirmAfterStart();
        assertThat(recounted("counts") - counts).isZero();
        assertThat(recounted("breakdowns") - figures).isEqualTo(96);
        counts = recounted("counts");
        Overview confirmed = engine.overview(province, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        assertThat(confirmed.provisional()).isFalse();
        assertThat(recounted("counts") - counts).isZero();
        for (CommuneResults result : confirmed.communes()) {
            Counts expected = direct.getOrDefault(result.commune().getId(), Counts.ZERO);
            for (TargetResult target : result.targets()) {
                Measure measure = Measure.of(target.code());
                if (measure.kind() == Measure.Kind.RATIO) {
                    assertThat(target.numerator()).as(target.code()).isEqualTo(expected.get(measure.numerator()));
                    assertThat(target.denominator()).as(target.code()).isEqualTo(expected.get(measure.denominator()));
                }
            }
        }
        assertThat(engine.breakdowns(province, TODAY)).isEqualTo(transaction.execute(s -> engine.breakdowns(province, TODAY)));
    }

    @Test
    void rowsAddedEmptyAreNeverTakenAsProvisional() {
        // one commune's figures stored: the writer adds an empty row for each of the 95 others first
        jdbc.update("DELETE FROM live_breakdowns");
        Scope province = Scope.province();
        engine.ratingsByYear(Scope.commune("xa-hung-dien"), TODAY);
        liveCounts.awaitStored();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM live_breakdowns", Integer.class)).isEqualTo(96);

        liveCounts.markUnconfirmed(true);
        double figures = recounted("breakdowns");
        Map<Integer, long[]> ratings = engine.ratingsByYear(province, TODAY, Freshness.PROVISIONAL_ALLOWED);
        assertThat(recounted("breakdowns") - figures).isEqualTo(95);
        Map<Integer, long[]> counted = transaction.execute(s -> engine.ratingsByYear(province, TODAY));
        assertThat(ratings).containsOnlyKeys(counted.keySet());
        counted.forEach((year, counts) -> assertThat(ratings.get(year)).containsExactly(counts));
        liveCounts.confirm(() -> { });
    }

    /** Communes counted so far. */
    private double recounted(String figures) {
        return meters.get("indicator.recount.communes").tag("figures", figures).counter().count();
    }

    /** The counters of every commune, counted now. */
    private Map<Long, Counts> direct() {
        int rank = standards.findAll().stream().mapToInt(s -> PoliticalTheoryStandard.rank(s.getMinLevel())).min().orElseThrow();
        return queries.countsByCommune(TODAY, 2026, rank, null);
    }
}
