package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The live dashboard's breakdowns and ratings per year come from stored per-commune rows: they equal a direct count
 * for every commune and the province, and every change through the services shows at once.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class LiveBreakdownsTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    CadreService cadres;
    @Autowired
    CadreEditor editor;
    @Autowired
    RatingEditor ratingEditor;
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
    void storedBreakdownsEqualADirectCountAndFollowEveryChange() {
        jdbc.update("DELETE FROM kept_figures WHERE kind = 'breakdowns'");
        liveCounts.forget();
        assertProvinceEqualsDirectCount();
        liveCounts.awaitStored();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM kept_figures WHERE kind = 'breakdowns' AND as_of_date = ?",
                Integer.class, TODAY))
                .isEqualTo(96);
        String stored = storedRows();
        for (Commune commune : communes.findAll()) {
            assertEqualsDirectCount(Scope.commune(commune.getCode()));
        }
        assertThat(storedRows()).as("read back, not recounted").isEqualTo(stored);

        // a cadre added, rated, then changed: only that commune is recounted, and shows each change at once
        Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        Scope scope = Scope.commune(hungDien.getCode());
        Breakdowns before = engine.breakdowns(scope, TODAY);
        long[] ratedBefore = engine.ratingsByYear(scope, TODAY).getOrDefault(2026, new long[2]);
        CadreForm form = new CadreForm();
        form.setFullName("Trương Thị Thạc");
        form.setGender(Gender.NU);
        form.setBirthDate(LocalDate.of(1999, 5, 1));
        form.setEthnicity("Khơ-me");
        form.setEducation(Education.THAC_SI);
        form.setPoliticalTheory(PoliticalTheory.SO_CAP);
        form.setStartDate(LocalDate.of(2024, 3, 1));
        Cadre added = asBoard(() -> editor.create(hungDien.getId(), form));
        Breakdowns after = engine.breakdowns(scope, TODAY);
        assertThat(count(after, Dimension.EDUCATION, "THAC_SI")).isEqualTo(count(before, Dimension.EDUCATION, "THAC_SI") + 1);
        assertThat(count(after, Dimension.ETHNICITY, "Khơ-me")).isEqualTo(count(before, Dimension.ETHNICITY, "Khơ-me") + 1);
        assertThat(count(after, Dimension.AGE_BAND, "UNDER_30")).isEqualTo(count(before, Dimension.AGE_BAND, "UNDER_30") + 1);
        assertThat(after.ageByGender().get(Population.ALL).get("UNDER_30").get("NU"))
                .isEqualTo(before.ageByGender().get(Population.ALL).getOrDefault("UNDER_30", Map.of()).getOrDefault("NU", 0L) + 1);
        assertEqualsDirectCount(scope);

        asBoard(() -> ratingEditor.rate(added.getId(), 2026, Rating.HTXS));
        long[] ratedAfter = engine.ratingsByYear(scope, TODAY).get(2026);
        assertThat(ratedAfter).containsExactly(ratedBefore[0] + 1, ratedBefore[1] + 1);

        form.setEducation(Education.DAI_HOC);
        asBoard(() -> editor.update(added.getId(), added.getVersion(), form));
        assertThat(count(engine.breakdowns(scope, TODAY), Dimension.EDUCATION, "THAC_SI"))
                .isEqualTo(count(before, Dimension.EDUCATION, "THAC_SI"));
        assertEqualsDirectCount(scope);
        assertProvinceEqualsDirectCount();

        // the roster import ends every record of a commune
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        transaction.executeWithoutResult(s -> asBoard(() -> cadres.endActive(List.of(tanNinh), TODAY, EndReason.OTHER)));
        assertThat(engine.breakdowns(Scope.commune("phuong-tan-ninh"), TODAY).counts()).isEmpty();
        assertThat(engine.ratingsByYear(Scope.commune("phuong-tan-ninh"), TODAY)).isEmpty();
        assertProvinceEqualsDirectCount();

        // the standards and the rating year do not change the breakdowns: their rows stay valid
        String beforeStandards = storedRows();
        transaction.executeWithoutResult(s -> standards.findById(Position.BI_THU).orElseThrow()
                .setMinLevel(PoliticalTheory.CU_NHAN_CAO_CAP));
        engine.overview(Scope.province(), TODAY, 2025);
        assertProvinceEqualsDirectCount();
        assertThat(storedRows()).isEqualTo(beforeStandards);
    }

    @Test
    void otherDatesAndPendingWritesAreCountedDirectly() {
        Scope province = Scope.province();
        engine.breakdowns(province, TODAY);
        String stored = storedRows();

        // another date (a past day chosen in the filter) is counted, never stored
        LocalDate earlier = TODAY.minusYears(1);
        assertThat(engine.breakdowns(province, earlier)).isEqualTo(direct(() -> engine.breakdowns(province, earlier)));
        assertThat(engine.ratingsByYear(province, earlier)).usingRecursiveComparison()
                .isEqualTo(direct(() -> engine.ratingsByYear(province, earlier)));
        assertThat(storedRows()).isEqualTo(stored);

        // a transaction with pending writes sees its own changes, and leaves the rows alone when rolled back
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        transaction.executeWithoutResult(status -> {
            asBoard(() -> cadres.endActive(List.of(hungDien), TODAY, EndReason.OTHER));
            assertThat(engine.breakdowns(Scope.commune("xa-hung-dien"), TODAY).counts()).isEmpty();
            status.setRollbackOnly();
        });
        assertThat(storedRows()).isEqualTo(stored);
        assertThat(engine.breakdowns(Scope.commune("xa-hung-dien"), TODAY).counts()).isNotEmpty();
    }

    @Test
    void valuesChangedByHandAreCountedAsTheyAre() {
        Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        long cadre = jdbc.queryForObject("SELECT MIN(id) FROM cadre WHERE commune_id = ? AND end_date IS NULL",
                Long.class, hungDien.getId());
        jdbc.update("UPDATE cadre SET education = 'KHAC', political_theory = '', gender = 'X' WHERE id = ?", cadre);
        jdbc.update("DELETE FROM kept_figures WHERE kind = 'breakdowns'");
        liveCounts.forget();
        Breakdowns counted = engine.breakdowns(Scope.commune(hungDien.getCode()), TODAY);
        assertThat(count(counted, Dimension.EDUCATION, "KHAC")).isEqualTo(1);
        assertThat(count(counted, Dimension.POLITICAL_THEORY, "")).isEqualTo(1);
        assertThat(count(counted, Dimension.GENDER, "X")).isEqualTo(1);
        assertEqualsDirectCount(Scope.commune(hungDien.getCode()));
        assertProvinceEqualsDirectCount();
    }

    @Test
    void theTextFormKeepsEveryKey() {
        BreakdownTally tally = new BreakdownTally();
        tally.add(new IndicatorQueries.BreakdownRow(1, java.util.EnumSet.of(Population.ALL, Population.BTV),
                "DAI_HOC", null, "NU", "DANG", "UNDER_30", "Kinh; =:/%\nHoa", 3));
        tally.add(new IndicatorQueries.BreakdownRow(1, java.util.EnumSet.of(Population.ALL),
                "", "TRUNG_CAP", null, null, "OVER_60", null, 2));
        Breakdowns expected = tally.result();
        KeptText.Writer out = new KeptText.Writer(BreakdownTally.SIGNATURE);
        tally.write(out);
        BreakdownTally read = BreakdownTally.read(new KeptText.Reader(out.toString(), BreakdownTally.SIGNATURE));
        assertThat(read.result()).isEqualTo(expected);
        assertThat(expected.of(Population.ALL, Dimension.ETHNICITY)).containsEntry("Kinh; =:/%\nHoa", 3L)
                .containsEntry("UNKNOWN", 2L);
        assertThatThrownBy(() -> new KeptText.Reader("", BreakdownTally.SIGNATURE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BreakdownTally.read(new KeptText.Reader(BreakdownTally.SIGNATURE + " 1 ALL NOPE 1 X 1",
                BreakdownTally.SIGNATURE))).isInstanceOf(IllegalArgumentException.class);
    }

    /** The province's breakdowns and ratings, from the stored rows, against a count made now. */
    private void assertProvinceEqualsDirectCount() {
        assertEqualsDirectCount(Scope.province());
    }

    private void assertEqualsDirectCount(Scope scope) {
        assertThat(engine.breakdowns(scope, TODAY)).as(scope.toString())
                .isEqualTo(direct(() -> engine.breakdowns(scope, TODAY)));
        Map<Integer, long[]> stored = engine.ratingsByYear(scope, TODAY);
        Map<Integer, long[]> counted = direct(() -> engine.ratingsByYear(scope, TODAY));
        assertThat(stored).containsOnlyKeys(counted.keySet());
        counted.forEach((year, counts) -> assertThat(stored.get(year)).as(scope + " " + year).containsExactly(counts));
    }

    /** Inside a read-write transaction the engine counts directly instead of reading stored rows. */
    private <T> T direct(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }

    private static long count(Breakdowns breakdowns, Dimension dimension, String key) {
        return breakdowns.of(Population.ALL, dimension).getOrDefault(key, 0L);
    }

    private String storedRows() {
        liveCounts.awaitStored();
        return String.join("|", jdbc.queryForList("SELECT CONCAT(commune_id, ':', roster_version, ':', as_of_date, ':',"
                + " revision, ':', figures) FROM kept_figures WHERE kind = 'breakdowns' ORDER BY commune_id",
                String.class));
    }

    /** Writes go through the services' access checks, as the board. */
    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
