package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.tayninh.dashboard.MySqlSuiteDatabase;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.indicator.DashboardBenchmark.Timing;

/**
 * The indicator engine at national scale on a MySQL-compatible server: 3,321 communes (the 96 of Tây Ninh and
 * 3,225 synthetic ones, the number of commune-level units in Viet Nam after the 2025 merger) and 1,000,000
 * synthetic cadres ({@link SyntheticCadres}). Builds the data set itself in an empty database (Flyway clean and
 * migrate; the database name must end in {@code _scale}, {@code _test}, {@code _ci} or {@code _suite}), checks that
 * the engine agrees with the hand-written SQL for every commune, then times the dashboard's data (targets per commune,
 * seats, breakdowns, ratings per year: {@link DashboardBenchmark#dashboard}) of the province and of one commune, from
 * the stored rows and recounted, next to the hand-written statements. Not part of the normal build:
 * <pre>
 * ./mvnw -Pbenchmark test -Dtest=MySqlScaleBenchmark [-Dbenchmark.sizes=1000000] [-Dbenchmark.communes=3321]
 *     [-Dbenchmark.mysql.url=jdbc:mysql://127.0.0.1:3306/cadre_scale?...] [-Dbenchmark.mysql.username=cadre_scale]
 *     [-Dbenchmark.mysql.password=cadre_scale] [-Dbenchmark.reuse=true]
 * </pre>
 * {@code benchmark.reuse} keeps a data set of the same size built by an earlier run. The table is printed and
 * written to {@code target/benchmark/mysql-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false", "app.live-figures.recount-at-start=false",
        "spring.datasource.url=${benchmark.mysql.url:jdbc:mysql://127.0.0.1:3306/cadre_scale?useUnicode=true"
                + "&characterEncoding=utf8&serverTimezone=Asia/Ho_Chi_Minh&rewriteBatchedStatements=true}",
        "spring.datasource.username=${benchmark.mysql.username:cadre_scale}",
        "spring.datasource.password=${benchmark.mysql.password:cadre_scale}",
        "spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver"})
class MySqlScaleBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final int RATING_YEAR = 2026;
    private static final String ONE_COMMUNE = DashboardBenchmark.ONE_COMMUNE;

    @Autowired
    IndicatorEngine engine;
    @Autowired
    FreezeService freezes;
    @Autowired
    CommuneService communes;
    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    KeptFigures live;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void nationalScale() throws Exception {
        DashboardBenchmark.HandWritten handWritten = DashboardBenchmark.HandWritten.load();
        int communeCount = Integer.getInteger("benchmark.communes", 3321);
        JdbcTemplate sql = jdbc.getJdbcTemplate();
        List<String> table = new ArrayList<>(List.of(
                "| communes | cadres | data load | province, stored, median / p90 | province, recount, median / p90"
                        + " | province, hand-written SQL, median / p90 | ratio, recount (medians)"
                        + " | one commune, stored, median / p90 | one commune, recount, median / p90"
                        + " | one commune, hand-written SQL, median / p90"
                        + " | province, first page after a start | one commune, first page after a start |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("1000000")) {
            long loadMillis = 0;
            if (!Boolean.getBoolean("benchmark.reuse") || !loaded(sql, size, communeCount)) {
                loadMillis = freshDatabase(sql, size, communeCount);
            }

            // as in production, the figures at the baseline date are frozen: every required path starts there
            if (freezes.findAll().isEmpty()) {
                SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), 2025, "Mốc"));
            }

            // the engine's numbers equal the hand-written statements' for every commune, stored or recounted
            Map<Long, Counts> expected = DashboardBenchmark.handWrittenCounts(jdbc, handWritten.counts(), AS_OF, RATING_YEAR);
            DashboardBenchmark.forgetLiveRows(live, jdbc);
            for (int pass = 0; pass < 2; pass++) {
                DashboardBenchmark.assertOverviewAgrees(expected,
                        engine.overview(Scope.province(), AS_OF, RATING_YEAR), communeCount);
                live.awaitStored();
            }
            long communeId = communes.findByCode(ONE_COMMUNE).orElseThrow().getId();
            DashboardBenchmark.assertDashboardAgrees(engine, live, jdbc, handWritten, AS_OF, RATING_YEAR, null);
            DashboardBenchmark.assertDashboardAgrees(engine, live, jdbc, handWritten, AS_OF, RATING_YEAR, communeId);

            int runs = Integer.getInteger("benchmark.runs", 5);
            DashboardBenchmark.settle(live,
                    () -> DashboardBenchmark.dashboard(engine, Scope.province(), AS_OF, RATING_YEAR));
            Timing province = DashboardBenchmark.time(2, runs,
                    () -> DashboardBenchmark.dashboard(engine, Scope.province(), AS_OF, RATING_YEAR));
            Timing recount = DashboardBenchmark.time(1, runs, () -> {
                DashboardBenchmark.forgetLiveRows(live, jdbc);
                return DashboardBenchmark.dashboard(engine, Scope.province(), AS_OF, RATING_YEAR);
            });
            Timing hand = DashboardBenchmark.time(1, Math.min(runs, 3),
                    () -> handWritten.dashboard(jdbc, AS_OF, RATING_YEAR, null));
            DashboardBenchmark.settle(live,
                    () -> DashboardBenchmark.dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR));
            Timing commune = DashboardBenchmark.time(3, runs * 4,
                    () -> DashboardBenchmark.dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR));
            Timing communeRecount = DashboardBenchmark.time(3, runs * 4, () -> {
                DashboardBenchmark.forgetLiveRows(live, jdbc);
                return DashboardBenchmark.dashboard(engine, Scope.commune(ONE_COMMUNE), AS_OF, RATING_YEAR);
            });
            Timing communeHand = DashboardBenchmark.time(3, runs * 4,
                    () -> handWritten.dashboard(jdbc, AS_OF, RATING_YEAR, communeId));

            // the first page after a start: every stored row unconfirmed, the recount in the background not done yet
            DashboardBenchmark.settle(live,
                    () -> DashboardBenchmark.dashboard(engine, Scope.province(), AS_OF, RATING_YEAR));
            Timing afterStart = DashboardBenchmark.time(0, runs, () -> {
                live.awaitStored();
                live.markUnconfirmed(true);
                return pageAfterStart(Scope.province());
            });
            Timing communeAfterStart = DashboardBenchmark.time(0, runs * 4, () -> {
                live.awaitStored();
                live.markUnconfirmed(true);
                return pageAfterStart(Scope.commune(ONE_COMMUNE));
            });
            live.markUnconfirmed(false);
            table.add("| %,d | %,d | %s | %s | %s | %s | %.2f× | %s | %s | %s | %s | %s |".formatted(communeCount, size,
                    loadMillis == 0 ? "reused" : "%.1f s".formatted(loadMillis / 1000.0), province, recount, hand,
                    (double) recount.median() / hand.median(), commune, communeRecount, communeHand, afterStart,
                    communeAfterStart));
            System.out.println(table.getLast());
        }
        String version = sql.queryForObject("SELECT VERSION()", String.class);
        String bufferPool = sql.queryForObject("SELECT @@innodb_buffer_pool_size", String.class);
        table.add("");
        table.add("Server " + version + ", innodb_buffer_pool_size " + Long.parseLong(bufferPool) / (1024 * 1024) + " MB");
        Path directory = Path.of("target", "benchmark");
        Files.createDirectories(directory);
        Files.write(directory.resolve("mysql-results.md"), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }

    /** What the dashboard page asks for: provisional figures allowed, as its caption says. */
    private List<Object> pageAfterStart(Scope scope) {
        Overview overview = engine.overview(scope, AS_OF, RATING_YEAR, Freshness.PROVISIONAL_ALLOWED);
        assertThat(overview.provisional()).isEqualTo(scope.isProvince());
        return List.of(overview, engine.breakdowns(scope, AS_OF, Freshness.PROVISIONAL_ALLOWED),
                engine.ratingsByYear(scope, AS_OF, Freshness.PROVISIONAL_ALLOWED));
    }

    private boolean loaded(JdbcTemplate sql, int size, int communeCount) {
        try {
            return sql.queryForObject("SELECT COUNT(*) FROM cadre", Integer.class) == size
                    && sql.queryForObject("SELECT COUNT(*) FROM commune", Integer.class) == communeCount;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An empty schema by the real migrations, the extra communes, then the cadres; returns the load time. */
    private long freshDatabase(JdbcTemplate sql, int size, int communeCount) throws Exception {
        MySqlSuiteDatabase.requireDisposable(url);
        Flyway clean = Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load();
        clean.clean();
        clean.migrate();
        long started = System.nanoTime();
        List<Object[]> extra = new ArrayList<>();
        for (int i = 97; i <= communeCount; i++) {
            extra.add(new Object[] {"xa-mo-phong-%04d".formatted(i), "MP%05d".formatted(i), "Xã mô phỏng %d".formatted(i)});
        }
        sql.batchUpdate("INSERT INTO commune (code, admin_code, name, unit_type, former_province, former_districts,"
                + " border, dong_thap_muoi) VALUES (?, ?, ?, 'XA', 'Mô phỏng', 'Mô phỏng', FALSE, FALSE)", extra);
        List<Long> ids = communes.findAll().stream().map(Commune::getId).toList();
        assertThat(ids).hasSize(communeCount);
        new SyntheticCadres(dataSource, AS_OF).load(size, ids);
        for (String table : List.of("commune", "cadre", "position_holding", "annual_rating", "approved_seat")) {
            sql.execute("ANALYZE TABLE " + table);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

}
