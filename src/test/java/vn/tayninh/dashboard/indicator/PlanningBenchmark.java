package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.planning.PlanningTerm;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The planning pages' reads on an H2 file database of 10,000 and 1,000,000 synthetic cadres ({@link SyntheticCadres}:
 * about 40 % in a pool, as approved entries with titles, and proposals): the province's review (what {@code /quy-hoach}
 * shows: pool cards from the kept figures, candidates per title and commune, proposed exits, gaps), one commune's
 * review and its list of entries (what {@code /quy-hoach/<code>} shows). Not part of the normal build:
 * {@code ./mvnw -Pbenchmark test -Dtest=PlanningBenchmark [-Dbenchmark.sizes=10000,1000000] [-Dbenchmark.reuse=true]};
 * the table is printed and written to {@code target/benchmark/planning.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class PlanningBenchmark {

    @Autowired
    PlanningReview review;
    @Autowired
    Planning planning;
    @Autowired
    CommuneService communes;
    @Autowired
    DashboardBenchmark.SwitchableDataSource database;
    @Autowired
    Flyway flyway;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KeptFigures kept;

    @Test
    void provinceAndCommunePlanning() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | entries | data load | province review counted from scratch (start, 00:01)"
                        + " | province review, first after a start | province review |"
                        + " one commune's review | one commune's entries |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,1000000")) {
            long loadMillis = BenchmarkFiles.open("planning", size, flyway, database, dataSource ->
                    new SyntheticCadres(dataSource, java.time.LocalDate.now()).load(size,
                            communes.findAll().stream().map(Commune::getId).toList()));
            long entries = jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry", Long.class);
            assertThat(entries).isGreaterThan(size / 4);
            Commune commune = communes.findByCode(DashboardBenchmark.ONE_COMMUNE).orElseThrow();
            PlanningTerm term = TestUsers.callAs(Role.BOARD, null, () -> review.defaultTerm());
            boolean large = size >= 1_000_000;
            int warmUps = large ? 1 : 3;
            int runs = Integer.getInteger("benchmark.runs", large ? 3 : 10);

            // every commune's review counted, as the count after a start and at 00:01 does, and stored
            kept.forget();
            jdbc.update("DELETE FROM kept_figures WHERE kind = 'planning-review'");
            long counted = BenchmarkFiles.nanos(() -> TestUsers.callAs(Role.BOARD, null,
                    () -> review.review(Scope.province(), term)));
            kept.awaitStored();
            // a start: nothing kept in memory, the stored figures read back, then the page
            kept.forget();
            kept.confirm();
            long first = BenchmarkFiles.nanos(() -> TestUsers.callAs(Role.BOARD, null,
                    () -> review.review(Scope.province(), term)));
            PlanningReview.Review province = TestUsers.callAs(Role.BOARD, null, () -> review.review(Scope.province(), term));
            assertThat(province.communes()).isEqualTo(communes.findAll().size());
            DashboardBenchmark.Timing provinceReview = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> review.review(Scope.province(), term)));
            DashboardBenchmark.Timing communeReview = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> review.review(Scope.commune(commune.getCode()), term)));
            DashboardBenchmark.Timing communeEntries = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> planning.entries(commune.getId())));
            table.add("| %,d | %,d | %s | %s | %s | %s | %s | %s |".formatted(size, entries,
                    loadMillis == 0 ? "reused" : "%.1f s".formatted(loadMillis / 1000.0),
                    BenchmarkFiles.timing(new long[] {counted}), BenchmarkFiles.timing(new long[] {first}), provinceReview, communeReview, communeEntries));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("planning.md", table);
    }
}
