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
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The data-quality summary ({@link DataQuality#summary} for the province: every problem counted for every commune,
 * duplicates by one province-wide grouping) and the first page of the province's and of one commune's work list, on
 * an H2 file database of 10,000 and 1,000,000 synthetic cadres ({@link SyntheticCadres}). One record in 200 is made a
 * copy of the record before it (same normalized name, name key and birth date), and the day of last change is spread
 * over 500 days before the as-of date, so that every rule has records to find. Not part of the normal build:
 * {@code ./mvnw -Pbenchmark test -Dtest=DataQualityBenchmark [-Dbenchmark.sizes=10000,1000000]
 * [-Dbenchmark.reuse=true]}; the table is printed and written to {@code target/benchmark/data-quality.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class DataQualityBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int COPY_ONE_IN = 200;

    @Autowired
    DataQuality quality;
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
    @Autowired
    RosterVersions versions;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void summaryAndWorkLists() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | data load | full count (count ahead), median / p90 | first read after a start,"
                        + " count ahead done | read while the count ahead runs (provisional) | after one commune's write"
                        + " | kept (no change) | province work list, page 1 of 100 | one commune's work list,"
                        + " page 1 of 100 | possible duplicates |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,1000000")) {
            long loadMillis = BenchmarkFiles.open("quality", size, flyway, database, dataSource -> fill(size, dataSource));
            kept.forget();
            Commune commune = communes.findByCode(DashboardBenchmark.ONE_COMMUNE).orElseThrow();
            kept.confirm();
            QualityCounts counts = quality.summary(Scope.province(), AS_OF);
            // every copy and the record it copies, when both are active
            long copies = jdbc.queryForObject("SELECT COUNT(*) FROM cadre c WHERE MOD(c.id, " + COPY_ONE_IN + ") = 0"
                    + " AND c.end_date IS NULL AND EXISTS (SELECT 1 FROM cadre p WHERE p.id = c.id - 1"
                    + " AND p.end_date IS NULL)", Long.class);
            assertThat(counts.count(Problem.POSSIBLE_DUPLICATE)).isEqualTo(2 * copies);
            assertThat(counts.active()).isEqualTo(jdbc.queryForObject(
                    "SELECT COUNT(*) FROM cadre WHERE end_date IS NULL", Long.class));

            boolean large = size >= 1_000_000;
            int warmUps = large ? 1 : 3;
            int runs = Integer.getInteger("benchmark.runs", large ? 3 : 10);
            // a restart, as many times as runs: memory empty, the stored counts read back; a read while the count
            // ahead has not finished (provisional), the count ahead of the whole province, the first read after it
            long[][] restarts = new long[3][runs];
            for (int i = large ? 0 : -warmUps; i < runs; i++) {
                kept.forget();
                kept.markUnconfirmed(true);
                long whileCounting = BenchmarkFiles.nanos(() -> {
                    assertThat(quality.summary(Scope.province(), AS_OF).provisional()).isTrue();
                    return null;
                });
                long full = BenchmarkFiles.nanos(() -> {
                    kept.confirm();
                    return null;
                });
                long first = BenchmarkFiles.nanos(() -> quality.summary(Scope.province(), AS_OF));
                if (i >= 0) {
                    restarts[0][i] = full;
                    restarts[1][i] = first;
                    restarts[2][i] = whileCounting;
                }
            }
            long oneId = commune.getId();
            DashboardBenchmark.Timing afterWrite = BenchmarkFiles.timeParts(warmUps, runs, () -> {
                transaction.executeWithoutResult(status -> versions.refreshCommune(oneId));
                return BenchmarkFiles.nanos(() -> quality.summary(Scope.province(), AS_OF));
            });
            DashboardBenchmark.Timing summaryKept = DashboardBenchmark.time(warmUps, runs,
                    () -> quality.summary(Scope.province(), AS_OF));
            DashboardBenchmark.Timing province = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> quality.workList(null, AS_OF, 0, 100)));
            DashboardBenchmark.Timing one = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> quality.workList(commune, AS_OF, 0, 100)));
            table.add("| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %,d |".formatted(size,
                    loadMillis == 0 ? "reused" : "%.1f s".formatted(loadMillis / 1000.0),
                    BenchmarkFiles.timing(restarts[0]), BenchmarkFiles.timing(restarts[1]),
                    BenchmarkFiles.timing(restarts[2]), afterWrite, summaryKept, province, one,
                    counts.count(Problem.POSSIBLE_DUPLICATE)));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("data-quality.md", table);
    }

    /** Synthetic cadres with names keyed, one in 200 a copy of the one before, days of last change spread. */
    private void fill(int size, javax.sql.DataSource dataSource) throws Exception {
        new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
        // the synthetic names are unique ("Cán bộ 17"): their normalized form and a key of it, then copies and ages
        jdbc.update("UPDATE cadre SET normalized_name = LOWER(full_name), name_key = id,"
                + " last_changed = DATEADD(DAY, -MOD(id * 7, 500), DATE '" + AS_OF + "')");
        jdbc.update("UPDATE cadre c SET normalized_name = (SELECT p.normalized_name FROM cadre p WHERE p.id = c.id - 1),"
                + " name_key = c.id - 1, birth_date = (SELECT p.birth_date FROM cadre p WHERE p.id = c.id - 1)"
                + " WHERE MOD(c.id, " + COPY_ONE_IN + ") = 0");
        jdbc.update("UPDATE cadre SET birth_date = DATE '1980-01-01' WHERE birth_date IS NULL AND MOD(id, "
                + COPY_ONE_IN + ") IN (0, " + (COPY_ONE_IN - 1) + ")");
    }
}
