package vn.tayninh.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.RunningJar;
import vn.tayninh.dashboard.ServerHeap;

/**
 * One load run against the production jar: optionally the memory an open dashboard session holds, then the
 * simulated users, then the checks (no error, no lost update) and the server's heap after a full collection.
 * The results go to {@code target/load/<name>.md}.
 */
final class LoadRun {

    private LoadRun() {
    }

    /**
     * The demo data as of its baseline, without the months after it: the simulated editors appoint to party-committee
     * seats on past dates that the months' appointments would have filled.
     */
    private static List<String> baselineDemo(List<String> appArguments) {
        List<String> arguments = new ArrayList<>(appArguments);
        arguments.add("--app.demo-progress=false");
        return arguments;
    }

    static String run(String name, LoadDriver.Plan plan, List<String> appArguments, int sessionsToMeasure)
            throws Exception {
        Path workDir = Files.createTempDirectory("load-" + name);
        List<String> lines = new ArrayList<>();
        try (RunningJar app = RunningJar.start(workDir, "app.log", List.of("-XX:+UseG1GC"), baselineDemo(appArguments))) {
            awaitAccounts(app.baseUrl(), "bantochuc:demo123");
            LoadDriver driver = new LoadDriver(app.baseUrl(), plan);
            if (sessionsToMeasure > 0) {
                // warm up the pages first, so that what grows is the sessions and not the application's caches
                driver.openSessions(3, "lanhdao").forEach(VaadinPage::close);
                long before = ServerHeap.usedAfterGcKb(app.pid());
                List<VaadinPage> open = driver.openSessions(sessionsToMeasure, "lanhdao");
                long after = ServerHeap.usedAfterGcKb(app.pid());
                assertThat(open).hasSize(sessionsToMeasure);
                lines.add(String.format("server heap after a full collection: %,d KB before, %,d KB with %d signed-in"
                                + " sessions each showing the dashboard: %,.0f KB per session", before, after,
                        sessionsToMeasure, (after - before) / (double) sessionsToMeasure));
                open.forEach(VaadinPage::close);
            }
            long heapBefore = ServerHeap.usedAfterGcKb(app.pid());
            driver.run();
            List<String> lost = driver.verify();
            long heapAfter = ServerHeap.usedAfterGcKb(app.pid());
            lines.add(0, driver.report());
            lines.add(String.format("server heap after a full collection: %,d KB before the run, %,d KB after it"
                    + " (sessions still open until they time out)", heapBefore, heapAfter));
            lines.add("lost or phantom updates: " + (lost.isEmpty() ? "none" : lost));
            String report = String.join("\n\n", lines);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "load"));
            Files.writeString(Path.of("target", "load", name + ".md"), report + "\n");
            assertThat(driver.firstErrors()).as("errors during the run").isEmpty();
            assertThat(driver.errors()).isZero();
            assertThat(lost).as("every acknowledged edit is in the database, nothing else").isEmpty();
            assertThat(driver.acknowledgedQuotaChanges()).isPositive();
            assertThat(driver.acknowledgedEdits()).isPositive();
            return report;
        }
    }

    /**
     * The load run with people exporting through the pages' buttons (the export queue): first what an open session
     * holds after an export; then the simulated users alone, then the same users with {@code exporters} people asking
     * for files in a loop, so that the queue stays full; the pages' times of both, the exporters' waits (click to file)
     * and the server's queue waits ({@code cadre.exports.queue.wait}).
     */
    static String runWithExporters(String name, LoadDriver.Plan plan, int exporters, int sessionsToMeasure)
            throws Exception {
        Path workDir = Files.createTempDirectory("load-" + name);
        List<String> lines = new ArrayList<>();
        try (RunningJar app = RunningJar.start(workDir, "app.log", List.of("-XX:+UseG1GC"),
                baselineDemo(List.of("--app.exports.dir=" + workDir.resolve("exports"))))) {
            awaitAccounts(app.baseUrl(), "bantochuc:demo123");
            LoadDriver sessions = new LoadDriver(app.baseUrl(), plan);
            sessions.openSessions(3, "lanhdao").forEach(VaadinPage::close);
            long before = ServerHeap.usedAfterGcKb(app.pid());
            long started = System.nanoTime();
            List<VaadinPage> exported = sessions.openSessionsAndExport(sessionsToMeasure);
            double exportSeconds = (System.nanoTime() - started) / 1e9;
            long after = ServerHeap.usedAfterGcKb(app.pid());
            lines.add(String.format("server heap after a full collection: %,d KB before, %,d KB with %d signed-in"
                            + " sessions each on its commune's page after downloading its statistics table through the"
                            + " page's button (all asked at once, %.0f s for all): %,.0f KB per session; files left in"
                            + " the export directory: %d", before, after, exported.size(), exportSeconds,
                    (after - before) / (double) Math.max(1, exported.size()), files(workDir.resolve("exports"))));
            exported.forEach(VaadinPage::close);

            LoadDriver alone = new LoadDriver(app.baseUrl(), plan);
            alone.run();
            lines.add("### Without exporters\n\n" + alone.report());
            LoadDriver withExports = new LoadDriver(app.baseUrl(), plan).withUiExporters(exporters);
            withExports.run();
            lines.add("### With " + exporters + " people exporting through the pages in a loop\n\n" + withExports.report());
            lines.add(String.format("pages with the queue full against without: ui.view p95 %.0f ms against %.0f ms;"
                            + " ui.init p95 %.0f ms against %.0f ms; the exporters' wait from the click to the file"
                            + " p95 %.0f ms; the server's queue wait (%s)", withExports.p95("ui.view"), alone.p95("ui.view"),
                    withExports.p95("ui.init"), alone.p95("ui.init"), withExports.p95("export.ui"),
                    queueWaits(app.baseUrl())));
            lines.add("files left in the export directory after the run: " + files(workDir.resolve("exports")));
            String report = String.join("\n\n", lines);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "load"));
            Files.writeString(Path.of("target", "load", name + ".md"), report + "\n");
            assertThat(alone.errors()).isZero();
            assertThat(withExports.firstErrors()).as("errors during the run").isEmpty();
            assertThat(withExports.uiExportsMade()).isPositive();
            return report;
        }
    }

    /**
     * Writes must not slow readers: on one jar, the simulated people first without any writer (the readers and
     * exporters alone), then the same people with the commune editors and quota editors, each for the plan's duration;
     * the pages' p95 of both side by side, and the usual checks of the second (no error, no lost update).
     */
    static String runWriterPhases(String name, LoadDriver.Plan plan, List<String> appArguments) throws Exception {
        Path workDir = Files.createTempDirectory("load-" + name);
        List<String> lines = new ArrayList<>();
        try (RunningJar app = RunningJar.start(workDir, "app.log", List.of("-XX:+UseG1GC"), baselineDemo(appArguments))) {
            awaitAccounts(app.baseUrl(), "bantochuc:demo123");
            LoadDriver readers = new LoadDriver(app.baseUrl(), plan).withoutWriters();
            readers.run();
            lines.add("### Without writers (readers and exporters only)\n\n" + readers.report());
            LoadDriver everyone = new LoadDriver(app.baseUrl(), plan);
            everyone.run();
            List<String> lost = everyone.verify();
            lines.add("### With the " + plan.editors() + " commune editors and " + plan.quotaEditors()
                    + " quota editors writing\n\n" + everyone.report());
            lines.add(String.format("pages (ui.view) p95 with writers %.0f ms against %.0f ms without: %.2f×;"
                            + " api.indicators p95 %.0f ms against %.0f ms; lost or phantom updates: %s",
                    everyone.p95("ui.view"), readers.p95("ui.view"), everyone.p95("ui.view") / readers.p95("ui.view"),
                    everyone.p95("api.indicators"), readers.p95("api.indicators"), lost.isEmpty() ? "none" : lost));
            String report = String.join("\n\n", lines);
            System.out.println(report);
            Files.createDirectories(Path.of("target", "load"));
            Files.writeString(Path.of("target", "load", name + ".md"), report + "\n");
            assertThat(readers.errors()).isZero();
            assertThat(everyone.firstErrors()).as("errors during the run").isEmpty();
            assertThat(lost).as("every acknowledged edit is in the database, nothing else").isEmpty();
            assertThat(everyone.acknowledgedEdits()).isPositive();
            return report;
        }
    }

    private static long files(Path directory) throws java.io.IOException {
        if (!Files.exists(directory)) {
            return 0;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    /** The export queue's wait as the server measured it: p50 and p95 of the recent jobs, count, mean and max. */
    private static String queueWaits(String baseUrl) throws Exception {
        java.net.http.HttpResponse<String> metrics = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/actuator/prometheus"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "admin:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.Map<String, Double> values = new java.util.LinkedHashMap<>();
        metrics.body().lines().filter(line -> line.startsWith("cadre_exports_queue_wait_seconds")).forEach(line -> {
            String key = line.substring(0, line.lastIndexOf(' '));
            values.put(key.contains("quantile=\"0.5\"") ? "p50" : key.contains("quantile=\"0.95\"") ? "p95"
                    : key.startsWith("cadre_exports_queue_wait_seconds_count") ? "count"
                    : key.startsWith("cadre_exports_queue_wait_seconds_sum") ? "sum"
                    : key.startsWith("cadre_exports_queue_wait_seconds_max") ? "max" : key,
                    Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        });
        double count = values.getOrDefault("count", 0.0);
        return String.format("p50 %.0f ms, p95 %.0f ms over the last minutes; %.0f jobs in all, mean %.0f ms, max %.0f ms",
                values.getOrDefault("p50", Double.NaN) * 1000, values.getOrDefault("p95", Double.NaN) * 1000, count,
                count == 0 ? Double.NaN : values.getOrDefault("sum", 0.0) / count * 1000,
                values.getOrDefault("max", Double.NaN) * 1000);
    }

    static LoadDriver.Plan plan(int defaultUsers, int defaultSeconds) {
        int users = Integer.getInteger("load.users", defaultUsers);
        int seconds = Integer.getInteger("load.seconds", defaultSeconds);
        return new LoadDriver.Plan(users, Duration.ofSeconds(seconds), Duration.ofSeconds(Math.min(30, seconds / 6)),
                Math.max(2, users / 50), Duration.ofSeconds(Math.max(10, Math.min(60, seconds / 5))));
    }

    /**
     * The jar on the MariaDB database named by LOAD_DB_URL, with the demo data and accounts, configured as production
     * is: MySQL's driver, and the dialect Hibernate chooses by itself (the row locks are plain {@code FOR UPDATE},
     * which MySQL and MariaDB both accept).
     */
    static List<String> mariaDb() {
        return List.of("--spring.datasource.url=" + System.getenv("LOAD_DB_URL"),
                "--spring.datasource.username=" + System.getenv("DB_USERNAME"),
                "--spring.datasource.password=" + System.getenv("DB_PASSWORD"),
                "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver");
    }

    /** The demo accounts are created just after the demo data: waits until signing in works. */
    static void awaitAccounts(String baseUrl, String credentials) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/api/v1/communes"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8))).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("cannot sign in as " + credentials.split(":")[0] + " within 60 s");
            }
            Thread.sleep(250);
        }
    }
}
