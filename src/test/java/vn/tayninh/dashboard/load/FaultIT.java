package vn.tayninh.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.RunningJar;
import vn.tayninh.dashboard.MultipartRoster;

/**
 * Failures of the machine under the application, against the production jar:
 * <ul>
 * <li>the jar killed ({@code kill -9}) in the middle of a large roster import: after a restart the database holds
 * all of the file or none of it (H2 always; MariaDB with FAULT_TESTS=1);</li>
 * <li>the database server restarted while editors save: the API answers 503 in Vietnamese meanwhile, the
 * application reconnects by itself, and every acknowledged edit is in the database (FAULT_TESTS=1, a MariaDB
 * server of the test's own, with the {@code mysql} profile and its connection-pool settings);</li>
 * <li>the database switched to read-only: writes get 503 with the reason, reads go on, nothing changes.</li>
 * </ul>
 * Results in target/load/faults.md.
 */
class FaultIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN_PASSWORD = "Kiem-thu-su-co-2026";
    private static final Path RESULTS = Path.of("target", "load", "faults.md");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static boolean ownMariaDb() {
        return OwnMariaDb.enabled();
    }

    @Test
    void killedDuringAnImportOnH2TheFileIsAllInOrNotAtAll() throws Exception {
        Path workDir = Files.createTempDirectory("fault-h2");
        String result = killDuringImport(workDir, List.of(), "bantochuc:demo123", false);
        note("H2 file database: " + result);
    }

    /**
     * SIGTERM while a large import runs: readiness answers DOWN while the server still answers (the drain), and
     * only then does the port close; the import finishes within the graceful shutdown or rolls back whole.
     */
    @Test
    void stoppedDuringAnImportReadinessGoesDownFirstAndTheFileIsAllInOrNotAtAll() throws Exception {
        Path workDir = Files.createTempDirectory("fault-term");
        String result = killDuringImport(workDir, List.of(), "bantochuc:demo123", true);
        note("SIGTERM, H2 file database: " + result);
    }

    @Test
    @EnabledIf("ownMariaDb")
    void onMariaDbRestartReadOnlyAndKillDuringImport() throws Exception {
        try (OwnMariaDb db = OwnMariaDb.create()) {
            Path workDir = Files.createTempDirectory("fault-mariadb");
            List<String> arguments = List.of("--spring.profiles.active=mysql", "--app.demo-data=true",
                    "--app.initial-admin-password=" + ADMIN_PASSWORD, "--spring.datasource.url=" + db.jdbcUrl(),
                    "--spring.datasource.username=" + OwnMariaDb.USER, "--spring.datasource.password=" + OwnMariaDb.PASSWORD,
                    // the administrator's scripts sign in with the password alone here: this test is about faults
                    "--app.security.two-factor.roles=");
            String admin = "quantri:" + ADMIN_PASSWORD;
            try (RunningJar app = RunningJar.start(workDir, "app.log", List.of(), arguments)) {
                LoadRun.awaitAccounts(app.baseUrl(), admin);
                note("MariaDB, server restarted during saves: " + restartDuringSaves(app, db, admin));
                note("MariaDB, read-only: " + readOnly(app, db, admin));
            }
            note("MariaDB: " + killDuringImport(workDir, arguments, admin));
        }
    }

    // --- database restarted while people save ------------------------------------------------------------

    private String restartDuringSaves(RunningJar app, OwnMariaDb db, String user) throws Exception {
        List<String> rows = List.of("xa-hung-dien/NHA_NUOC", "xa-hung-dien/DANG_DOAN_THE", "phuong-tan-ninh/NHA_NUOC");
        long initial = 0;
        for (String row : rows) {
            initial += quota(app, user, row);
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong refused503 = new AtomicLong();
        AtomicLong broken = new AtomicLong();
        AtomicLong unexpected = new AtomicLong();
        AtomicInteger lastStatus = new AtomicInteger();
        List<String> messages = new ArrayList<>();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String row = rows.get(w % rows.size());
            writers.add(CompletableFuture.runAsync(() -> {
                while (!stop.get()) {
                    try {
                        HttpResponse<String> read = send(app, user, "/api/v1/communes/" + row.split("/")[0] + "/quotas", null,
                                null);
                        if (read.statusCode() == 200) {
                            JsonNode current = JSON.readTree(read.body()).get(row.split("/")[1]);
                            HttpResponse<String> written = send(app, user, "/api/v1/communes/" + row.replace("/", "/quotas/"),
                                    "PUT", "{\"quota\":%d,\"version\":%d}".formatted(current.get("quota").asInt() + 1,
                                            current.get("version").asLong()));
                            count(written, acknowledged, refused503, unexpected, messages);
                            lastStatus.set(written.statusCode());
                        } else {
                            count(read, new AtomicLong(), refused503, unexpected, messages);
                            lastStatus.set(read.statusCode());
                        }
                    } catch (Exception e) {
                        broken.incrementAndGet();
                        lastStatus.set(-1);
                    }
                    sleep(100);
                }
            }, java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()));
        }
        sleep(4_000);
        long beforeStop = acknowledged.get();
        db.stop();
        sleep(8_000);
        long duringOutage = acknowledged.get();
        HttpResponse<String> down = send(app, user, "/api/v1/indicators?commune=xa-hung-dien", null, null);
        HttpResponse<String> readinessDown = readiness(app);
        long stoppedAt = System.nanoTime();
        db.start();
        long restarted = System.nanoTime();
        long recoveredAt = 0;
        while (System.nanoTime() - restarted < Duration.ofSeconds(90).toNanos()) {
            if (lastStatus.get() == 200 && acknowledged.get() > duringOutage) {
                recoveredAt = System.nanoTime();
                break;
            }
            sleep(200);
        }
        sleep(4_000);
        stop.set(true);
        CompletableFuture.allOf(writers.toArray(CompletableFuture[]::new)).get();
        long fin = 0;
        for (String row : rows) {
            fin += quota(app, user, row);
        }
        assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
        assertThat(down.body()).contains("Không kết nối được cơ sở dữ liệu");
        // a load balancer stops sending users while the database is away, and sends them again once it is back
        assertThat(readinessDown.statusCode()).isEqualTo(503);
        assertThat(readinessDown.body()).isEqualTo("{\"status\":\"DOWN\"}");
        HttpResponse<String> readinessUp = readiness(app);
        assertThat(readinessUp.statusCode()).as(readinessUp.body()).isEqualTo(200);
        assertThat(recoveredAt).as("saves succeed again without restarting the application").isPositive();
        assertThat(unexpected.get()).as("answers other than 200, 409, 503: " + messages).isZero();
        assertThat(acknowledged.get()).isGreaterThan(beforeStop);
        // every acknowledged save is there; a save whose commit met the shutdown may be there without its answer
        assertThat(fin - initial).isBetween(acknowledged.get(), acknowledged.get() + refused503.get() + broken.get());
        return String.format("%d saves acknowledged (%d before the stop, %d during the 8 s outage), %d answered 503"
                        + " and %d connections broken while the server was down; the application saved again %.1f s after"
                        + " the server was back (%.1f s after it stopped), without a restart; quotas grew by %d",
                acknowledged.get(), beforeStop, duringOutage - beforeStop, refused503.get(), broken.get(),
                (recoveredAt - restarted) / 1e9, (recoveredAt - stoppedAt) / 1e9 + 8, fin - initial);
    }

    private HttpResponse<String> readiness(RunningJar app) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void count(HttpResponse<String> response, AtomicLong ok, AtomicLong refused, AtomicLong unexpected,
                              List<String> messages) {
        switch (response.statusCode()) {
            case 200 -> ok.incrementAndGet();
            case 409 -> { }
            case 503 -> refused.incrementAndGet();
            default -> {
                unexpected.incrementAndGet();
                synchronized (messages) {
                    if (messages.size() < 5) {
                        messages.add(response.statusCode() + " " + response.body());
                    }
                }
            }
        }
    }

    // --- read-only database --------------------------------------------------------------------------------

    private String readOnly(RunningJar app, OwnMariaDb db, String user) throws Exception {
        String row = "xa-hung-dien/NHA_NUOC";
        db.sql("SET GLOBAL read_only = ON");
        try {
            int before = quota(app, user, row);
            long version = JSON.readTree(send(app, user, "/api/v1/communes/xa-hung-dien/quotas", null, null).body())
                    .get("NHA_NUOC").get("version").asLong();
            HttpResponse<String> write = send(app, user, "/api/v1/communes/xa-hung-dien/quotas/NHA_NUOC", "PUT",
                    "{\"quota\":%d,\"version\":%d}".formatted(before + 1, version));
            HttpResponse<String> read = send(app, user, "/api/v1/indicators?commune=xa-hung-dien", null, null);
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            assertThat(write.body()).contains("chỉ đọc");
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(quota(app, user, row)).isEqualTo(before);
            db.sql("SET GLOBAL read_only = OFF");
            HttpResponse<String> again = send(app, user, "/api/v1/communes/xa-hung-dien/quotas/NHA_NUOC", "PUT",
                    "{\"quota\":%d,\"version\":%d}".formatted(before + 1, version));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            return "a save answers " + write.statusCode() + " " + write.body() + "; reading answers " + read.statusCode()
                    + "; after read_only=OFF the same save answers " + again.statusCode();
        } finally {
            db.sql("SET GLOBAL read_only = OFF");
        }
    }

    // --- kill -9 during an import ----------------------------------------------------------------------------

    /**
     * Imports a file of five copies of the province's roster (titles left out, some 44,000 cadres) and kills the
     * jar while the import runs; after a restart the active cadres are as before, or as before plus the whole file.
     */
    private String killDuringImport(Path workDir, List<String> arguments, String user) throws Exception {
        return killDuringImport(workDir, arguments, user, false);
    }

    /** With {@code term}, a SIGTERM instead of a SIGKILL, watching readiness until the port closes. */
    private String killDuringImport(Path workDir, List<String> arguments, String user, boolean term)
            throws Exception {
        List<String> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();
        byte[] file;
        int before;
        int fileRows;
        HttpResponse<String> answer = null;
        long sentAt;
        long killedAfter;
        try (RunningJar app = RunningJar.start(workDir, "before-kill.log", List.of(), arguments)) {
            LoadRun.awaitAccounts(app.baseUrl(), user);
            String roster = send(app, user, "/api/v1/roster.csv?form=codes", null, null).body();
            before = rows(roster);
            String[] lines = roster.split("\r?\n");
            List<String> header = List.of(lines[0].replace("\uFEFF", "").split(",", -1));
            int titles = header.indexOf("titles");
            int committee = header.indexOf("committee");
            StringBuilder csv = new StringBuilder(lines[0]).append('\n');
            fileRows = 0;
            for (int copy = 0; copy < 5; copy++) {
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].isBlank() || lines[i].contains("\"")) {
                        continue;
                    }
                    String[] fields = lines[i].split(",", -1);
                    // no titles or seats: copies of the holders would overfill the approved seats
                    if (titles >= 0) {
                        fields[titles] = "";
                    }
                    if (committee >= 0) {
                        fields[committee] = "NONE";
                    }
                    csv.append(String.join(",", fields)).append('\n');
                    fileRows++;
                }
            }
            file = csv.toString().getBytes(StandardCharsets.UTF_8);
            CompletableFuture<HttpResponse<String>> importing = http.sendAsync(upload(app, user, file),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            sentAt = System.nanoTime();
            sleep(2_000);
            Thread watcher = term ? Thread.ofPlatform().start(() -> watchReadiness(app, readiness)) : null;
            if (term) {
                waitUntil(() -> readiness.contains("UP"));
                ProcessHandle.of(app.pid()).ifPresent(ProcessHandle::destroy); // SIGTERM
            } else {
                ProcessHandle.of(app.pid()).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL, as kill -9
            }
            killedAfter = (System.nanoTime() - sentAt) / 1_000_000;
            try {
                answer = importing.get();
            } catch (Exception e) {
                // the connection died with the process: the import was cut short
            }
            if (term) {
                ProcessHandle.of(app.pid()).ifPresent(process -> process.onExit().join());
                watcher.join(Duration.ofSeconds(30));
            }
        }
        if (term) {
            // what readiness answered from just before the signal: UP, then DOWN while the server still answered,
            // then nothing (the port closed); never UP again
            List<String> seen = readiness.stream().distinct().toList();
            assertThat(seen).as("readiness from the signal on: " + readiness).containsExactly("UP", "DOWN", "CLOSED");
            assertThat(readiness.lastIndexOf("UP")).isLessThan(readiness.indexOf("DOWN"));
            if (answer != null) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            }
        } else {
            assertThat(answer).as("the import must still run when the jar is killed (file too small?)").isNull();
        }
        try (RunningJar app = RunningJar.start(workDir, "after-kill.log", List.of(), arguments)) {
            LoadRun.awaitAccounts(app.baseUrl(), user);
            int after = rows(send(app, user, "/api/v1/roster.csv?form=codes", null, null).body());
            assertThat(after).as("all of the file or none of it").isIn(before, before + fileRows);
            if (answer != null) {
                assertThat(after).as("an import answered 200 is in whole").isEqualTo(before + fileRows);
            }
            return String.format("jar %s %d ms into the import of %,d cadres (%,d KB); after the restart %,d active"
                            + " cadres, %s%s", term ? "sent SIGTERM" : "killed", killedAfter, fileRows,
                    file.length / 1024, after, after == before ? "as before: none of the file" : "all of the file",
                    term ? String.format("; readiness DOWN for %d polls (every 50 ms) before the port closed, import"
                            + " answered %s", readiness.stream().filter("DOWN"::equals).count(),
                            answer == null ? "nothing" : answer.statusCode()) : "");
        }
    }

    /** Polls readiness every 50 ms, noting UP, DOWN or CLOSED (no connection), until the port has closed. */
    private static void watchReadiness(RunningJar app, List<String> seen) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                                URI.create(app.baseUrl() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                seen.add(response.statusCode() == 200 ? "UP" : "DOWN");
            } catch (java.io.IOException e) {
                seen.add("CLOSED");
                return;
            } catch (InterruptedException e) {
                return;
            }
            sleep(50);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for the condition").isLessThan(deadline);
            sleep(10);
        }
    }

    private static int rows(String csv) {
        return (int) csv.lines().skip(1).filter(line -> !line.isBlank()).count();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private int quota(RunningJar app, String user, String row) throws Exception {
        String[] parts = row.split("/");
        HttpResponse<String> response = send(app, user, "/api/v1/communes/" + parts[0] + "/quotas", null, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get(parts[1]).get("quota").asInt();
    }

    private HttpResponse<String> send(RunningJar app, String user, String path, String method, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("X-Requested-With", "script").header("Authorization", basic(user));
        if (method != null) {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest upload(RunningJar app, String user, byte[] csv) {
        return MultipartRoster.post(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/import?mode=add&onMatch=add"))
                .header("Authorization", basic(user)), csv).build();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void note(String line) throws Exception {
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, "- " + line + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        System.out.println(line);
    }
}
