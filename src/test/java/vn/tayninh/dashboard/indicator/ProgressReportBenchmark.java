package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The progress report draft (DOCX) on an H2 file database of synthetic cadres frozen on 01/06/2026 and 01/10/2026:
 * the province's report at the live date (compared with 01/10/2026) and at the frozen 01/10/2026 (compared with
 * 01/06/2026), and the ZIP of one report per commune. Here beside the engine's benchmarks, whose database helpers it
 * shares. Not part of {@code ./mvnw test}:
 * {@code ./mvnw -Pbenchmark test -Dtest=ProgressReportBenchmark [-Dbenchmark.sizes=10000,100000] [-Dbenchmark.runs=10]};
 * the table is printed and written to {@code target/benchmark/progress-report-results.md}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@Import(DashboardBenchmark.BenchmarkDatabase.class)
class ProgressReportBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    private static final LocalDate SECOND = LocalDate.of(2026, 10, 1);

    @Autowired
    ReportService reports;
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
    void provinceReportAndEveryCommunesReport() throws Exception {
        List<String> table = new ArrayList<>(List.of(
                "| cadres | province report, live date, median / p90 | province report, frozen date, median / p90"
                        + " | 96 communes' reports (ZIP), median / p90 | ZIP size |",
                "|---:|---:|---:|---:|---:|"));
        for (int size : DashboardBenchmark.sizes("10000")) {
            freshDatabase(size);
            int runs = Integer.getInteger("benchmark.runs", 10);
            ReportRequest live = reports.request(Scope.province(), AS_OF, null);
            ReportRequest frozen = reports.request(Scope.province(), SECOND, null);
            assertThat(frozen.frozen()).isTrue();
            DashboardBenchmark.settle(this.live, () -> docx(live));
            DashboardBenchmark.Timing liveTiming = DashboardBenchmark.time(3, runs, () -> docx(live));
            DashboardBenchmark.Timing frozenTiming = DashboardBenchmark.time(3, runs, () -> docx(frozen));
            byte[] zip = zip(live);
            try (ZipInputStream entries = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
                int count = 0;
                while (entries.getNextEntry() != null) {
                    count++;
                }
                assertThat(count).isEqualTo(96);
            }
            DashboardBenchmark.Timing zipTiming = DashboardBenchmark.time(1, Math.max(3, runs / 3), () -> zip(live));
            table.add("| %,d | %s | %s | %s | %,d KB |".formatted(size, liveTiming, frozenTiming, zipTiming,
                    zip.length / 1024));
            System.out.println(table.getLast());
        }
        BenchmarkFiles.writeResults("progress-report-results.md", table);
    }

    private byte[] docx(ReportRequest request) {
        return TestUsers.callAs(Role.BOARD, null, () -> reports.progressReportDocx(request, null));
    }

    private byte[] zip(ReportRequest request) {
        return TestUsers.callAs(Role.BOARD, null, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                reports.progressReportsZip(request, null, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.toByteArray();
        });
    }

    /** A new database file for the size, built by the real migrations, filled and frozen twice. */
    private void freshDatabase(int size) throws Exception {
        BenchmarkFiles.open("progress-report", size, flyway, database, dataSource -> {
            new SyntheticCadres(dataSource, AS_OF).load(size, communes.findAll().stream().map(Commune::getId).toList());
            SystemUser.call(() -> freezes.freeze(FIRST, 2025, "Mốc"));
            SystemUser.call(() -> freezes.freeze(SECOND, 2026, "Quý III"));
        });
    }
}
