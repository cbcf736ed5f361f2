package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production jar on a real MySQL-compatible server (MariaDB, started by .ci/run, which exports DB_URL for a
 * database it may wipe: its name ends in _ci, _test, _suite or _scale): the migrations run, the demo data
 * reproduces the resolution's tables, and an import with replace changes the figures of the communes in the file as
 * the hand-made roster defines.
 */
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:(mysql|mariadb):.+")
class MariaDbIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void migrationsEngineAndImportOnMariaDb() throws Exception {
        // the MySQL suite (surefire, before this) leaves its last schema behind: start from an empty database
        MySqlSuiteDatabase.requireDisposable(System.getenv("DB_URL"));
        Flyway.configure().dataSource(System.getenv("DB_URL"), System.getenv("DB_USERNAME"), System.getenv("DB_PASSWORD"))
                .cleanDisabled(false).load().clean();
        Path workDir = Files.createTempDirectory("mariadb");
        List<String> database = List.of("--spring.datasource.url=" + System.getenv("DB_URL"),
                "--spring.datasource.username=" + System.getenv("DB_USERNAME"),
                "--spring.datasource.password=" + System.getenv("DB_PASSWORD"),
                "--spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver",
                // the resolution's figures below are the demo's baseline, before the months after it
                "--app.demo-progress=false");
        try (RunningJar app = RunningJar.start(workDir, "app.log", List.of(), database)) {
            HttpClient http = HttpClient.newHttpClient();
            JsonNode seats = JSON.readTree(get(http, app, "/api/v1/positions"));
            assertThat(seats.get("PHO_BI_THU_TT").get("filled").asInt()).isEqualTo(95);
            assertThat(seats.get("PCT_UBND").get("filled").asInt()).isEqualTo(192);
            assertThat(seats.get("BCH").get("filled").asInt()).isEqualTo(2513);
            assertThat(seats.get("BTV").get("filled").asInt()).isEqualTo(996);
            Map<String, JsonNode> province = byCode(JSON.readTree(get(http, app, "/api/v1/indicators")));
            assertThat(Math.round(province.get("T1").get("value").asDouble() * 100)).isEqualTo(99);
            assertThat(Math.round(province.get("T2").get("value").asDouble() * 100)).isEqualTo(15);

            byte[] csv = MariaDbIT.class.getResourceAsStream("/datasets/hand-made-roster.csv").readAllBytes();
            HttpResponse<String> imported = upload(http, app, csv);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

            JsonNode hungDien = JSON.readTree(get(http, app, "/api/v1/positions?commune=xa-hung-dien"));
            assertThat(hungDien.get("BI_THU").get("filled").asInt()).isEqualTo(1);
            assertThat(hungDien.get("BCH").get("filled").asInt()).isEqualTo(3);
            assertThat(hungDien.get("BTV").get("filled").asInt()).isEqualTo(2);
            Map<String, JsonNode> tanNinh = byCode(JSON.readTree(
                    get(http, app, "/api/v1/indicators?commune=phuong-tan-ninh&year=2025")));
            assertThat(tanNinh.get("T1").get("numerator").asLong()).isEqualTo(2);
            assertThat(tanNinh.get("T1").get("denominator").asLong()).isEqualTo(2);
            assertThat(tanNinh.get("T6").get("numerator").asLong()).isEqualTo(1);
            assertThat(tanNinh.get("T6").get("denominator").asLong()).isEqualTo(2);
        }
    }

    private static Map<String, JsonNode> byCode(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(node -> map.put(node.get("code").asString(), node));
        return map;
    }

    private static String get(HttpClient http, RunningJar app, String path) throws Exception {
        HttpResponse<String> response = http.send(request(app, path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> upload(HttpClient http, RunningJar app, byte[] csv) throws Exception {
        return http.send(MultipartRoster.post(request(app, "/api/v1/import?mode=replace"), csv).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(RunningJar app, String path) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("X-Requested-With", "script").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("bantochuc:demo123".getBytes(StandardCharsets.UTF_8)));
    }
}
