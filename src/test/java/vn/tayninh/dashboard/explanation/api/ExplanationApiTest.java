package vn.tayninh.dashboard.explanation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;

/**
 * The loop over real HTTP with the demo accounts (editors sign in with their commune's code): 201 with the state,
 * the history with who and when, 400 naming the member in Vietnamese, 403 for a role that may not, 404 for an
 * unknown request, 409 with the current state for a stale version, and the rights matrix of every action.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@DirtiesContext
class ExplanationApiTest {

    static final String COMMUNE = "xa-hung-dien";
    static final String BOARD = "bantochuc:demo123";
    static final String ADMIN = "admin:demo123";
    static final String LEADER = "lanhdao:demo123";
    static final String EDITOR = COMMUNE + ":demo123";
    static final String OTHER_EDITOR = "phuong-tan-ninh:demo123";
    static final String REQUEST = """
            {"communeCode": "%s", "targetCode": "T2", "asOf": "2026-06-01", "dueDate": "2026-12-15",
             "request": "Giải trình tỷ lệ đại học thấp"}""";
    static final String ANSWER = """
            {"cause": "Thiếu nguồn đào tạo", "remedy": "Cử 3 cán bộ đi học", "expectedBy": "2027-09-30"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'EXPLANATION'");
        jdbc.update("DELETE FROM explanation_step");
        jdbc.update("DELETE FROM explanation");
    }

    @Test
    void theWholeLoopWithItsHistory() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode asked = json.readTree(created.body());
        long id = asked.get("id").asLong();
        assertThat(asked.get("state").asString()).isEqualTo("REQUESTED");
        assertThat(asked.get("overdue").asBoolean()).isFalse();

        assertThat(send("POST", "/api/v1/explanations/" + id + "/answer", EDITOR, ANSWER).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/explanations/" + id + "/return", BOARD, "{\"comment\": \"Nêu rõ số người\"}")
                .statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/explanations/" + id + "/answer", EDITOR, ANSWER).statusCode()).isEqualTo(200);
        HttpResponse<String> accepted = send("POST", "/api/v1/explanations/" + id + "/accept", BOARD, "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        JsonNode read = json.readTree(send("GET", "/api/v1/explanations/" + id, LEADER, null).body());
        assertThat(read.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(read.get("cause").asString()).isEqualTo("Thiếu nguồn đào tạo");
        assertThat(read.get("expectedBy").asString()).isEqualTo("2027-09-30");
        assertThat(read.get("returnComment").asString()).isEqualTo("Nêu rõ số người");
        StringBuilder history = new StringBuilder();
        for (JsonNode step : read.get("history")) {
            history.append(step.get("state").asString()).append(' ').append(step.get("actor").asString())
                    .append(' ').append(step.get("at").asString()).append('\n');
        }
        assertThat(history.toString()).isEqualTo("""
                REQUESTED bantochuc 2026-11-22T03:00:00Z
                ANSWERED xa-hung-dien 2026-11-22T03:00:00Z
                RETURNED bantochuc 2026-11-22T03:00:00Z
                ANSWERED xa-hung-dien 2026-11-22T03:00:00Z
                ACCEPTED bantochuc 2026-11-22T03:00:00Z
                """);
    }

    @Test
    void badInputNamesTheMemberInVietnameseAndWritesNothing() throws Exception {
        assertError(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted("xa-khong-co")), 400,
                "communeCode", "Không có xã, phường mã \"xa-khong-co\"");
        assertError(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE).replace("\"T2\"", "\"T0\"")),
                400, "targetCode", "Không có chỉ tiêu mã \"T0\"");
        assertError(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE).replace("2026-12-15",
                "2026-05-01")), 400, "dueDate", "Hạn giải trình không được trước ngày số liệu");
        assertThat(count()).isZero();

        long id = json.readTree(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE)).body())
                .get("id").asLong();
        assertError(send("POST", "/api/v1/explanations/" + id + "/answer", EDITOR,
                "{\"cause\": \"Thiếu nguồn\", \"remedy\": \"Cử đi học\"}"), 400, "expectedBy", "Bắt buộc nhập");
        assertError(send("POST", "/api/v1/explanations/" + id + "/accept", BOARD, "{}"), 400, "state",
                "Yêu cầu chưa được giải trình hoặc đã xử lý (trạng thái hiện tại: Chờ giải trình)");
        assertError(send("POST", "/api/v1/explanations/" + id + "/answer", OTHER_EDITOR, ANSWER), 404, "id", null);
        assertError(send("POST", "/api/v1/explanations/999999/answer", EDITOR, ANSWER), 404, "id", null);

        JsonNode answered = json.readTree(send("POST", "/api/v1/explanations/" + id + "/answer", EDITOR, ANSWER)
                .body());
        long stale = answered.get("version").asLong() - 1;
        HttpResponse<String> conflict = send("POST", "/api/v1/explanations/" + id + "/return", BOARD,
                "{\"comment\": \"Làm lại\", \"version\": " + stale + "}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(json.readTree(conflict.body()).get("currentValues").get("state").asString()).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM explanation_step", Long.class)).isEqualTo(2);
    }

    @Test
    void everyActionByEveryRole() throws Exception {
        Map<String, String> outcomes = new LinkedHashMap<>();
        String[] accounts = {ADMIN, BOARD, LEADER, EDITOR, OTHER_EDITOR};
        for (String action : new String[] {"request", "list", "read", "answer", "accept", "return"}) {
            StringBuilder row = new StringBuilder();
            for (String account : accounts) {
                cleanUp();
                long id = json.readTree(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE))
                        .body()).get("id").asLong();
                if (action.equals("accept") || action.equals("return")) {
                    send("POST", "/api/v1/explanations/" + id + "/answer", EDITOR, ANSWER);
                }
                HttpResponse<String> response = switch (action) {
                    case "request" -> send("POST", "/api/v1/explanations", account, REQUEST.formatted("xa-ninh-dien"));
                    case "list" -> send("GET", "/api/v1/explanations?commune=" + COMMUNE, account, null);
                    case "read" -> send("GET", "/api/v1/explanations/" + id, account, null);
                    case "answer" -> send("POST", "/api/v1/explanations/" + id + "/answer", account, ANSWER);
                    case "accept" -> send("POST", "/api/v1/explanations/" + id + "/accept", account, "{}");
                    default -> send("POST", "/api/v1/explanations/" + id + "/return", account,
                            "{\"comment\": \"Bổ sung\"}");
                };
                row.append(response.statusCode()).append(' ');
            }
            outcomes.put(action, row.toString().strip());
        }

        // columns: admin, board, leader, editor of the commune, editor of another commune
        assertThat(outcomes).containsExactly(
                Map.entry("request", "201 201 403 403 403"),
                Map.entry("list", "200 200 200 200 403"),
                // another commune's request answers as one that does not exist (404), so ids tell nothing
                Map.entry("read", "200 200 200 200 404"),
                Map.entry("answer", "200 200 403 200 404"),
                Map.entry("accept", "200 200 403 403 403"),
                Map.entry("return", "200 200 403 403 403"));
    }

    @Test
    void anotherCommunesRequestAndAMissingOneAnswerAlike() throws Exception {
        long id = json.readTree(send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE)).body())
                .get("id").asLong();
        HttpResponse<String> other = send("GET", "/api/v1/explanations/" + id, OTHER_EDITOR, null);
        HttpResponse<String> missing = send("GET", "/api/v1/explanations/" + (id + 1000), OTHER_EDITOR, null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(missing.body());
        HttpResponse<String> answerOther = send("POST", "/api/v1/explanations/" + id + "/answer", OTHER_EDITOR, ANSWER);
        HttpResponse<String> answerMissing = send("POST", "/api/v1/explanations/" + (id + 1000) + "/answer",
                OTHER_EDITOR, ANSWER);
        assertThat(answerOther.statusCode()).isEqualTo(404);
        assertThat(answerOther.body()).isEqualTo(answerMissing.body());
    }

    @Test
    void anEditorListsOnlyTheirCommune() throws Exception {
        send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted(COMMUNE));
        send("POST", "/api/v1/explanations", BOARD, REQUEST.formatted("phuong-tan-ninh"));

        JsonNode mine = json.readTree(send("GET", "/api/v1/explanations", EDITOR, null).body());
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("communeCode").asString()).isEqualTo(COMMUNE);
        assertThat(json.readTree(send("GET", "/api/v1/explanations?state=REQUESTED&target=T2", LEADER, null).body()))
                .hasSize(2);
        assertError(send("GET", "/api/v1/explanations?commune=xa-khong-co", LEADER, null), 400, "commune", null);
    }

    private void assertError(HttpResponse<String> response, int status, String parameter, String message)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("message").asString()).isNotBlank();
        if (parameter != null) {
            assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        }
        if (message != null) {
            assertThat(error.get("message").asString()).isEqualTo(message);
        }
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM explanation", Long.class);
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        return ApiCalls.send(port, method, path, credentials, body);
    }
}
