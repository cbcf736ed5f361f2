package vn.tayninh.dashboard.indicator;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The full province dashboard ({@link IndicatorEngine#overview}: every target for the province and for each of the
 * 96 communes, and the seats) on an H2 file database of 10,000, 100,000 and 1,000,000 synthetic cadres, next to
 * one hand-written SQL statement ({@code benchmark/dashboard-counts.sql}) that computes the same counters and
 * must agree with the engine commune by commune. Not part of the normal build:
 * {@code ./mvnw -Pbenchmark test [-Dbenchmark.sizes=10000,100000] [-Dbenchmark.runs=10]}; the table is printed
 * and written to {@code target/benchmark/results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class DashboardBenchmark {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int RATING_YEAR = 2026;
    private static final String ONE_COMMUNE = "phuong-tan-ninh";

    @Autowired
    IndicatorEngine engine;
    @Autowired
    FreezeService freezes;
    @Autowired
    IndicatorQueries queries;
    @Autowired
    CommuneService communes;
    @Autowired
    SwitchableDataSource database;
    @Autowired
    Flyway flyway;
    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void provinceDashboard() throws Exception {
        String handWritten = new ClassPathResource("benchmark/dashboard-counts.sql").getContentAsString(UTF_8);
        List<String> table = new ArrayList<>(List.of(
                "| cadres | data load | engine overview, median / p90 | engine overview, recount, median / p90"
                        + " | hand-written SQL, median / p90 | ratio, recount (medians) | breakdowns, median / p90"
                        + " | one commune, median / p90 | one commune, recount, median / p90 |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : sizes("10000,100000,1000000")) {
            long loadMillis = freshDatabase(size);
            assertAgreement(handWritten);

            // a million cadres take seconds per run: fewer repetitions there
            boolean large = size >= 1_000_000;
            int warmUps = large ? 1 : 3;
            int runs = Integer.getInteger("benchmark.runs", large ? 3 : 10);

            // the live dashboard reads the stored counters; "recount" is its first request of a day (or after writes
            // to every commune): every stored row is forgotten before each run
            Timing overview = time(warmUps, runs, () -> engine.overview(Scope.province(), AS_OF, RATING_YEAR));
            Timing recount = time(warmUps, runs, () -> {
                jdbc.getJdbcTemplate().update("DELETE FROM live_counts");
                return engine.overview(Scope.province(), AS_OF, RATING_YEAR);
            });
            Timing sql = time(warmUps, runs, () -> handWrittenCounts(handWritten));
            Timing breakdowns = time(warmUps, runs, () -> engine.breakdowns(Scope.province(), AS_OF));
            Timing commune = time(warmUps, runs, () -> engine.overview(Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR));
            Timing communeRecount = time(warmUps, runs, () -> {
                jdbc.getJdbcTemplate().update("DELETE FROM live_counts");
                return engine.overview(Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR);
            });
            table.add("| %,d | %.1f s | %s | %s | %s | %.2f× | %s | %s | %s |".formatted(size, loadMillis / 1000.0,
                    overview, recount, sql, (double) recount.median() / sql.median(), breakdowns, commune,
                    communeRecount));
            System.out.println(table.getLast());
        }
        Files.write(DIRECTORY.resolve("results.md"), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }

    /** The counters the targets read, in declaration order: the columns of the hand-written statement. */
    static final List<Counter> TARGET_COUNTERS = java.util.Arrays.stream(Counter.values())
            .filter(c -> !c.name().startsWith("FILLED_")).toList();

    /** The hand-written counters equal the engine's for every commune, and so do the dashboard's x and n. */
    private void assertAgreement(String handWritten) {
        Map<Long, Counts> expected = handWrittenCounts(handWritten);
        // the seeded standard: TRUNG_CAP or higher for every key title
        Map<Long, Counts> engineCounts = queries.countsByCommune(AS_OF, RATING_YEAR,
                PoliticalTheoryStandard.rank(PoliticalTheory.TRUNG_CAP), null);
        assertThat(engineCounts).containsOnlyKeys(expected.keySet());
        // the statement computes the targets' counters; the engine also counts filled seats in the same pass
        expected.forEach((commune, counts) -> {
            for (Counter counter : TARGET_COUNTERS) {
                assertThat(engineCounts.get(commune).get(counter)).as(commune + " " + counter).isEqualTo(counts.get(counter));
            }
        });

        // the first overview counts and stores every commune's counters, the second reads them back
        jdbc.getJdbcTemplate().update("DELETE FROM live_counts");
        for (int pass = 0; pass < 2; pass++) {
            assertOverviewAgrees(expected, engine.overview(Scope.province(), AS_OF, RATING_YEAR), 96);
        }
        assertThat(jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM live_counts", Integer.class)).isEqualTo(96);
    }

    /** Every target's x and n of every commune follow from the counters expected. */
    static void assertOverviewAgrees(Map<Long, Counts> expected, Overview overview, int communes) {
        assertThat(overview.communes()).hasSize(communes);
        for (CommuneResults commune : overview.communes()) {
            Counts counts = expected.getOrDefault(commune.commune().getId(), Counts.ZERO);
            for (TargetResult result : commune.targets()) {
                Measure measure = Measure.of(result.code());
                switch (measure.kind()) {
                    case RATIO -> {
                        assertThat(result.numerator()).as(result.code()).isEqualTo(counts.get(measure.numerator()));
                        assertThat(result.denominator()).as(result.code()).isEqualTo(counts.get(measure.denominator()));
                    }
                    case COMMUNE_CHECK -> assertThat(result.numerator()).as(result.code())
                            .isEqualTo(counts.get(measure.numerator()) > 0 ? 1 : 0);
                    case COURSES -> assertThat(result.numerator()).isEqualTo(3);
                }
            }
        }
    }

    private Map<Long, Counts> handWrittenCounts(String sql) {
        return handWrittenCounts(jdbc, sql, AS_OF, RATING_YEAR);
    }

    /** The hand-written statement's counters per commune id. */
    static Map<Long, Counts> handWrittenCounts(NamedParameterJdbcTemplate jdbc, String sql, LocalDate asOf, int year) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("youngSince", Date.valueOf(asOf.minusYears(IndicatorQueries.YOUNG_BELOW_AGE)))
                .addValue("year", year);
        Map<Long, Counts> result = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            long[] values = new long[Counter.values().length];
            for (int i = 0; i < TARGET_COUNTERS.size(); i++) {
                values[TARGET_COUNTERS.get(i).ordinal()] = rs.getLong(i + 2);
            }
            result.put(rs.getLong(1), Counts.of(values));
        });
        return result;
    }

    /** A new database file for the size, built by the real migrations and filled; returns the load time. */
    private long freshDatabase(int size) throws Exception {
        Path file = DIRECTORY.resolve("cadres-" + size).toAbsolutePath();
        Files.createDirectories(DIRECTORY);
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
        // H2 would otherwise hand back the previous result of an identical query on unchanged tables
        HikariDataSource dataSource = BenchmarkDatabase.h2("jdbc:h2:file:" + file
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE" + System.getProperty("benchmark.h2Options", ""));
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).load().migrate();
        database.switchTo(dataSource);

        long started = System.nanoTime();
        new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
        long loaded = (System.nanoTime() - started) / 1_000_000;
        // as in production, the figures at the baseline date are frozen: every required path starts there
        SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), 2025, "Mốc"));
        return loaded;
    }

    static Timing time(int warmUps, int runs, Callable<?> task) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            task.call();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            task.call();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Timing(percentile(nanos, 50), percentile(nanos, 90));
    }

    /** Nearest rank. */
    private static long percentile(long[] sorted, int p) {
        return sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1];
    }

    static int[] sizes(String defaults) {
        return Arrays.stream(System.getProperty("benchmark.sizes", defaults).split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
    }

    record Timing(long median, long p90) {

        @Override
        public String toString() {
            return format(median) + " / " + format(p90);
        }

        private static String format(long nanos) {
            return nanos >= 1_000_000_000 ? "%.2f s".formatted(nanos / 1e9) : "%.1f ms".formatted(nanos / 1e6);
        }
    }

    /** The application's data source, pointed at a new database file for every size. */
    static final class SwitchableDataSource extends DelegatingDataSource implements AutoCloseable {

        SwitchableDataSource(DataSource initial) {
            super(initial);
        }

        void switchTo(DataSource next) {
            DataSource previous = getTargetDataSource();
            setTargetDataSource(next);
            close(previous);
        }

        @Override
        public void close() {
            close(getTargetDataSource());
        }

        private static void close(DataSource dataSource) {
            if (dataSource instanceof HikariDataSource hikari) {
                hikari.close();
            }
        }
    }

    @TestConfiguration
    static class BenchmarkDatabase {

        /** Spring starts on an empty in-memory database; each size then gets its own file. */
        @Bean
        @Primary
        SwitchableDataSource dataSource() {
            return new SwitchableDataSource(h2("jdbc:h2:mem:benchmark-startup;DB_CLOSE_DELAY=-1"));
        }

        static HikariDataSource h2(String url) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(url);
            dataSource.setUsername("sa");
            return dataSource;
        }
    }
}
