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
 * The data of the full province dashboard page — {@link IndicatorEngine#overview} (every target for the province and
 * for each of the 96 communes, and the seats), {@link IndicatorEngine#breakdowns} and
 * {@link IndicatorEngine#ratingsByYear} — and of one commune, on an H2 file database of 10,000, 100,000 and
 * 1,000,000 synthetic cadres, from the stored per-commune rows and recounted, next to hand-written SQL
 * ({@code benchmark/dashboard-counts.sql}, {@code dashboard-breakdowns.sql}, {@code dashboard-ratings.sql}) that
 * computes the same numbers and must agree with the engine. Not part of the normal build:
 * {@code ./mvnw -Pbenchmark test [-Dbenchmark.sizes=10000,100000] [-Dbenchmark.runs=10]}; the table is printed
 * and written to {@code target/benchmark/results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false",
        "app.live-figures.recount-at-start=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class DashboardBenchmark {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int RATING_YEAR = 2026;
    static final String ONE_COMMUNE = "phuong-tan-ninh";

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
    @Autowired
    KeptFigures live;

    @Test
    void provinceDashboard() throws Exception {
        HandWritten handWritten = HandWritten.load();
        List<String> table = new ArrayList<>(List.of(
                "| cadres | data load | dashboard, stored, median / p90 | dashboard, recount, median / p90"
                        + " | hand-written SQL, median / p90 | ratio, recount (medians)"
                        + " | one commune, stored, median / p90 | one commune, recount, median / p90"
                        + " | one commune, hand-written SQL, median / p90 |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : sizes("10000,100000,1000000")) {
            long loadMillis = freshDatabase(size);
            assertAgreement(handWritten.counts());
            long communeId = communes.findByCode(ONE_COMMUNE).orElseThrow().getId();
            assertDashboardAgrees(engine, live, jdbc, handWritten, AS_OF, RATING_YEAR, null);
            assertDashboardAgrees(engine, live, jdbc, handWritten, AS_OF, RATING_YEAR, communeId);

            // a million cadres take seconds per run: fewer repetitions there
            boolean large = size >= 1_000_000;
            int warmUps = large ? 1 : 3;
            int runs = Integer.getInteger("benchmark.runs", large ? 3 : 10);

            // the live dashboard reads the stored rows; "recount" is its first request of a day (or after writes to
            // every commune): every stored row is forgotten before each run
            settle(live, () -> dashboard(engine, Scope.province(), AS_OF, RATING_YEAR));
            Timing stored = time(warmUps, runs, () -> dashboard(engine, Scope.province(), AS_OF, RATING_YEAR));
            Timing recount = time(warmUps, runs, () -> {
                forgetLiveRows(live, jdbc);
                return dashboard(engine, Scope.province(), AS_OF, RATING_YEAR);
            });
            Timing sql = time(warmUps, runs, () -> handWritten.dashboard(jdbc, AS_OF, RATING_YEAR, null));
            settle(live, () -> dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR));
            Timing commune = time(warmUps, runs, () -> dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR));
            Timing communeRecount = time(warmUps, runs, () -> {
                forgetLiveRows(live, jdbc);
                return dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR);
            });
            Timing communeSql = time(warmUps, runs, () -> handWritten.dashboard(jdbc, AS_OF, RATING_YEAR, communeId));
            table.add("| %,d | %.1f s | %s | %s | %s | %.2f× | %s | %s | %s |".formatted(size, loadMillis / 1000.0,
                    stored, recount, sql, (double) recount.median() / sql.median(), commune, communeRecount,
                    communeSql));
            System.out.println(table.getLast());
        }
        Files.write(DIRECTORY.resolve("results.md"), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }

    /**
     * The data of one dashboard page: every target for the scope and each of its communes with the seats, the
     * breakdowns (education, political theory, age, gender, ethnicity, bloc per population) and ratings per year.
     */
    static List<Object> dashboard(IndicatorEngine engine, Scope scope, LocalDate asOf, int ratingYear) {
        return List.of(engine.overview(scope, asOf, ratingYear), engine.breakdowns(scope, asOf),
                engine.ratingsByYear(scope, asOf));
    }

    /** Forgets every stored row, once the rows already counted are written (else they would come back). */
    static void forgetLiveRows(KeptFigures live, NamedParameterJdbcTemplate jdbc) {
        live.awaitStored();
        jdbc.getJdbcTemplate().update("DELETE FROM kept_figures WHERE kind IN ('counts', 'breakdowns')");
        live.forget();
    }

    /**
     * The engine's breakdowns and ratings per year for the province ({@code communeId} null) or one commune equal the
     * hand-written statements', both counted and read back from the stored rows.
     */
    static void assertDashboardAgrees(IndicatorEngine engine, KeptFigures live, NamedParameterJdbcTemplate jdbc, HandWritten handWritten,
                                      LocalDate asOf, int ratingYear, Long communeId) {
        Scope scope = communeId == null ? Scope.province() : Scope.commune(ONE_COMMUNE);
        HandWritten.Dashboard expected = handWritten.dashboard(jdbc, asOf, ratingYear, communeId);
        forgetLiveRows(live, jdbc);
        for (int pass = 0; pass < 2; pass++) {
            assertThat(engine.breakdowns(scope, asOf)).isEqualTo(expected.breakdowns());
            Map<Integer, long[]> ratings = engine.ratingsByYear(scope, asOf);
            assertThat(ratings).containsOnlyKeys(expected.ratings().keySet());
            expected.ratings().forEach((year, counts) -> assertThat(ratings.get(year)).containsExactly(counts));
            live.awaitStored();
        }
    }

    /** The hand-written statements of a dashboard: counters per commune, breakdown groups, ratings per year. */
    record HandWritten(String counts, String breakdowns, String ratings) {

        static HandWritten load() throws java.io.IOException {
            return new HandWritten(read("dashboard-counts.sql"), read("dashboard-breakdowns.sql"),
                    read("dashboard-ratings.sql"));
        }

        private static String read(String name) throws java.io.IOException {
            return new ClassPathResource("benchmark/" + name).getContentAsString(UTF_8);
        }

        /** One dashboard's numbers by hand, for the province ({@code communeId} null) or one commune. */
        Dashboard dashboard(NamedParameterJdbcTemplate jdbc, LocalDate asOf, int year, Long communeId) {
            MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                    .addValue("youngSince", Date.valueOf(asOf.minusYears(IndicatorQueries.YOUNG_BELOW_AGE)))
                    .addValue("b30", Date.valueOf(asOf.minusYears(30)))
                    .addValue("b51", Date.valueOf(asOf.minusYears(51)))
                    .addValue("b61", Date.valueOf(asOf.minusYears(61)))
                    .addValue("year", year)
                    .addValue("commune", communeId);
            Map<Long, Counts> counts = handWrittenCounts(jdbc, scoped(this.counts, communeId), params);
            BreakdownTally tally = new BreakdownTally();
            Population[] flagged = {Population.PLAN_KEY, Population.PLAN, Population.SOURCE, Population.LEADERS,
                    Population.COMMITTEE, Population.BTV};
            jdbc.query(scoped(breakdowns, communeId), params, rs -> {
                java.util.Set<Population> populations = java.util.EnumSet.of(Population.ALL);
                for (int i = 0; i < flagged.length; i++) {
                    if (rs.getInt(i + 1) == 1) {
                        populations.add(flagged[i]);
                    }
                }
                tally.add(new IndicatorQueries.BreakdownRow(0, populations, rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getLong(13)));
            });
            Map<Integer, long[]> byYear = new java.util.TreeMap<>();
            jdbc.query(scoped(ratings, communeId), params, rs -> {
                byYear.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
            });
            return new Dashboard(counts, tally.result(), byYear);
        }

        private static String scoped(String sql, Long communeId) {
            return communeId == null ? sql : sql.replace("/*cadres in scope*/", "AND c.commune_id = :commune")
                    .replace("/*holdings in scope*/", "AND ph.commune_id = :commune");
        }

        record Dashboard(Map<Long, Counts> counts, Breakdowns breakdowns, Map<Integer, long[]> ratings) {
        }
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
        forgetLiveRows(live, jdbc);
        for (int pass = 0; pass < 2; pass++) {
            assertOverviewAgrees(expected, engine.overview(Scope.province(), AS_OF, RATING_YEAR), 96);
            live.awaitStored();
        }
        assertThat(jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM kept_figures WHERE kind = 'counts'", Integer.class)).isEqualTo(96);
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
        return handWrittenCounts(jdbc, sql, new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("youngSince", Date.valueOf(asOf.minusYears(IndicatorQueries.YOUNG_BELOW_AGE)))
                .addValue("year", year));
    }

    private static Map<Long, Counts> handWrittenCounts(NamedParameterJdbcTemplate jdbc, String sql,
                                                       MapSqlParameterSource params) {
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

    /** Runs a task once and waits until the rows it counted are stored: what is timed next reads them. */
    static void settle(KeptFigures live, Callable<?> task) throws Exception {
        task.call();
        live.awaitStored();
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
