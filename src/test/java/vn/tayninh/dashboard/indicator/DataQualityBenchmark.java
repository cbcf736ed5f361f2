package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The data-quality summary ({@link DataQuality#summary} for the province: every problem counted for every commune,
 * duplicates by one province-wide grouping) and the first page of the province's and of one commune's work list, on
 * an H2 file database of 10,000, 100,000 and 1,000,000 synthetic cadres ({@link SyntheticCadres}). One record in 200
 * is made a copy of the record before it (same normalized name, name key and birth date), and the day of last change is spread
 * over 500 days before the as-of date, so that every rule has records to find. Not part of the normal build:
 * {@code ./mvnw -Pbenchmark test -Dtest=DataQualityBenchmark [-Dbenchmark.sizes=10000,1000000]}; the table is printed
 * and written to {@code target/benchmark/data-quality.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class DataQualityBenchmark {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
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
    vn.tayninh.dashboard.quality.QualityCache kept;

    @Test
    void summaryAndWorkLists() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | data load | province summary, counted, median / p90 | province summary, kept"
                        + " | province work list, page 1 of 100,"
                        + " median / p90 | one commune's work list, page 1 of 100, median / p90 | possible duplicates |",
                "|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,100000,1000000")) {
            long loadMillis = freshDatabase(size);
            kept.forget();
            Commune commune = communes.findByCode(DashboardBenchmark.ONE_COMMUNE).orElseThrow();
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
            DashboardBenchmark.Timing summary = DashboardBenchmark.time(warmUps, runs, () -> {
                kept.forget();
                return quality.summary(Scope.province(), AS_OF);
            });
            DashboardBenchmark.Timing summaryKept = DashboardBenchmark.time(warmUps, runs,
                    () -> quality.summary(Scope.province(), AS_OF));
            DashboardBenchmark.Timing province = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> quality.workList(null, AS_OF, 0, 100)));
            DashboardBenchmark.Timing one = DashboardBenchmark.time(warmUps, runs,
                    () -> TestUsers.callAs(Role.BOARD, null, () -> quality.workList(commune, AS_OF, 0, 100)));
            table.add("| %,d | %.1f s | %s | %s | %s | %s | %,d |".formatted(size, loadMillis / 1000.0, summary,
                    summaryKept, province, one,
                    counts.count(Problem.POSSIBLE_DUPLICATE)));
            System.out.println(table.getLast());
        }
        Files.createDirectories(DIRECTORY);
        Files.write(DIRECTORY.resolve("data-quality.md"), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }

    /** A new database file for the size, built by the real migrations and filled; returns the load time. */
    private long freshDatabase(int size) throws Exception {
        Path file = DIRECTORY.resolve("quality-" + size).toAbsolutePath();
        Files.createDirectories(DIRECTORY);
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
        HikariDataSource dataSource = DashboardBenchmark.BenchmarkDatabase.h2("jdbc:h2:file:" + file
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).load().migrate();
        database.switchTo(dataSource);

        long started = System.nanoTime();
        new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
        // the synthetic names are unique ("Cán bộ 17"): their normalized form and a key of it, then copies and ages
        jdbc.update("UPDATE cadre SET normalized_name = LOWER(full_name), name_key = id,"
                + " last_changed = DATEADD(DAY, -MOD(id * 7, 500), DATE '" + AS_OF + "')");
        jdbc.update("UPDATE cadre c SET normalized_name = (SELECT p.normalized_name FROM cadre p WHERE p.id = c.id - 1),"
                + " name_key = c.id - 1, birth_date = (SELECT p.birth_date FROM cadre p WHERE p.id = c.id - 1)"
                + " WHERE MOD(c.id, " + COPY_ONE_IN + ") = 0");
        jdbc.update("UPDATE cadre SET birth_date = DATE '1980-01-01' WHERE birth_date IS NULL AND MOD(id, "
                + COPY_ONE_IN + ") IN (0, " + (COPY_ONE_IN - 1) + ")");
        return (System.nanoTime() - started) / 1_000_000;
    }
}
