package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.planning.Decision;
import vn.tayninh.dashboard.planning.DisciplineKind;
import vn.tayninh.dashboard.planning.DisciplineRecords;
import vn.tayninh.dashboard.planning.EntryView;
import vn.tayninh.dashboard.planning.ExitReason;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningKind;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.planning.PlanningTerm;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Kept equals counted: random sequences of every kind of write — profile edits (some making or ending a possible
 * duplicate across communes), cadres added, appointments and their ends, departures, ratings, imports that add and
 * that replace, planning entries approved and ended, a course ending in the future (the rules refuse departures and titles dated after today) — each through its service, as people make them. After every step the
 * kept figures of every target of the province and of each commune, the breakdowns and ratings per year, the
 * projection to 2030 (province and the communes written), every commune's data quality and the planning review, read
 * by the writer as in production (the write returns at once; the writer's next request waits for the round counting it),
 * equal the same counted from scratch (inside a writing transaction, which never uses what is kept), and no reader counted anything: the
 * writes brought their communes' figures up to date. Seeded, so that a failure replays; {@code -Dkept.seed=…} and
 * {@code -Dkept.steps=…} choose another sequence.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.live-figures.writer-waits=false"})
@ActiveProfiles("test")
@DirtiesContext
class KeptEqualsCountedTest {

    private static final LocalDate TODAY = FixedClockConfig.TODAY;
    /** The writes happen in these communes (neighbours in the demo data, so that duplicates cross between them). */
    private static final List<String> COMMUNES = List.of("phuong-tan-ninh", "xa-hung-dien", "xa-vinh-thanh");
    private static final String HEADER = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,"
            + "stem,bloc,titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,"
            + "rating_2025,rating_2026\n";

    @Autowired
    IndicatorEngine engine;
    @Autowired
    ForecastService forecasts;
    @Autowired
    DataQuality quality;
    @Autowired
    CadreEditor editor;
    @Autowired
    RatingEditor ratings;
    @Autowired
    CadreService cadres;
    @Autowired
    RosterImporter importer;
    @Autowired
    CommuneService communes;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    KeptFigures kept;
    @Autowired
    Planning planning;
    @Autowired
    DisciplineRecords disciplines;
    @Autowired
    PlanningReview reviews;

    private final Map<Write, Integer> done = new EnumMap<>(Write.class);

    enum Write { EDIT, TWIN, ADD, APPOINT, END_HOLDING, DEPART, STUDY_AHEAD, RATE, IMPORT_ADD, IMPORT_REPLACE, PLAN_APPROVE,
        PLAN_END, DISCIPLINE }

    @Test
    void afterEveryWriteTheKeptFiguresEqualAFullCount() {
        long seed = Long.getLong("kept.seed", 20261207L);
        int steps = Integer.getInteger("kept.steps", 30);
        Random random = new Random(seed);
        assertKeptEqualsCounted("start");
        for (int step = 0; step < steps; step++) {
            Write write = step < Write.values().length ? Write.values()[step]
                    : Write.values()[random.nextInt(Write.values().length)];
            String commune = COMMUNES.get(random.nextInt(COMMUNES.size()));
            try {
                TestUsers.callAs(Role.BOARD, null, () -> {
                    apply(write, commune, random);
                    return null;
                });
                done.merge(write, 1, Integer::sum);
            } catch (RuntimeException refused) {
                // a write the rules refuse changes nothing: the figures must still agree
            }
            double read = readerCounts();
            assertKeptEqualsCounted("seed " + seed + ", step " + step + ": " + write + " in " + commune);
            assertThat(readerCounts()).as("step %d (%s): no reader counts a commune a write changed", step, write)
                    .isEqualTo(read);
        }
        assertThat(done.keySet()).as("every kind of write was made at least once").containsAll(List.of(Write.values()));
    }

    private void apply(Write write, String commune, Random random) throws RuntimeException {
        long communeId = communes.findByCode(commune).orElseThrow().getId();
        switch (write) {
            case EDIT -> {
                Cadre cadre = cadre(communeId, random);
                CadreForm form = CadreForm.of(cadre);
                form.setEducation(Education.values()[random.nextInt(Education.values().length)]);
                form.setBirthDate(LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)));
                editor.update(cadre.getId(), cadre.getVersion(), form);
            }
            case TWIN -> {
                // a record given the name and birth date of one in another commune: two possible duplicates
                Cadre cadre = cadre(communeId, random);
                String other = COMMUNES.get((COMMUNES.indexOf(commune) + 1) % COMMUNES.size());
                Cadre model = cadre(communes.findByCode(other).orElseThrow().getId(), random);
                CadreForm form = CadreForm.of(cadre);
                form.setFullName(model.getFullName());
                form.setBirthDate(model.getBirthDate());
                editor.update(cadre.getId(), cadre.getVersion(), form);
            }
            case ADD -> {
                CadreForm form = new CadreForm();
                form.setFullName("Người Mới " + random.nextInt(1000));
                form.setBirthDate(LocalDate.of(1970 + random.nextInt(30), 5, 5));
                form.setEducation(random.nextBoolean() ? Education.THAC_SI : Education.DAI_HOC);
                form.setStartDate(TODAY.minusDays(random.nextInt(400)));
                editor.create(communeId, form);
            }
            case APPOINT -> {
                // to a title or seat with room left (each refused try is rolled back and changes nothing)
                long cadreId = cadre(communeId, random).getId();
                List<Position> positions = new ArrayList<>(List.of(Position.values()));
                java.util.Collections.shuffle(positions, random);
                RuntimeException refused = null;
                for (Position position : positions) {
                    try {
                        editor.appoint(cadreId, position, TODAY, "QĐ-" + random.nextInt(1000));
                        return;
                    } catch (RuntimeException e) {
                        refused = e;
                    }
                }
                throw refused;
            }
            case END_HOLDING -> {
                Map<String, Object> holding = jdbc.queryForList("SELECT id, version FROM position_holding"
                        + " WHERE commune_id = ? AND end_date IS NULL ORDER BY id", communeId).stream()
                        .skip(random.nextInt(5)).findFirst().orElseThrow();
                editor.endHolding(((Number) holding.get("ID")).longValue(), ((Number) holding.get("VERSION")).longValue(),
                        TODAY, EndReason.TRANSFER);
            }
            case DEPART -> {
                Cadre cadre = cadre(communeId, random);
                editor.depart(cadre.getId(), cadre.getVersion(), TODAY, EndReason.RETIREMENT);
            }
            case STUDY_AHEAD -> {
                // a write dated in the future (the rules refuse departures and titles dated after today): a master's
                // course ending in one to three years, which moves the projection to 2030 and not today's figures
                Cadre cadre = cadre(communeId, random);
                CadreForm form = CadreForm.of(cadre);
                form.setStudyingFor(Education.THAC_SI);
                form.setStudyEnd(TODAY.plusYears(1 + random.nextInt(3)));
                editor.update(cadre.getId(), cadre.getVersion(), form);
            }
            case RATE -> {
                // a new rating, or a change of the cadre's rating of that year
                long cadreId = cadre(communeId, random).getId();
                int year = TODAY.getYear() - random.nextInt(2);
                Rating rating = Rating.values()[random.nextInt(Rating.values().length)];
                List<Map<String, Object>> rated = jdbc.queryForList("SELECT id, version FROM annual_rating"
                        + " WHERE cadre_id = ? AND rating_year = ?", cadreId, year);
                if (rated.isEmpty()) {
                    ratings.rate(cadreId, year, rating);
                } else {
                    ratings.changeRating(((Number) rated.getFirst().get("ID")).longValue(),
                            ((Number) rated.getFirst().get("VERSION")).longValue(), rating);
                }
            }
            case IMPORT_ADD -> importFile(ImportMode.ADD, commune, random);
            case IMPORT_REPLACE -> importFile(ImportMode.REPLACE, commune, random);
            case PLAN_APPROVE -> {
                // a person the rules admit (young, holding no title, planned for nothing) proposed for the party
                // committee of the next term, approved at once with a decision
                long cadreId = jdbc.queryForList("SELECT c.id FROM cadre c WHERE c.commune_id = ? AND c.end_date IS NULL"
                        + " AND c.birth_date > DATE '1980-01-01' AND NOT EXISTS (SELECT 1 FROM position_holding h"
                        + " WHERE h.cadre_id = c.id AND h.end_date IS NULL) AND NOT EXISTS (SELECT 1 FROM planning_entry e"
                        + " WHERE e.cadre_id = c.id AND e.end_date IS NULL) ORDER BY c.id", Long.class, communeId)
                        .stream().skip(random.nextInt(5)).findFirst().orElseThrow();
                long termId = planning.term("2030-2035").orElseThrow().getId();
                PlanningKind kind = random.nextInt(4) == 0 ? PlanningKind.SOURCE : PlanningKind.PLAN;
                EntryView proposed = planning.propose(cadreId, termId, kind,
                        kind == PlanningKind.SOURCE ? null : PlannedTitle.BCH, null);
                planning.approve(proposed.id(), proposed.version(),
                        new Decision("QĐ-" + random.nextInt(1000), TODAY, "Ban Thường vụ Tỉnh ủy", null));
            }
            case PLAN_END -> {
                Map<String, Object> entry = jdbc.queryForList("SELECT id, version FROM planning_entry"
                        + " WHERE commune_id = ? AND state = 'APPROVED' AND end_date IS NULL ORDER BY id", communeId)
                        .stream().skip(random.nextInt(5)).findFirst().orElseThrow();
                planning.end(((Number) entry.get("ID")).longValue(), ((Number) entry.get("VERSION")).longValue(),
                        ExitReason.OWN_REQUEST, null, new Decision("QĐ-" + random.nextInt(1000), TODAY, null, null));
            }
            case DISCIPLINE -> {
                // a reprimand of a planned person: the review proposes their exit
                long cadreId = jdbc.queryForList("SELECT e.cadre_id FROM planning_entry e WHERE e.commune_id = ?"
                        + " AND e.state = 'APPROVED' AND e.end_date IS NULL ORDER BY e.id", Long.class, communeId)
                        .stream().skip(random.nextInt(5)).findFirst().orElseThrow();
                disciplines.add(cadreId, DisciplineKind.KHIEN_TRACH, TODAY, "QĐ-" + random.nextInt(1000));
            }
        }
    }

    private void importFile(ImportMode mode, String commune, Random random) {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
            file.append(String.join(",", commune, "Người Nhập " + random.nextInt(1000), random.nextBoolean() ? "NAM" : "NU",
                    "19" + (60 + random.nextInt(40)) + "-03-0" + (1 + random.nextInt(9)), "Kinh",
                    random.nextBoolean() ? "THAC_SI" : "DAI_HOC", "TRUNG_CAP", "false", "NHA_NUOC", "", "NONE",
                    "false", "false", "false", "false", random.nextBoolean() ? "HTT" : "", "")).append('\n');
        }
        try {
            importer.commit(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), mode);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An active cadre of the commune, picked at random. */
    private Cadre cadre(long communeId, Random random) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM cadre WHERE commune_id = ? AND end_date IS NULL ORDER BY id",
                Long.class, communeId);
        long id = ids.get(random.nextInt(ids.size()));
        return transaction.execute(s -> cadres.findProfile(id).orElseThrow().cadre());
    }

    /** Every kept figure against the same counted from scratch. */
    private void assertKeptEqualsCounted(String when) {
        Scope province = Scope.province();
        List<Scope> scopes = new ArrayList<>(List.of(province));
        COMMUNES.forEach(code -> scopes.add(Scope.commune(code)));
        // read by the writer (the board), whose next request first waits for the round counting their write
        asBoard(() -> {
            kept.awaitOwnWrites();
            return null;
        });
        assertThat(figures(asBoard(() -> engine.overview(province, TODAY, null))))
                .as("targets of the province and every commune, %s", when)
                .isEqualTo(figures(counted(() -> engine.overview(province, TODAY, null))));
        assertThat(asBoard(() -> engine.breakdowns(province, TODAY))).as("breakdowns, %s", when)
                .isEqualTo(counted(() -> engine.breakdowns(province, TODAY)));
        Map<Integer, long[]> keptRatings = asBoard(() -> engine.ratingsByYear(province, TODAY));
        Map<Integer, long[]> countedRatings = counted(() -> engine.ratingsByYear(province, TODAY));
        assertThat(keptRatings).as("ratings per year, %s", when).containsOnlyKeys(countedRatings.keySet());
        countedRatings.forEach((year, counts) -> assertThat(keptRatings.get(year)).as("ratings %d, %s", year, when)
                .containsExactly(counts));
        for (Scope scope : scopes) {
            Forecast keptForecast = asBoard(() -> forecasts.forecast(scope, ForecastService.defaultDate(), TODAY));
            assertThat(keptForecast).as("projection of %s, %s", scope, when)
                    .isEqualTo(counted(() -> forecasts.forecast(scope, ForecastService.defaultDate(), TODAY)));
        }
        assertThat(asBoard(() -> quality.byCommune(province, TODAY))).as("data quality of every commune, %s", when)
                .extracting(q -> q.commune().getCode() + " " + q.counts())
                .isEqualTo(counted(() -> quality.byCommune(province, TODAY)).stream()
                        .map(q -> q.commune().getCode() + " " + q.counts()).toList());
        PlanningTerm term = asBoard(() -> reviews.defaultTerm());
        assertThat(review(asBoard(() -> reviews.review(province, term)))).as("planning review, %s", when)
                .isEqualTo(review(counted(() -> reviews.review(province, term))));
    }

    /** A review's exits, gaps and candidates per key title, comparable. */
    private static List<Object> review(PlanningReview.Review review) {
        List<Object> parts = new ArrayList<>(List.of(review.exits(), review.gaps()));
        review.candidates().forEach((title, counts) -> parts.add(title + " " + java.util.Arrays.toString(counts)));
        return parts;
    }

    /** An overview's figures: the scope's targets and, per commune (by code), its targets and seats. */
    private static List<Object> figures(Overview overview) {
        List<Object> figures = new ArrayList<>(List.of(overview.ratingYear(), overview.targets(), overview.vacancies(),
                overview.provisional()));
        overview.communes().forEach(c -> figures.add(List.of(c.commune().getCode(), c.targets(), c.vacancies())));
        return figures;
    }

    private double readerCounts() {
        double sum = 0;
        for (String kind : List.of("counts", "breakdowns", "projection", "quality", "planning-review")) {
            sum += KeptCounted.communes(meters, kind, KeptCounted.READER);
        }
        return sum;
    }

    /** Counted from the records: inside a writing transaction, which never uses what is kept. */
    private <T> T counted(Supplier<T> work) {
        return transaction.execute(status -> asBoard(work));
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
