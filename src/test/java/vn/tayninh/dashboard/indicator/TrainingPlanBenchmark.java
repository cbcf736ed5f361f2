package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.training.PlanOutcomes;

/**
 * The projection to 31/12/2030 with a training plan of 2,000 participants ({@link ForecastService#forecast} with a
 * plan, and the plan page's whole outcome: natural and with the plan, {@link PlanOutcomes#outcome}) for the province
 * and one commune, on an H2 file database of synthetic cadres ({@link SyntheticCadres}): a draft with a university
 * course (1,000 persons without a degree, ending 30/06/2029) and an intermediate political-theory course (1,000
 * persons below it, ending 31/12/2027). Not part of {@code ./mvnw test}:
 * {@code ./mvnw -Pbenchmark test -Dtest=TrainingPlanBenchmark [-Dbenchmark.sizes=10000,1000000]
 * [-Dbenchmark.runs=10] [-Dbenchmark.reuse=true]}; the table is printed and written to
 * {@code target/benchmark/training-plan-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class TrainingPlanBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);
    private static final int PER_COURSE = 1_000;

    @Autowired
    ForecastService forecasts;
    @Autowired
    PlanOutcomes outcomes;
    @Autowired
    FreezeService freezes;
    @Autowired
    CommuneService communes;
    @Autowired
    DashboardBenchmark.SwitchableDataSource database;
    @Autowired
    Flyway flyway;
    @Autowired
    KeptFigures kept;

    @Test
    void projectionWithAPlanOf2000Participants() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | participants | province with the plan | province, plan page (natural and with the plan)"
                        + " | one commune with the plan | province, natural (kept) |",
                "|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,1000000")) {
            long[] plan = new long[1];
            BenchmarkFiles.open("training-plan", size, flyway, database, dataSource -> {
                new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
                SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), 2025, "Mốc"));
                JdbcTemplate jdbc = new JdbcTemplate(dataSource);
                jdbc.update("INSERT INTO training_plan (name, state, created_at, created_by) VALUES ('Dự thảo',"
                        + " 'DRAFT', CURRENT_TIMESTAMP, 'benchmark')");
                long id = jdbc.queryForObject("SELECT MAX(id) FROM training_plan", Long.class);
                course(jdbc, id, "DAI_HOC", "2027-09-01", "2029-06-30",
                        "c.education IN ('CAO_DANG', 'TRUNG_CAP', 'DUOI_TRUNG_CAP')");
                course(jdbc, id, "LLCT_TRUNG_CAP", "2027-03-01", "2027-12-31",
                        "(c.political_theory IS NULL OR c.political_theory IN ('SO_CAP', 'CHUA_CO'))");
            });
            plan[0] = new JdbcTemplate(database).queryForObject("SELECT MAX(id) FROM training_plan", Long.class);
            long participants = new JdbcTemplate(database).queryForObject(
                    "SELECT COUNT(*) FROM training_participant", Long.class);
            int runs = Integer.getInteger("benchmark.runs", size >= 1_000_000 ? 3 : 10);
            int warmUps = size >= 1_000_000 ? 1 : 3;
            Scope one = Scope.commune(DashboardBenchmark.ONE_COMMUNE);
            kept.forget();
            kept.confirm();
            Forecast natural = read(Scope.province(), null);
            Forecast withPlan = read(Scope.province(), plan[0]);
            // the plan only ever adds: what it adds to T1 is at most its university course's participants
            long added = withPlan.targets().getFirst().projected().numerator()
                    - natural.targets().getFirst().projected().numerator();
            assertThat(added).isBetween(1L, (long) PER_COURSE);
            assertThat(withPlan.targets().getFirst().projected().denominator())
                    .isEqualTo(natural.targets().getFirst().projected().denominator());
            DashboardBenchmark.Timing province = DashboardBenchmark.time(warmUps, runs, () -> read(Scope.province(),
                    plan[0]));
            DashboardBenchmark.Timing page = DashboardBenchmark.time(warmUps, runs, () -> SystemUser.call(
                    () -> outcomes.outcome(plan[0], Scope.province(), AS_OF)));
            DashboardBenchmark.Timing commune = DashboardBenchmark.time(warmUps, runs, () -> read(one, plan[0]));
            DashboardBenchmark.Timing kept = DashboardBenchmark.time(warmUps, runs, () -> read(Scope.province(), null));
            table.add("| %,d | %,d | %s | %s | %s | %s |".formatted(size, participants, province, page, commune, kept));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("training-plan-results.md", table);
    }

    /** A course of the plan and its persons: the first {@link #PER_COURSE} active cadres meeting {@code condition}. */
    private static void course(JdbcTemplate jdbc, long plan, String kind, String start, String end, String condition) {
        jdbc.update("INSERT INTO training_course (plan_id, kind, title, start_date, end_date, places, per_commune,"
                + " part_time) VALUES (?, ?, ?, DATE '" + start + "', DATE '" + end + "', ?, FALSE, TRUE)", plan, kind,
                kind, PER_COURSE);
        long course = jdbc.queryForObject("SELECT MAX(id) FROM training_course", Long.class);
        jdbc.update("INSERT INTO training_participant (course_id, cadre_id, commune_id, state, reason, proposed_by)"
                + " SELECT " + course + ", c.id, c.commune_id, 'ACCEPTED', 'benchmark', 'benchmark' FROM cadre c"
                + " WHERE c.end_date IS NULL AND " + condition + " ORDER BY c.id LIMIT " + PER_COURSE);
    }

    private Forecast read(Scope scope, Long plan) {
        return SystemUser.call(() -> forecasts.forecast(scope, END_2030, AS_OF, plan));
    }
}
