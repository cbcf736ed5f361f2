package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The comparison of two reporting dates ({@link ComparisonService#compare}) on an H2 file database of synthetic
 * cadres frozen on 01/06/2026 and 01/10/2026: two frozen dates for the province and one commune, and the second
 * freeze against the live figures. Not part of {@code ./mvnw test}:
 * {@code ./mvnw -Pbenchmark test -Dtest=ComparisonBenchmark [-Dbenchmark.sizes=10000,100000] [-Dbenchmark.runs=20]};
 * the table is printed and written to {@code target/benchmark/comparison-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class ComparisonBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 10, 1);

    @Autowired
    ComparisonService comparisons;
    @Autowired
    FreezeService freezes;
    @Autowired
    CommuneService communes;
    @Autowired
    DashboardBenchmark.SwitchableDataSource database;
    @Autowired
    Flyway flyway;
    @Autowired
    KeptFigures live;

    @Test
    void twoFrozenDates() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | two frozen dates, province, median / p90 | two frozen dates, one commune, median / p90"
                        + " | frozen against live, province, median / p90 |",
                "|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000")) {
            freshDatabase(size);
            Comparison province = comparisons.compare(Scope.province(), FIRST, SECOND);
            for (Comparison.Change change : province.targets()) {
                if (change.changePoints() != null) {
                    assertThat(change.contributions().stream().mapToDouble(Comparison.Contribution::points).sum())
                            .as(change.code()).isCloseTo(change.changePoints(), within(1e-9));
                }
            }
            int runs = Integer.getInteger("benchmark.runs", 20);
            DashboardBenchmark.Timing frozen = DashboardBenchmark.time(3, runs,
                    () -> comparisons.compare(Scope.province(), FIRST, SECOND));
            DashboardBenchmark.Timing commune = DashboardBenchmark.time(3, runs,
                    () -> comparisons.compare(Scope.commune(DashboardBenchmark.ONE_COMMUNE), FIRST, SECOND));
            DashboardBenchmark.settle(live, () -> comparisons.compare(Scope.province(), SECOND, null));
            DashboardBenchmark.Timing againstLive = DashboardBenchmark.time(3, runs,
                    () -> comparisons.compare(Scope.province(), SECOND, null));
            table.add("| %,d | %s | %s | %s |".formatted(size, frozen, commune, againstLive));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("comparison-results.md", table);
    }

    /** A new database file for the size, built by the real migrations, filled and frozen twice. */
    private void freshDatabase(int size) throws Exception {
        BenchmarkFiles.open("compare", size, flyway, database, dataSource -> {
            new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
            SystemUser.call(() -> freezes.freeze(FIRST, 2025, "Mốc"));
            SystemUser.call(() -> freezes.freeze(SECOND, 2026, "Quý III"));
        });
    }
}
