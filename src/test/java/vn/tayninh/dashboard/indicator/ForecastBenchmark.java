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
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The natural projection to 31/12/2030 ({@link ForecastService#forecast}: every projected target today and at the
 * date, retirements, training, ageing and the five yearly points) for the province and for one commune, on an H2 file
 * database of synthetic cadres ({@link SyntheticCadres}), one in twenty university graduates studying for a master's
 * degree. Not part of {@code ./mvnw test}:
 * {@code ./mvnw -Pbenchmark test -Dtest=ForecastBenchmark [-Dbenchmark.sizes=10000,1000000] [-Dbenchmark.runs=10]};
 * the table is printed and written to {@code target/benchmark/forecast-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class ForecastBenchmark {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);

    @Autowired
    ForecastService forecasts;
    @Autowired
    FreezeService freezes;
    @Autowired
    CommuneService communes;
    @Autowired
    DashboardBenchmark.SwitchableDataSource database;
    @Autowired
    Flyway flyway;
    @Autowired
    ProjectedCounts kept;
    @Autowired
    RosterVersions versions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void projectionTo2030() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | province, counted (nothing kept), median / p90 | province after one commune's write"
                        + " | province, kept (no change) | one commune, counted | one commune, kept |",
                "|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,1000000")) {
            freshDatabase(size);
            Forecast forecast = SystemUser.call(() -> forecasts.forecast(Scope.province(), END_2030, AS_OF));
            Forecast.TargetForecast t1 = forecast.targets().getFirst();
            // the identities of docs/forecast.md hold on the synthetic roster too
            assertThat(t1.projected().denominator()).isEqualTo(t1.today().denominator() - t1.retiringDenominator());
            assertThat(t1.projected().numerator())
                    .isEqualTo(t1.today().numerator() - t1.retiringNumerator() - t1.agedOut() + t1.trained());
            int runs = Integer.getInteger("benchmark.runs", size >= 1_000_000 ? 3 : 10);
            int warmUps = size >= 1_000_000 ? 1 : 3;
            Scope one = Scope.commune(DashboardBenchmark.ONE_COMMUNE);
            long oneId = communes.findByCode(DashboardBenchmark.ONE_COMMUNE).orElseThrow().getId();
            DashboardBenchmark.Timing province = DashboardBenchmark.time(warmUps, runs, () -> {
                kept.forget();
                return SystemUser.call(() -> forecasts.forecast(Scope.province(), END_2030, AS_OF));
            });
            DashboardBenchmark.Timing afterWrite = DashboardBenchmark.time(warmUps, runs, () -> {
                transaction.executeWithoutResult(status -> versions.refreshCommune(oneId));
                return SystemUser.call(() -> forecasts.forecast(Scope.province(), END_2030, AS_OF));
            });
            DashboardBenchmark.Timing provinceKept = DashboardBenchmark.time(3, runs,
                    () -> SystemUser.call(() -> forecasts.forecast(Scope.province(), END_2030, AS_OF)));
            DashboardBenchmark.Timing commune = DashboardBenchmark.time(3, runs, () -> {
                kept.forget();
                return SystemUser.call(() -> forecasts.forecast(one, END_2030, AS_OF));
            });
            DashboardBenchmark.Timing communeKept = DashboardBenchmark.time(3, runs,
                    () -> SystemUser.call(() -> forecasts.forecast(one, END_2030, AS_OF)));
            table.add("| %,d | %s | %s | %s | %s | %s |".formatted(size, province, afterWrite, provinceKept, commune,
                    communeKept));
            System.out.println(table.getLast());
        }
        Files.createDirectories(DIRECTORY);
        Files.write(DIRECTORY.resolve("forecast-results.md"), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }

    /** A new database file for the size, built by the real migrations, filled, given courses and a baseline. */
    private void freshDatabase(int size) throws Exception {
        Path file = DIRECTORY.resolve("forecast-" + size).toAbsolutePath();
        Files.createDirectories(DIRECTORY);
        Files.deleteIfExists(Path.of(file + ".mv.db"));
        Files.deleteIfExists(Path.of(file + ".trace.db"));
        HikariDataSource dataSource = DashboardBenchmark.BenchmarkDatabase.h2("jdbc:h2:file:" + file
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
        Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).load().migrate();
        database.switchTo(dataSource);
        kept.forget();
        new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
        new JdbcTemplate(dataSource).update("UPDATE cadre SET studying_for = 'THAC_SI', study_end = DATE '2028-06-30'"
                + " WHERE MOD(id, 20) = 0 AND education = 'DAI_HOC'");
        SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), 2025, "Mốc"));
    }
}
