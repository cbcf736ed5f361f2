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

/**
 * The natural projection to 31/12/2030 ({@link ForecastService#forecast}: every projected target today and at the
 * date, retirements, training, ageing and the five yearly points) for the province and for one commune, on an H2 file
 * database of synthetic cadres ({@link SyntheticCadres}), one in twenty university graduates studying for a master's
 * degree. Not part of {@code ./mvnw test}:
 * {@code ./mvnw -Pbenchmark test -Dtest=ForecastBenchmark [-Dbenchmark.sizes=10000,1000000] [-Dbenchmark.runs=10]
 * [-Dbenchmark.reuse=true]}; the table is printed and written to {@code target/benchmark/forecast-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class ForecastBenchmark {

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
    KeptFigures kept;
    @Autowired
    RosterVersions versions;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void projectionTo2030() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | full count (count ahead), median / p90 | first read after a start, count ahead done"
                        + " | read while the count ahead runs (provisional) | province after one commune's write"
                        + " | province, kept (no change) | one commune, counted | one commune, kept |",
                "|---:|---:|---:|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000,1000000")) {
            BenchmarkFiles.open("forecast", size, flyway, database, dataSource -> {
                new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
                new JdbcTemplate(dataSource).update("UPDATE cadre SET studying_for = 'THAC_SI',"
                        + " study_end = DATE '2028-06-30' WHERE MOD(id, 20) = 0 AND education = 'DAI_HOC'");
                SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), 2025, "Mốc"));
            });
            int runs = Integer.getInteger("benchmark.runs", size >= 1_000_000 ? 3 : 10);
            int warmUps = size >= 1_000_000 ? 1 : 3;
            Scope one = Scope.commune(DashboardBenchmark.ONE_COMMUNE);
            long oneId = communes.findByCode(DashboardBenchmark.ONE_COMMUNE).orElseThrow().getId();
            kept.forget();
            kept.confirm();
            Forecast forecast = read(Scope.province());
            Forecast.TargetForecast t1 = forecast.targets().getFirst();
            // the identities of docs/forecast.md hold on the synthetic roster too
            assertThat(t1.projected().denominator()).isEqualTo(t1.today().denominator() - t1.retiringDenominator());
            assertThat(t1.projected().numerator())
                    .isEqualTo(t1.today().numerator() - t1.retiringNumerator() - t1.agedOut() + t1.trained());
            // a restart, as many times as runs: memory empty, the stored counts read back; a read while the count
            // ahead has not finished (provisional), the count ahead of the whole province, the first read after it
            long[][] restarts = new long[3][runs];
            for (int i = size >= 1_000_000 ? 0 : -warmUps; i < runs; i++) {
                kept.forget();
                kept.markUnconfirmed(true);
                long whileCounting = BenchmarkFiles.nanos(() -> {
                    assertThat(read(Scope.province()).provisional()).isTrue();
                    return null;
                });
                long full = BenchmarkFiles.nanos(() -> {
                    kept.confirm();
                    return null;
                });
                long first = BenchmarkFiles.nanos(() -> read(Scope.province()));
                if (i >= 0) {
                    restarts[0][i] = full;
                    restarts[1][i] = first;
                    restarts[2][i] = whileCounting;
                }
            }
            DashboardBenchmark.Timing full = BenchmarkFiles.timing(restarts[0]);
            DashboardBenchmark.Timing afterStart = BenchmarkFiles.timing(restarts[1]);
            DashboardBenchmark.Timing whileCounting = BenchmarkFiles.timing(restarts[2]);
            DashboardBenchmark.Timing afterWrite = BenchmarkFiles.timeParts(warmUps, runs, () -> {
                transaction.executeWithoutResult(status -> versions.refreshCommune(oneId));
                return BenchmarkFiles.nanos(() -> read(Scope.province()));
            });
            DashboardBenchmark.Timing provinceKept = DashboardBenchmark.time(3, runs, () -> read(Scope.province()));
            DashboardBenchmark.Timing commune = DashboardBenchmark.time(3, runs, () -> {
                kept.forget();
                return read(one);
            });
            DashboardBenchmark.Timing communeKept = DashboardBenchmark.time(3, runs, () -> read(one));
            table.add("| %,d | %s | %s | %s | %s | %s | %s | %s |".formatted(size, full, afterStart, whileCounting,
                    afterWrite, provinceKept, commune, communeKept));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("forecast-results.md", table);
    }

    private Forecast read(Scope scope) {
        return SystemUser.call(() -> forecasts.forecast(scope, END_2030, AS_OF));
    }
}
