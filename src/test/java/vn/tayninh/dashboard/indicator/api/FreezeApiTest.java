package vn.tayninh.dashboard.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;
import vn.tayninh.dashboard.FixedClockConfig;

/**
 * Reporting-date freezes over real HTTP with the demo accounts: the board and the administrator freeze, everyone
 * reads the list, a leader and a commune editor are refused, a date in the future or already frozen is a 400 naming
 * {@code asOf} in Vietnamese, and two freezes of one date at the same moment end in one success and one refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class FreezeApiTest {

    static final String BOARD = "bantochuc:demo123";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM frozen_value");
        jdbc.update("DELETE FROM reporting_freeze");
    }

    @Test
    void theBoardAndTheAdministratorFreezeAndEveryoneReadsTheDates() throws Exception {
        HttpResponse<String> created = send("POST", BOARD,
                "{\"asOf\": \"2026-09-30\", \"ratingYear\": 2026, \"label\": \" Quý III/2026 \"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode freeze = json.readTree(created.body());
        assertThat(freeze.get("asOf").asString()).isEqualTo("2026-09-30");
        assertThat(freeze.get("ratingYear").asInt()).isEqualTo(2026);
        assertThat(freeze.get("label").asString()).isEqualTo("Quý III/2026");
        assertThat(freeze.get("frozenBy").asString()).isEqualTo("bantochuc");
        assertThat(freeze.get("frozenAt").asString()).isEqualTo(FixedClockConfig.NOW.toString());
        HttpResponse<String> byAdmin = send("POST", "admin:demo123", "{\"asOf\": \"2026-06-01\"}");
        assertThat(byAdmin.statusCode()).as(byAdmin.body()).isEqualTo(201);
        assertThat(json.readTree(byAdmin.body()).get("label").asString()).isEqualTo("Chốt số liệu 01/06/2026");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM frozen_value", Integer.class)).isPositive();

        for (String user : List.of("lanhdao:demo123", "phuong-tan-ninh:demo123", BOARD)) {
            HttpResponse<String> read = send("GET", user, null);
            assertThat(read.statusCode()).as(user).isEqualTo(200);
            JsonNode all = json.readTree(read.body());
            assertThat(all.size()).isEqualTo(2);
            assertThat(all.get(0).get("asOf").asString()).isEqualTo("2026-06-01");
            assertThat(all.get(0).get("frozenBy").asString()).isEqualTo("admin");
            assertThat(all.get(1).get("asOf").asString()).isEqualTo("2026-09-30");
            assertThat(all.get(1).get("label").asString()).isEqualTo("Quý III/2026");
        }
    }

    @Test
    void aDateInTheFutureOrAlreadyFrozenIsRefusedAtAsOf() throws Exception {
        assertThat(send("POST", BOARD, "{\"asOf\": \"2026-09-30\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> again = send("POST", "admin:demo123", "{\"asOf\": \"2026-09-30\", \"label\": \"lại\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(error(again)).isEqualTo("asOf: Số liệu ngày này đã được chốt");
        HttpResponse<String> future = send("POST", BOARD,
                "{\"asOf\": \"" + FixedClockConfig.TODAY.plusDays(1) + "\"}");
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(error(future)).isEqualTo("asOf: Không thể chốt số liệu cho ngày trong tương lai");
        HttpResponse<String> missing = send("POST", BOARD, "{\"label\": \"Quý III\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(error(missing)).isEqualTo("asOf: Bắt buộc nhập");
        HttpResponse<String> year = send("POST", BOARD, "{\"asOf\": \"2026-08-31\", \"ratingYear\": 2027}");
        assertThat(year.statusCode()).isEqualTo(400);
        assertThat(error(year)).isEqualTo("ratingYear: Năm đánh giá phải từ 2000 đến năm của ngày chốt (2026)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_freeze", Integer.class)).isEqualTo(1);
    }

    @Test
    void theBodyIsReadStrictly() throws Exception {
        HttpResponse<String> text = send("POST", BOARD, "{\"asOf\": \"2026-08-31\", \"ratingYear\": \"2026\"}");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(error(text)).startsWith("ratingYear: ");
        HttpResponse<String> date = send("POST", BOARD, "{\"asOf\": \"31/08/2026\"}");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(error(date)).startsWith("asOf: ");
        HttpResponse<String> label = send("POST", BOARD, "{\"asOf\": \"2026-08-31\", \"label\": 12345}");
        assertThat(label.statusCode()).isEqualTo(400);
        assertThat(error(label)).startsWith("label: ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_freeze", Integer.class)).isZero();
    }

    @Test
    void leadersAndCommuneEditorsMayNotFreeze() throws Exception {
        for (String user : List.of("lanhdao:demo123", "phuong-tan-ninh:demo123")) {
            HttpResponse<String> refused = send("POST", user, "{\"asOf\": \"2026-09-30\"}");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_freeze", Integer.class)).isZero();
    }

    @Test
    void twoFreezesOfOneDateAtOnceEndInOneSuccessAndOneRefusal() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> both = List.of(BOARD, "admin:demo123").stream()
                .map(user -> CompletableFuture.supplyAsync(() -> sendUnchecked(user, "{\"asOf\": \"2026-10-31\"}")))
                .toList();
        List<HttpResponse<String>> answers = both.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(HttpResponse::statusCode).sorted().toList())
                .as(answers.stream().map(HttpResponse::body).toList().toString()).containsExactly(201, 400);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 400).findFirst().orElseThrow();
        assertThat(error(refused)).isEqualTo("asOf: Số liệu ngày này đã được chốt");
        long id = jdbc.queryForObject("SELECT id FROM reporting_freeze", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM frozen_value WHERE freeze_id <> ?", Integer.class, id))
                .isZero();
    }

    /** The only error of a refusal, as "parameter: message". */
    private String error(HttpResponse<String> response) {
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.size()).as(response.body()).isEqualTo(1);
        return errors.get(0).get("parameter").asString() + ": " + errors.get(0).get("message").asString();
    }

    private HttpResponse<String> sendUnchecked(String credentials, String body) {
        try {
            return send("POST", credentials, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String credentials, String body) throws Exception {
        return ApiCalls.send(port, method, "/api/v1/freezes", credentials, body);
    }
}
