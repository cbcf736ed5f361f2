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

    static String run(String name, LoadDriver.Plan plan, List<String> appArguments, int sessionsToMeasure)
            throws Exception {
        Path workDir = Files.createTempDirectory("load-" + name);
        List<String> lines = new ArrayList<>();
        try (RunningJar app = RunningJar.start(workDir, "app.log", List.of("-XX:+UseG1GC"), appArguments)) {
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
