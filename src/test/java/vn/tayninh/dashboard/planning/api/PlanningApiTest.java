package vn.tayninh.dashboard.planning.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;

/**
 * Planning over real HTTP with the demo accounts: a commune proposes, the board approves with its decision, the
 * entry counts from the day it takes effect and ends by a proposed exit; 400 naming the member and the rule in
 * Vietnamese in the documented {@code {"errors": […]}} shape, 403 for a role that may not, 409 on a stale version,
 * and every action by every role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class PlanningApiTest {

    static final String COMMUNE = "xa-hung-dien";
    static final String BOARD = "bantochuc:demo123";
    static final String ADMIN = "admin:demo123";
    static final String LEADER = "lanhdao:demo123";
    static final String EDITOR = COMMUNE + ":demo123";
    static final String OTHER_EDITOR = "phuong-tan-ninh:demo123";
    static final String DECISION = """
            {"version": %d, "decisionNumber": "52-QĐ/TU", "decisionDate": "2026-11-20",
             "decisionBody": "Ban Thường vụ Tỉnh ủy"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    private long communeId;
    private int people;

    @BeforeEach
    void commune() {
        communeId = jdbc.queryForObject("SELECT id FROM commune WHERE code = ?", Long.class, COMMUNE);
        // room for every proposal of the matrix: three persons per approved seat
        jdbc.update("DELETE FROM approved_seat WHERE commune_id = ? AND position_code = 'BCH'", communeId);
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'BCH', 99)", communeId);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM audit_entry WHERE entity IN ('PLANNING', 'DISCIPLINE')");
        jdbc.update("DELETE FROM planning_entry WHERE cadre_id IN (SELECT id FROM cadre WHERE full_name LIKE 'API %')");
        jdbc.update("DELETE FROM discipline_record WHERE cadre_id IN (SELECT id FROM cadre WHERE full_name LIKE 'API %')");
        jdbc.update("DELETE FROM cadre WHERE full_name LIKE 'API %'");
        jdbc.update("DELETE FROM approved_seat WHERE commune_id = ? AND position_code = 'BCH'", communeId);
    }

    @Test
    void aCommuneProposesTheBoardApprovesAndTheEntryEndsByAProposedExit() throws Exception {
        long cadre = cadre("API Nguyễn Thị Mai", "NU", "1990-04-04");
        HttpResponse<String> proposed = send("POST", "/api/v1/planning/entries", EDITOR, proposal(cadre, "CT_UBND"));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode entry = json.readTree(proposed.body());
        long id = entry.get("id").asLong();
        assertThat(entry.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(entry.get("termCode").asString()).isEqualTo("2030-2035");
        assertThat(entry.get("cadreName").asString()).isEqualTo("API Nguyễn Thị Mai");
        assertThat(entry.get("proposedBy").asString()).isEqualTo(COMMUNE);

        // the editor cannot approve their own proposal; the board can
        assertError(send("POST", "/api/v1/planning/entries/" + id + "/approve", EDITOR,
                DECISION.formatted(entry.get("version").asLong())), 403, null, null);
        HttpResponse<String> approved = send("POST", "/api/v1/planning/entries/" + id + "/approve", BOARD,
                DECISION.formatted(entry.get("version").asLong()));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        entry = json.readTree(approved.body());
        assertThat(entry.get("state").asString()).isEqualTo("APPROVED");
        assertThat(entry.get("effectiveDate").asString()).isEqualTo("2026-11-20");
        assertThat(entry.get("approvedBy").asString()).isEqualTo("bantochuc");

        JsonNode list = json.readTree(send("GET", "/api/v1/planning/entries?commune=" + COMMUNE, LEADER, null).body());
        assertThat(list).anySatisfy(e -> assertThat(e.get("id").asLong()).isEqualTo(id));
        assertThat(json.readTree(send("GET", "/api/v1/planning/entries?commune=" + COMMUNE + "&asOf=2026-11-19",
                LEADER, null).body())).noneSatisfy(e -> assertThat(e.get("id").asLong()).isEqualTo(id));

        HttpResponse<String> exit = send("POST", "/api/v1/planning/entries/" + id + "/exit", EDITOR,
                "{\"version\": " + entry.get("version").asLong() + ", \"reason\": \"OWN_REQUEST\"}");
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(200);
        entry = json.readTree(exit.body());
        assertThat(entry.get("exitState").asString()).isEqualTo("PROPOSED");
        HttpResponse<String> ended = send("POST", "/api/v1/planning/entries/" + id + "/exit/approve", BOARD, """
                {"version": %d, "decisionNumber": "60-QĐ/TU", "decisionDate": "2026-11-22"}"""
                .formatted(entry.get("version").asLong()));
        assertThat(ended.statusCode()).as(ended.body()).isEqualTo(200);
        entry = json.readTree(ended.body());
        assertThat(entry.get("endDate").asString()).isEqualTo("2026-11-22");
        assertThat(entry.get("endReason").asString()).isEqualTo("OWN_REQUEST");

        JsonNode history = json.readTree(send("GET", "/api/v1/cadres/" + cadre + "/planning", EDITOR, null).body());
        assertThat(history).hasSize(1);
        assertThat(jdbc.queryForList("SELECT DISTINCT action FROM audit_entry WHERE entity = 'PLANNING'", String.class))
                .containsExactlyInAnyOrder("CREATE", "UPDATE", "END");
    }

    @Test
    void refusalsNameTheMemberAndTheRuleInVietnamese() throws Exception {
        long old = cadre("API Trần Văn Lão", "NAM", "1970-01-01");
        assertError(send("POST", "/api/v1/planning/entries", EDITOR, proposal(old, "BCH")), 400, "cadreId",
                "Không đủ tuổi công tác trọn nhiệm kỳ: API Trần Văn Lão nghỉ hưu ngày 01/01/2032, trước ngày kết thúc"
                        + " nhiệm kỳ 2030-2035 (30/06/2035)");
        long young = cadre("API Lê Văn Trẻ", "NAM", "1995-01-01");
        assertError(send("POST", "/api/v1/planning/entries", EDITOR, """
                {"cadreId": %d, "term": "2090-2095", "kind": "PLAN", "title": "BCH"}""".formatted(young)), 400, "term",
                "Không có nhiệm kỳ 2090-2095");
        assertError(send("POST", "/api/v1/planning/entries", EDITOR, """
                {"cadreId": %d, "term": "2030-2035", "kind": "PLAN"}""".formatted(young)), 400, "title",
                "Chưa chọn chức danh quy hoạch cho API Lê Văn Trẻ");
        assertError(send("POST", "/api/v1/cadres/" + young + "/disciplines", EDITOR,
                "{\"kind\": \"KHIEN_TRACH\", \"decisionDate\": \"2026-11-01\", \"decisionNumber\": \"5-QĐ/UBKT\"}"),
                201, null, null);
        assertError(send("POST", "/api/v1/planning/entries", EDITOR, proposal(young, "BCH")), 400, "cadreId",
                "Chưa hết thời hạn sau kỷ luật (QĐ 377-QĐ/TW): API Lê Văn Trẻ bị kỷ luật khiển trách ngày 01/11/2026,"
                        + " chỉ được quy hoạch sau 24 tháng, từ ngày 01/11/2028");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE cadre_id IN (?, ?)", Long.class,
                old, young)).isZero();

        long fine = cadre("API Võ Thị Được", "NU", "1991-01-01");
        JsonNode entry = json.readTree(send("POST", "/api/v1/planning/entries", EDITOR, proposal(fine, "BCH")).body());
        HttpResponse<String> noNumber = send("POST", "/api/v1/planning/entries/" + entry.get("id").asLong() + "/approve",
                BOARD, "{\"version\": " + entry.get("version").asLong() + ", \"decisionDate\": \"2026-11-20\"}");
        assertError(noNumber, 400, "decisionNumber", "Bắt buộc nhập");
        HttpResponse<String> stale = send("POST", "/api/v1/planning/entries/" + entry.get("id").asLong() + "/approve",
                BOARD, DECISION.formatted(entry.get("version").asLong() + 1));
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertError(send("POST", "/api/v1/planning/entries/999999/approve", BOARD, DECISION.formatted(0)), 404, "id",
                null);
    }

    @Test
    void theOldPoolFlagsOfANewRecordBecomeEntriesApprovedForTheBoardProposedForAnEditor() throws Exception {
        String profile = """
                {"fullName": "%s", "gender": "NU", "birthDate": "1991-07-15", "ethnicity": "Kinh",
                 "education": "THAC_SI", "politicalTheory": "TRUNG_CAP", "bloc": "DANG_DOAN_THE",
                 "plannedKeyTitle": true, "sourcePool": true, "startDate": "2025-07-01"}""";
        HttpResponse<String> byBoard = send("POST", "/api/v1/communes/" + COMMUNE + "/cadres", BOARD,
                profile.formatted("API Cờ Của Ban"));
        assertThat(byBoard.statusCode()).as(byBoard.body()).isEqualTo(201);
        HttpResponse<String> byEditor = send("POST", "/api/v1/communes/" + COMMUNE + "/cadres", EDITOR,
                profile.formatted("API Cờ Của Xã"));
        assertThat(byEditor.statusCode()).as(byEditor.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("""
                SELECT c.full_name || ' ' || e.kind || ' ' || COALESCE(e.title, '-') || ' ' || e.state || ' '
                  || COALESCE(CAST(e.effective_date AS VARCHAR(10)), '-')
                FROM planning_entry e JOIN cadre c ON c.id = e.cadre_id WHERE c.full_name LIKE 'API Cờ%'
                ORDER BY c.full_name, e.kind, e.title""", String.class)).containsExactly(
                "API Cờ Của Ban PLAN KEY_UNKNOWN APPROVED 2025-07-01",
                "API Cờ Của Ban SOURCE - APPROVED 2025-07-01",
                "API Cờ Của Xã PLAN KEY_UNKNOWN PROPOSED -",
                "API Cờ Của Xã SOURCE - PROPOSED -");
    }

    @Test
    void everyActionByEveryRole() throws Exception {
        String[] accounts = {ADMIN, BOARD, LEADER, EDITOR, OTHER_EDITOR};
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (String action : new String[] {"propose", "list", "read", "approve", "return", "exit", "approveExit",
                "returnExit", "end", "correct", "terms", "addTerm", "addDiscipline", "disciplines"}) {
            StringBuilder row = new StringBuilder();
            for (String account : accounts) {
                long cadre = cadre("API Cán bộ " + (++people), "NAM", "1986-01-01");
                JsonNode entry = json.readTree(send("POST", "/api/v1/planning/entries", BOARD,
                        proposal(cadre, "BCH")).body());
                long id = entry.get("id").asLong();
                long version = entry.get("version").asLong();
                if (!action.equals("approve") && !action.equals("return") && !action.equals("propose")) {
                    version = json.readTree(send("POST", "/api/v1/planning/entries/" + id + "/approve", BOARD,
                            DECISION.formatted(version)).body()).get("version").asLong();
                }
                if (action.equals("approveExit") || action.equals("returnExit")) {
                    version = json.readTree(send("POST", "/api/v1/planning/entries/" + id + "/exit", BOARD,
                            "{\"version\": " + version + ", \"reason\": \"LEFT\"}").body()).get("version").asLong();
                }
                String entryPath = "/api/v1/planning/entries/" + id;
                long other = cadre("API Cán bộ " + (++people), "NAM", "1987-01-01");
                HttpResponse<String> response = switch (action) {
                    case "propose" -> send("POST", "/api/v1/planning/entries", account, proposal(other, "BCH"));
                    case "list" -> send("GET", "/api/v1/planning/entries?commune=" + COMMUNE, account, null);
                    case "read" -> send("GET", entryPath, account, null);
                    case "approve" -> send("POST", entryPath + "/approve", account, DECISION.formatted(version));
                    case "return" -> send("POST", entryPath + "/return", account,
                            "{\"version\": " + version + ", \"reason\": \"Thiếu hồ sơ\"}");
                    case "exit" -> send("POST", entryPath + "/exit", account,
                            "{\"version\": " + version + ", \"reason\": \"OWN_REQUEST\"}");
                    case "approveExit" -> send("POST", entryPath + "/exit/approve", account, """
                            {"version": %d, "decisionNumber": "61-QĐ/TU", "decisionDate": "2026-11-22"}"""
                            .formatted(version));
                    case "returnExit" -> send("POST", entryPath + "/exit/return", account,
                            "{\"version\": " + version + ", \"reason\": \"Chưa đủ căn cứ\"}");
                    case "end" -> send("POST", entryPath + "/end", account, """
                            {"version": %d, "reason": "STANDARD_NOT_MET", "decisionNumber": "62-QĐ/TU",
                             "decisionDate": "2026-11-22"}""".formatted(version));
                    case "correct" -> send("PUT", entryPath + "/decision", account, """
                            {"version": %d, "decisionNumber": "52A-QĐ/TU", "decisionDate": "2026-11-20"}"""
                            .formatted(version));
                    case "terms" -> send("GET", "/api/v1/planning/terms", account, null);
                    case "addTerm" -> send("POST", "/api/v1/planning/terms", account, """
                            {"code": "K%d", "firstDay": "2040-07-01", "lastDay": "2045-06-30"}""".formatted(people));
                    case "addDiscipline" -> send("POST", "/api/v1/cadres/" + other + "/disciplines", account,
                            "{\"kind\": \"CANH_CAO\", \"decisionDate\": \"2020-01-01\"}");
                    default -> send("GET", "/api/v1/cadres/" + other + "/disciplines", account, null);
                };
                row.append(response.statusCode()).append(' ');
            }
            outcomes.put(action, row.toString().strip());
        }
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'PLANNING_TERM'");
        jdbc.update("DELETE FROM planning_term WHERE code LIKE 'K%'");

        // columns: admin, board, leader, editor of the commune, editor of another commune
        assertThat(outcomes).containsExactly(
                Map.entry("propose", "201 201 403 201 403"),
                Map.entry("list", "200 200 200 200 403"),
                Map.entry("read", "200 200 200 200 403"),
                Map.entry("approve", "200 200 403 403 403"),
                Map.entry("return", "200 200 403 403 403"),
                Map.entry("exit", "200 200 403 200 403"),
                Map.entry("approveExit", "200 200 403 403 403"),
                Map.entry("returnExit", "200 200 403 403 403"),
                Map.entry("end", "200 200 403 403 403"),
                Map.entry("correct", "200 200 403 403 403"),
                Map.entry("terms", "200 200 200 200 200"),
                Map.entry("addTerm", "201 403 403 403 403"),
                Map.entry("addDiscipline", "201 201 403 201 403"),
                Map.entry("disciplines", "200 200 200 200 403"));
    }

    private String proposal(long cadreId, String title) {
        return """
                {"cadreId": %d, "term": "2030-2035", "kind": "PLAN", "title": "%s", "note": "Đủ tiêu chuẩn"}"""
                .formatted(cadreId, title);
    }

    private long cadre(String name, String gender, String birth) {
        jdbc.update("""
                INSERT INTO cadre (commune_id, full_name, gender, birth_date, ethnicity, education, political_theory, stem,
                  bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained, start_date)
                VALUES (?, ?, ?, ?, 'Kinh', 'DAI_HOC', 'TRUNG_CAP', FALSE, 'NHA_NUOC', FALSE, FALSE, FALSE, FALSE,
                  DATE '2025-07-01')""", communeId, name, gender, java.sql.Date.valueOf(birth));
        return jdbc.queryForObject("SELECT MAX(id) FROM cadre WHERE full_name = ?", Long.class, name);
    }

    private void assertError(HttpResponse<String> response, int status, String parameter, String message)
            throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (status < 400) {
            return;
        }
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("message").asString()).isNotBlank();
        if (parameter != null) {
            assertThat(error.get("parameter").asString()).isEqualTo(parameter);
        }
        if (message != null) {
            assertThat(error.get("message").asString()).isEqualTo(message);
        }
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        return ApiCalls.send(port, method, path, credentials, body);
    }
}
