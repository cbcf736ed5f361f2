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
 * After a start the stored figures are unconfirmed and the country is counted again in the background; until then the
 * first answers count only what they need: one commune's page counts that commune and is exact, the province's page
 * (more communes than {@code app.live-figures.count-on-demand-up-to}) takes the figures counted before the start and
 * says they are provisional. A write meanwhile is counted by the writer, never by the next reader. And a row stored
 * behind its commune's version (another instance's write whose figures are not stored yet) is shown as it is, never
 * counted by the reader, and counted again in the background after the grace. Counted communes are read from the
 * metric {@code kept.recount.communes}.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.live-figures.count-on-demand-up-to=10",
        "app.live-figures.lag-grace=0s"})
@ActiveProfiles("test")
@DirtiesContext
class LiveFiguresRestartTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    KeptFigures kept;
    @Autowired
    KeptFiguresSchedule schedule;
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
    @Autowired
    BreakdownsKind breakdownsKind;

    @Test
    void theFirstAnswersAfterAStartCountOnlyWhatTheyNeed() {
        Scope province = Scope.province();
        engine.overview(province, TODAY, 2026);
        engine.breakdowns(province, TODAY);
        kept.awaitStored();

        // what a start does before its background recount has run; meanwhile a cadre of Hưng Điền changed by hand
        Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        kept.markUnconfirmed(true);
        jdbc.update("UPDATE cadre SET education = 'TIEN_SI' WHERE id = (SELECT MIN(id) FROM cadre"
                + " WHERE commune_id = ? AND end_date IS NULL AND (education IS NULL OR education <> 'TIEN_SI'))",
                hungDien.getId());

        // one commune's page: that commune alone is counted, and shows the change
        Scope scope = Scope.commune(hungDien.getCode());
        double counts = read("counts");
        double figures = read("breakdowns");
        Overview commune = engine.overview(scope, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        assertThat(commune.provisional()).isFalse();
        assertThat(commune.target("T2").numerator()).isEqualTo(direct().get(hungDien.getId()).get(Counter.POSTGRADUATE));
        assertThat(engine.breakdowns(scope, TODAY, Freshness.PROVISIONAL_ALLOWED)).isEqualTo(transaction.execute(s -> engine.breakdowns(scope, TODAY)));
        assertThat(read("counts") - counts).isEqualTo(1);
        assertThat(read("breakdowns") - figures).isEqualTo(1);

        // a cadre added through data entry in Tân Ninh: the writer counts Tân Ninh again right after the commit
        Commune tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        CadreForm form = new CadreForm();
        form.setFullName("Trương Thị Thạc");
        form.setEducation(Education.THAC_SI);
        form.setStartDate(LocalDate.of(2024, 3, 1));
        double written = KeptCounted.communes(meters, "counts", KeptCounted.WRITER);
        TestUsers.callAs(Role.BOARD, null, (Supplier<Object>) () -> editor.create(tanNinh.getId(), form));
        assertThat(KeptCounted.communes(meters, "counts", KeptCounted.WRITER) - written).isEqualTo(1);

        // the province's page: counts nothing, takes the 94 others as counted before the start, and says so
        counts = read("counts");
        figures = read("breakdowns");
        Overview provisional = engine.overview(province, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        engine.breakdowns(province, TODAY, Freshness.PROVISIONAL_ALLOWED);
        engine.ratingsByYear(province, TODAY, Freshness.PROVISIONAL_ALLOWED);
        assertThat(provisional.provisional()).isTrue();
        assertThat(read("counts") - counts).isZero();
        assertThat(read("breakdowns") - figures).isZero();

        // exports and the API ask for exact figures: with 94 of 96 communes to count, the province is counted in one pass
        counts = read("counts");
        assertThat(engine.overview(province, TODAY, 2026).provisional()).isFalse();
        assertThat(read("counts") - counts).isEqualTo(96);
        Map<Long, Counts> direct = direct();
        for (CommuneResults result : provisional.communes()) {
            if (result.commune().getId().equals(tanNinh.getId()) || result.commune().getId().equals(hungDien.getId())) {
                assertThat(result.target("T2").numerator()).as(result.commune().getCode())
                        .isEqualTo(direct.get(result.commune().getId()).get(Counter.POSTGRADUATE));
            }
        }

        // the background recount counts every variant again; then the province is exact, no longer provisional, and
        // its reads count nothing
        schedule.confirmAfterStart();
        counts = read("counts");
        figures = read("breakdowns");
        Overview confirmed = engine.overview(province, TODAY, 2026, Freshness.PROVISIONAL_ALLOWED);
        assertThat(confirmed.provisional()).isFalse();
        assertThat(engine.breakdowns(province, TODAY)).isEqualTo(transaction.execute(s -> engine.breakdowns(province, TODAY)));
        assertThat(read("counts") - counts).isZero();
        assertThat(read("breakdowns") - figures).isZero();
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
    }

    @Test
    void aRowBehindItsVersionIsShownAsItIsAndCountedAgainInTheBackground() {
        Scope scope = Scope.commune("xa-hung-dien");
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        long before = engine.overview(scope, TODAY, 2026).target("T2").numerator();
        kept.awaitStored();
        // another instance's write: committed (the version moved), its figures not stored yet
        jdbc.update("UPDATE cadre SET education = 'TIEN_SI' WHERE id = (SELECT MIN(id) FROM cadre"
                + " WHERE commune_id = ? AND end_date IS NULL AND education NOT IN ('TIEN_SI', 'THAC_SI'))", hungDien);
        jdbc.update("UPDATE roster_version SET version = version + 1 WHERE commune_id = ?", hungDien);

        double counts = read("counts");
        Overview lagging = engine.overview(scope, TODAY, 2026);
        assertThat(lagging.target("T2").numerator()).as("the figures before that write").isEqualTo(before);
        assertThat(lagging.provisional()).isFalse();
        assertThat(read("counts") - counts).as("the reader counts nothing").isZero();

        // the grace (here none) past, the commune is counted again in the background, and the next read shows it
        kept.awaitStored();
        kept.awaitStored();
        assertThat(KeptCounted.communes(meters, "counts", KeptCounted.BACKGROUND)).isPositive();
        assertThat(engine.overview(scope, TODAY, 2026).target("T2").numerator()).isEqualTo(before + 1);
        assertThat(read("counts") - counts).isZero();
    }

    @Test
    void aRowStoredByAnotherInstanceIsSeenAtOnce() {
        Scope scope = Scope.commune("phuong-tan-ninh");
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        Map<Integer, long[]> ratings = engine.ratingsByYear(scope, TODAY);
        kept.awaitStored();
        // another instance stored new figures at the same version (a duplicate made elsewhere does that for the
        // data quality): its revision moved
        String text = jdbc.queryForObject("SELECT figures FROM kept_figures WHERE kind = 'breakdowns'"
                + " AND commune_id = ?", String.class, tanNinh);
        BreakdownsKind.Figures figures = breakdownsKind.read(new KeptText.Reader(text, breakdownsKind.signature()));
        Map<Integer, long[]> more = new java.util.TreeMap<>(figures.ratings());
        more.put(1999, new long[] {7, 5});
        KeptText.Writer out = new KeptText.Writer(breakdownsKind.signature());
        breakdownsKind.write(new BreakdownsKind.Figures(figures.breakdowns(), more), out);
        jdbc.update("UPDATE kept_figures SET figures = ?, revision = revision + 1 WHERE kind = 'breakdowns'"
                + " AND commune_id = ?", out.toString(), tanNinh);

        Map<Integer, long[]> seen = engine.ratingsByYear(scope, TODAY);
        assertThat(seen.get(1999)).containsExactly(7, 5);
        assertThat(seen).hasSize(ratings.size() + 1);
    }

    /** Communes counted so far by readers. */
    private double read(String kind) {
        return KeptCounted.communes(meters, kind, KeptCounted.READER);
    }

    /** The counters of every commune, counted now. */
    private Map<Long, Counts> direct() {
        int rank = standards.findAll().stream().mapToInt(s -> PoliticalTheoryStandard.rank(s.getMinLevel())).min().orElseThrow();
        return queries.countsByCommune(TODAY, 2026, rank, null);
    }
}
