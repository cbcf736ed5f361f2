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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.MultipartRoster;
import vn.tayninh.dashboard.RunningJar;

/**
 * Two production jars (profile {@code mysql}) on one MariaDB database, behind Debian's HAProxy running
 * {@code deploy/haproxy.cfg}: both started at the same moment on an empty database, an edit on one is on the other
 * at once, the login lockout and optimistic locking hold across them, a reporting date frozen on one is the frozen
 * figure on the other (and two freezes of one date at once end in one success), and instance A killed under load leaves the
 * rotation by its health check without losing an acknowledged edit, while B's users see no error; A restarted rejoins.
 * CLUSTER_DB_URL names a database it empties (.ci/run creates it).
 */
@EnabledIfEnvironmentVariable(named = "CLUSTER_DB_URL", matches = "jdbc:(mysql|mariadb):.+")
@EnabledIf("vn.tayninh.dashboard.load.Balancer#available")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** The password of the accounts the test creates with the demo's user names (the load driver signs in with them). */
    private static final String PASSWORD = "mat-khau-cum-hai-may";
    private static final Pattern STARTED = Pattern.compile("Started Application");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static ClusterDatabase database;
    private static Path workDir;
    private static int portA;
    private static RunningJar a;
    private static RunningJar b;
    private static Balancer balancer;
    private static Long cadreId;
    private static long accountsAtStart;

    @BeforeAll
    static void startTogetherOnAnEmptyDatabase() throws Exception {
        database = ClusterDatabase.emptied();
        workDir = Files.createTempDirectory("cluster");
        portA = RunningJar.freePort();
        Map<String, String> environment = database.environment(
                Map.of("APP_INITIAL_ADMIN_PASSWORD", ClusterDatabase.ADMIN_PASSWORD));
        a = RunningJar.launch(workDir, "a.log", portA, environment, List.of());
        b = RunningJar.launch(workDir, "b.log", RunningJar.freePort(), environment, List.of());
        a.awaitLog(STARTED);
        b.awaitLog(STARTED);
        accountsAtStart = database.count("SELECT COUNT(*) FROM app_user");
        database.createAccounts(PASSWORD);
        database.approveSeatsAndQuotas();
        balancer = Balancer.start(workDir, portA, b.port());
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {balancer, a, b}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    @Order(1)
    void migratedOnceAndTheAdministratorCreatedOnce() throws Exception {
        // Flyway's lock in the database lets one instance apply a migration at a time: the two may share the
        // migrations between them, but each is applied once and never fails
        long migrations = database.count("SELECT COUNT(*) FROM flyway_schema_history WHERE version IS NOT NULL");
        assertThat(migrations).isPositive()
                .isEqualTo(database.count("SELECT COUNT(DISTINCT version) FROM flyway_schema_history"));
        assertThat(database.count("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")).isZero();
        assertThat(Pattern.compile("Successfully applied (\\d+) migration").matcher(a.log() + b.log()).results()
                .mapToLong(applied -> Long.parseLong(applied.group(1))).sum()).isEqualTo(migrations);
        assertThat(database.count("SELECT COUNT(*) FROM commune")).isEqualTo(96);
        assertThat(database.count("SELECT COUNT(DISTINCT code) FROM commune")).isEqualTo(96);
        assertThat(accountsAtStart).isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM app_user WHERE username = 'quantri'")).isEqualTo(1);
        assertThat(occurrences("Created the initial administrator account")).isEqualTo(1);
        String admin = "quantri:" + ClusterDatabase.ADMIN_PASSWORD;
        for (String base : List.of(a.baseUrl(), b.baseUrl(), balancer.baseUrl())) {
            assertThat(send(base, admin, "GET", "/api/v1/communes", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void anEditOnAIsOnBAtOnce() throws Exception {
        // an import on A
        byte[] csv = ClusterIT.class.getResourceAsStream("/datasets/hand-made-roster.csv").readAllBytes();
        HttpResponse<String> imported = HTTP.send(MultipartRoster.post(request(a.baseUrl(), "bantochuc",
                "/api/v1/import?mode=replace"), csv).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        for (String base : List.of(b.baseUrl(), balancer.baseUrl())) {
            JsonNode hungDien = json(base, "lanhdao", "/api/v1/positions?commune=xa-hung-dien");
            assertThat(hungDien.get("BI_THU").get("filled").asInt()).isEqualTo(1);
            assertThat(hungDien.get("BCH").get("filled").asInt()).isEqualTo(3);
            assertThat(hungDien.get("BTV").get("filled").asInt()).isEqualTo(2);
        }
        assertSameFigures("xa-hung-dien");

        // a new cadre and an appointment on A
        String editor = "phuong-tan-ninh";
        int bchBefore = json(b.baseUrl(), "lanhdao", "/api/v1/positions?commune=" + editor).get("BCH").get("filled").asInt();
        JsonNode before = json(b.baseUrl(), "lanhdao", "/api/v1/indicators?commune=" + editor);
        HttpResponse<String> created = send(a.baseUrl(), editor, "POST", "/api/v1/communes/" + editor + "/cadres", """
                {"fullName":"Nguyễn Thị Cụm","gender":"NU","birthDate":"1985-05-01","ethnicity":"Kinh","education":"DAI_HOC",\
                "politicalTheory":"TRUNG_CAP","bloc":"DANG_DOAN_THE","stem":true,"startDate":"2020-01-01"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        cadreId = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> appointed = send(a.baseUrl(), editor, "POST", "/api/v1/cadres/" + cadreId + "/appointments",
                "{\"position\":\"BCH\",\"startDate\":\"2025-01-02\",\"decisionNumber\":\"1/QĐ-CUM\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        for (String base : List.of(b.baseUrl(), balancer.baseUrl())) {
            assertThat(json(base, "lanhdao", "/api/v1/positions?commune=" + editor).get("BCH").get("filled").asInt())
                    .isEqualTo(bchBefore + 1);
        }
        JsonNode afterAppointment = assertSameFigures(editor);
        assertThat(afterAppointment).isNotEqualTo(before);

        // a quota on A
        JsonNode quota = json(a.baseUrl(), "bantochuc", "/api/v1/communes/" + editor + "/quotas").get("NHA_NUOC");
        HttpResponse<String> written = send(a.baseUrl(), "bantochuc", "PUT", "/api/v1/communes/" + editor + "/quotas/NHA_NUOC",
                "{\"quota\":%d,\"version\":%d}".formatted(quota.get("quota").asInt() + 1, quota.get("version").asLong()));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        JsonNode onB = json(b.baseUrl(), "bantochuc", "/api/v1/communes/" + editor + "/quotas").get("NHA_NUOC");
        assertThat(onB.get("quota").asInt()).isEqualTo(quota.get("quota").asInt() + 1);
        assertThat(onB.get("version").asLong()).isEqualTo(quota.get("version").asLong() + 1);
        assertSameFigures(editor);

        // a departure on A of a second new cadre: the commune's figures on B go back to those before it came
        JsonNode beforeSecond = json(b.baseUrl(), "lanhdao", "/api/v1/indicators?commune=" + editor);
        HttpResponse<String> second = send(a.baseUrl(), editor, "POST", "/api/v1/communes/" + editor + "/cadres", """
                {"fullName":"Trần Văn Đi","gender":"NAM","birthDate":"1970-05-01","ethnicity":"Kinh","education":"DAI_HOC",\
                "politicalTheory":"TRUNG_CAP","bloc":"NHA_NUOC","stem":false,"startDate":"2020-01-01"}""");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode secondId = JSON.readTree(second.body());
        assertThat(json(b.baseUrl(), "lanhdao", "/api/v1/indicators?commune=" + editor)).isNotEqualTo(beforeSecond);
        HttpResponse<String> departed = send(a.baseUrl(), editor, "POST", "/api/v1/cadres/" + secondId.get("id").asLong()
                + "/departure", "{\"endDate\":\"2026-01-02\",\"reason\":\"RETIREMENT\",\"version\":%d}"
                .formatted(secondId.get("version").asLong()));
        assertThat(departed.statusCode()).as(departed.body()).isEqualTo(200);
        assertThat(assertSameFigures(editor)).isEqualTo(beforeSecond);
    }

    @Test
    @Order(3)
    void fiveWrongPasswordsOnALockTheAccountOnB() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(send(a.baseUrl(), "khoa-thu:sai-mat-khau", "GET", "/api/v1/communes", null).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> onB = send(b.baseUrl(), "khoa-thu", "GET", "/api/v1/communes", null);
        assertThat(onB.statusCode()).isEqualTo(401);
        assertThat(onB.body()).contains("Tài khoản bị khóa đến");
        assertThat(send(balancer.baseUrl(), "khoa-thu", "GET", "/api/v1/communes", null).body())
                .contains("Tài khoản bị khóa đến");
    }

    @Test
    @Order(4)
    void twoSavesOfOneRecordOnTwoInstancesEndInOneSuccessAndOneConflict() throws Exception {
        JsonNode cadre = json(a.baseUrl(), "phuong-tan-ninh", "/api/v1/cadres/" + cadreId);
        long version = cadre.get("version").asLong();
        List<CompletableFuture<HttpResponse<String>>> saves = new ArrayList<>();
        for (RunningJar instance : List.of(a, b)) {
            String profile = ((tools.jackson.databind.node.ObjectNode) cadre.get("profile").deepCopy())
                    .put("fullName", "Nguyễn Thị Cụm " + instance.port()).toString();
            saves.add(CompletableFuture.supplyAsync(() -> sendUnchecked(instance.baseUrl(), "phuong-tan-ninh", "PUT",
                    "/api/v1/cadres/" + cadreId + "?version=" + version, profile)));
        }
        List<Integer> statuses = saves.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();
        assertThat(statuses).as(saves.stream().map(CompletableFuture::join).map(HttpResponse::body).toList().toString())
                .containsExactly(200, 409);
        assertThat(json(b.baseUrl(), "phuong-tan-ninh", "/api/v1/cadres/" + cadreId).get("version").asLong())
                .isEqualTo(version + 1);
    }

    @Test
    @Order(5)
    void aFreezeMadeOnAIsTheFrozenFigureOnB() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate reportingDate = today.minusDays(1);

        // two freezes of one date on A and on B at the same moment: one is made, the other refused at asOf
        LocalDate raced = today.minusDays(2);
        List<CompletableFuture<HttpResponse<String>>> freezes = List.of(a, b).stream()
                .map(instance -> CompletableFuture.supplyAsync(() -> sendUnchecked(instance.baseUrl(), "bantochuc",
                        "POST", "/api/v1/freezes", "{\"asOf\":\"%s\"}".formatted(raced))))
                .toList();
        List<HttpResponse<String>> answers = freezes.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList())
                .as(answers.stream().map(HttpResponse::body).toList().toString()).containsExactly(201, 400);
        assertThat(answers.stream().filter(answer -> answer.statusCode() == 400).findFirst().orElseThrow().body())
                .contains("\"asOf\"").contains("Số liệu ngày này đã được chốt");
        assertThat(database.count("SELECT COUNT(*) FROM reporting_freeze WHERE as_of_date = '" + raced + "'"))
                .isEqualTo(1);

        // the freeze on A, and the figures A answers for it at once
        String commune = "phuong-tan-ninh";
        String compare = "/api/v1/indicators/compare?commune=" + commune + "&from=" + reportingDate;
        String liveAtDate = "/api/v1/indicators?commune=" + commune + "&asOf=" + reportingDate;
        HttpResponse<String> frozen = send(a.baseUrl(), "bantochuc", "POST", "/api/v1/freezes",
                "{\"asOf\":\"%s\",\"label\":\"Chốt thử trên máy A\"}".formatted(reportingDate));
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);
        JsonNode onA = json(a.baseUrl(), "lanhdao", compare);
        assertThat(onA.get("from").get("frozen").asBoolean()).isTrue();
        assertThat(onA.get("to").get("frozen").asBoolean()).isFalse();
        JsonNode liveAtDateBefore = json(a.baseUrl(), "lanhdao", liveAtDate);

        // a backdated record on A: a cadre in the commune since 2020 changes the live count at the reporting date
        HttpResponse<String> created = send(a.baseUrl(), commune, "POST", "/api/v1/communes/" + commune + "/cadres", """
                {"fullName":"Lê Văn Hồi Tố","gender":"NAM","birthDate":"1975-03-01","ethnicity":"Kinh","education":"DAI_HOC",\
                "politicalTheory":"TRUNG_CAP","bloc":"NHA_NUOC","stem":true,"startDate":"2020-01-01"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        for (String base : List.of(b.baseUrl(), balancer.baseUrl())) {
            JsonNode onB = json(base, "lanhdao", compare);
            assertThat(onB.get("from")).as(base).isEqualTo(onA.get("from"));
            // the frozen figures at the reporting date, as A answered them right after the freeze
            assertThat(figures(onB, "from")).as(base).isEqualTo(figures(onA, "from"));
            // while the live figures, today and counted afresh at the reporting date, include the backdated cadre
            assertThat(figures(onB, "to")).as(base).isNotEqualTo(figures(onA, "to"));
            assertThat(figures(json(base, "lanhdao", liveAtDate))).as(base).isNotEqualTo(figures(liveAtDateBefore));

            JsonNode listed = json(base, commune, "/api/v1/freezes");
            List<String> dates = new ArrayList<>();
            listed.forEach(freeze -> dates.add(freeze.get("asOf").asString()));
            assertThat(dates).as(base).contains(raced.toString(), reportingDate.toString());
            JsonNode ours = listed.get(dates.indexOf(reportingDate.toString()));
            assertThat(ours.get("label").asString()).isEqualTo("Chốt thử trên máy A");
            assertThat(ours.get("frozenBy").asString()).isEqualTo("bantochuc");
        }
    }

    @Test
    @Order(6)
    void killedUnderLoadInstanceALeavesAndRejoinsWithoutLosingAnEdit() throws Exception {
        Recorder usersOfA = new Recorder();
        Recorder usersOfB = new Recorder();
        Http throughA = new Http(balancer.baseUrl(), usersOfA, PASSWORD);
        Http throughB = new Http(balancer.baseUrl(), usersOfB, PASSWORD);
        Http.Browser onA = signedInOn(throughA, "app1");
        Http.Browser onB = signedInOn(throughB, "app2");
        assertThat(VaadinPage.open(throughA, onA, usersOfA, "")).isPresent();
        assertThat(VaadinPage.open(throughB, onB, usersOfB, "")).isPresent();

        LoadDriver driver = new LoadDriver(balancer.baseUrl(), new LoadDriver.Plan(20, Duration.ofSeconds(40),
                Duration.ofSeconds(5), 2, Duration.ofSeconds(15)), PASSWORD);
        Thread load = Thread.ofVirtual().start(() -> {
            try {
                driver.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // B's user keeps working through the balancer, and the API directly on B, through the kill
        AtomicBoolean stop = new AtomicBoolean();
        Http directB = new Http(b.baseUrl(), usersOfB, PASSWORD);
        Thread userOfB = Thread.ofVirtual().start(() -> {
            while (!stop.get()) {
                VaadinPage.open(throughB, onB, usersOfB, "xa-phuong/phuong-tan-ninh").ifPresent(VaadinPage::close);
                directB.expect("api.indicators", directB.api("lanhdao", "/api/v1/indicators").GET().build(), 200);
            }
        });

        awaitAcknowledgedEdits(driver, Duration.ofSeconds(60));
        long killed = System.nanoTime();
        a.kill();
        balancer.awaitState("app1", "DOWN", Duration.ofSeconds(15));
        double outAfter = (System.nanoTime() - killed) / 1e9;

        // A's user finds the session gone, signs in again through the balancer, lands on B and finds everything
        assertThat(VaadinPage.open(throughA, onA, new Recorder(), "")).as("A's session died with A").isEmpty();
        Recorder again = new Recorder();
        Http afterKill = new Http(balancer.baseUrl(), again, PASSWORD);
        Http.Browser signedInAgain = afterKill.new Browser();
        assertThat(signedInAgain.signIn("phuong-tan-ninh")).isTrue();
        assertThat(signedInAgain.cookie()).startsWith("JSESSIONID=app2~");
        assertThat(VaadinPage.open(afterKill, signedInAgain, again, "xa-phuong/phuong-tan-ninh")).isPresent();
        assertThat(again.firstErrors()).isEmpty();
        assertThat(json(balancer.baseUrl(), "phuong-tan-ninh", "/api/v1/cadres/" + cadreId).get("profile")
                .get("fullName").asString()).startsWith("Nguyễn Thị Cụm ");

        load.join(Duration.ofMinutes(3));
        stop.set(true);
        userOfB.join(Duration.ofSeconds(30));
        List<String> lost = driver.verify();
        String report = driver.report() + String.format("%n%ninstance A out of the balancer %.1f s after kill -9;"
                + " writes cut off by the kill: %d; differences found by the read-back: %s", outAfter,
                driver.failedWrites(), lost);
        System.out.println(report);
        Files.createDirectories(Path.of("target", "load"));
        Files.writeString(Path.of("target", "load", "cluster-it.md"), report + "\n");
        assertThat(driver.acknowledgedEdits()).isPositive();
        assertThat(driver.acknowledgedQuotaChanges()).isPositive();
        assertThat((long) lost.size()).as("only a write whose answer the kill cut off may differ: " + lost)
                .isLessThanOrEqualTo(driver.failedWrites());
        assertThat(usersOfB.firstErrors()).as("B's users see no error").isEmpty();
        assertThat(usersOfB.requests()).isPositive();

        // A restarted rejoins: the health check takes it back, and new sessions go to it again
        a = RunningJar.launch(workDir, "a-restarted.log", portA, database.environment(Map.of()), List.of());
        a.awaitLog(STARTED);
        balancer.awaitState("app1", "UP", Duration.ofSeconds(30));
        List<String> servers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Http.Browser browser = afterKill.new Browser();
            assertThat(browser.signIn("lanhdao")).isTrue();
            servers.add(browser.cookie().substring("JSESSIONID=".length(), "JSESSIONID=app1".length()));
        }
        assertThat(servers).containsExactlyInAnyOrder("app1", "app2");
        assertThat(a.errorLines()).isEmpty();
        assertThat(b.errorLines()).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** A and B answer the same figures for the commune, read at the same moment; returns them. */
    private static JsonNode assertSameFigures(String commune) throws Exception {
        String path = "/api/v1/indicators?commune=" + commune;
        JsonNode onA = json(a.baseUrl(), "lanhdao", path);
        assertThat(json(b.baseUrl(), "lanhdao", path)).isEqualTo(onA);
        return onA;
    }

    /** Numerator and denominator per target code: of one side of a comparison, or of an indicators answer. */
    private static Map<String, String> figures(JsonNode answer, String side) {
        Map<String, String> figures = new LinkedHashMap<>();
        answer.get("targets").forEach(target -> figures.put(target.get("code").asString(),
                target.get(side).get("numerator").asLong() + "/" + target.get(side).get("denominator")));
        return figures;
    }

    private static Map<String, String> figures(JsonNode indicators) {
        Map<String, String> figures = new LinkedHashMap<>();
        indicators.forEach(target -> figures.put(target.get("code").asString(),
                target.get("numerator").asLong() + "/" + target.get("denominator")));
        return figures;
    }

    /** Signs in through the balancer until the session is on the wanted instance (round robin: at most a few). */
    private static Http.Browser signedInOn(Http http, String server) {
        for (int i = 0; i < 6; i++) {
            Http.Browser browser = http.new Browser();
            assertThat(browser.signIn("lanhdao")).isTrue();
            if (browser.cookie().startsWith("JSESSIONID=" + server + "~")) {
                return browser;
            }
        }
        throw new AssertionError("no session on " + server + " in six sign-ins");
    }

    private static void awaitAcknowledgedEdits(LoadDriver driver, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (driver.acknowledgedEdits() < 20 || driver.acknowledgedQuotaChanges() < 5) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the load made no edits within " + within.toSeconds() + " s: " + driver.firstErrors());
            }
            Thread.sleep(200);
        }
    }

    private static long occurrences(String text) throws Exception {
        return Pattern.compile(Pattern.quote(text)).matcher(a.log() + b.log()).results().count();
    }

    private static JsonNode json(String base, String user, String path) throws Exception {
        HttpResponse<String> response = send(base, user, "GET", path, null);
        assertThat(response.statusCode()).as(base + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(String base, String user, String path) {
        String credentials = user.contains(":") ? user : user + ":" + PASSWORD;
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-Requested-With", "script").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> send(String base, String user, String method, String path, String body)
            throws Exception {
        HttpRequest.Builder builder = request(base, user, path);
        builder = body == null ? builder.method(method, HttpRequest.BodyPublishers.noBody())
                : builder.header("Content-Type", "application/json").method(method, Http.json(body));
        return HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> sendUnchecked(String base, String user, String method, String path, String body) {
        try {
            return send(base, user, method, path, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
