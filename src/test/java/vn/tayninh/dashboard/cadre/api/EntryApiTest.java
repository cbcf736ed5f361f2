package vn.tayninh.dashboard.cadre.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
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
 * Data entry over real HTTP with the demo accounts: the same rights as the screens whatever the request claims,
 * 400 naming each field in Vietnamese, 409 with the current values, and the audit trail readable by the right
 * people only. Editors sign in with their commune's code (password demo123).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@DirtiesContext
class EntryApiTest {

    static final String TAN_NINH = "phuong-tan-ninh";
    static final String EDITOR = TAN_NINH + ":demo123";
    static final String HUNG_DIEN = "xa-hung-dien";
    static final String OTHER_EDITOR = HUNG_DIEN + ":demo123";
    static final String PROFILE = """
            {"fullName": "Huỳnh Thị Thu Trang", "gender": "NU", "birthDate": "1991-07-15", "ethnicity": "Khmer",
             "education": "THAC_SI", "politicalTheory": "TRUNG_CAP", "bloc": "DANG_DOAN_THE",
             "plannedKeyTitle": true, "startDate": "2021-03-01"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void seats() {
        jdbc.update("DELETE FROM approved_seat");
        jdbc.update("""
                INSERT INTO approved_seat (commune_id, position_code, seats)
                SELECT id, 'CT_UBND', 1 FROM commune WHERE code = ?""", TAN_NINH);
    }

    @Test
    void anEditorChangesTheirCommuneAndTheVacancyFiguresFollow() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, PROFILE);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();

        HttpResponse<String> appointed = send("POST", "/api/v1/cadres/" + id + "/appointments", EDITOR,
                "{\"position\": \"CT_UBND\", \"startDate\": \"2026-11-01\", \"decisionNumber\": \"102/QĐ-TU\"}");
        assertThat(appointed.statusCode()).isEqualTo(201);
        assertThat(seats("CT_UBND")).isEqualTo(Map.of("approved", 1, "filled", 1, "vacant", 0));

        JsonNode cadre = json.readTree(send("GET", "/api/v1/cadres/" + id, "lanhdao:demo123", null).body());
        assertThat(cadre.get("profile").get("fullName").asString()).isEqualTo("Huỳnh Thị Thu Trang");
        assertThat(cadre.get("holdings").get(0).get("decisionNumber").asString()).isEqualTo("102/QĐ-TU");

        HttpResponse<String> departed = send("POST", "/api/v1/cadres/" + id + "/departure", EDITOR,
                "{\"endDate\": \"2026-11-20\", \"reason\": \"TRANSFER\", \"version\": " + cadre.get("version").asLong() + "}");
        assertThat(departed.statusCode()).isEqualTo(200);
        assertThat(seats("CT_UBND")).isEqualTo(Map.of("approved", 1, "filled", 0, "vacant", 1));

        JsonNode trail = json.readTree(send("GET", "/api/v1/audit?commune=" + TAN_NINH + "&entity=HOLDING", EDITOR, null).body());
        assertThat(trail.get("total").asLong()).isEqualTo(6);
        assertThat(trail.get("entries").get(0).get("actor").asString()).isEqualTo(TAN_NINH);
    }

    @Test
    void aRecordEnteredByMistakeIsRemovedWithItsReasonAndCountsNoLonger() throws Exception {
        // in Hưng Điền, so that the trail of Tân Ninh the other tests count stays theirs
        jdbc.update("""
                INSERT INTO approved_seat (commune_id, position_code, seats)
                SELECT id, 'CT_UBND', 1 FROM commune WHERE code = ?""", HUNG_DIEN);
        long id = json.readTree(send("POST", "/api/v1/communes/" + HUNG_DIEN + "/cadres", OTHER_EDITOR, PROFILE).body())
                .get("id").asLong();
        assertThat(send("POST", "/api/v1/cadres/" + id + "/appointments", OTHER_EDITOR,
                "{\"position\": \"CT_UBND\", \"startDate\": \"2026-11-01\"}").statusCode()).isEqualTo(201);
        long version = json.readTree(send("GET", "/api/v1/cadres/" + id, OTHER_EDITOR, null).body()).get("version").asLong();

        assertThat(send("POST", "/api/v1/cadres/" + id + "/removal", "phuong-tan-ninh:demo123",
                "{\"note\": \"Nhập trùng\", \"version\": " + version + "}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cadres/" + id + "/removal", "lanhdao:demo123",
                "{\"note\": \"Nhập trùng\", \"version\": " + version + "}").statusCode()).isEqualTo(403);
        HttpResponse<String> noReason = send("POST", "/api/v1/cadres/" + id + "/removal", OTHER_EDITOR,
                "{\"version\": " + version + "}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(noReason.body()).get("errors").get(0);
        assertThat(error.get("parameter").asString()).isEqualTo("removalNote");
        assertThat(error.get("message").asString()).isEqualTo("Ghi lý do xóa, từ 1 đến 500 ký tự");
        assertThat(send("POST", "/api/v1/cadres/" + id + "/departure", OTHER_EDITOR,
                "{\"endDate\": \"2026-11-20\", \"reason\": \"ENTERED_IN_ERROR\", \"version\": " + version + "}")
                .statusCode()).isEqualTo(400);
        assertThat(seats(HUNG_DIEN, "CT_UBND")).isEqualTo(Map.of("approved", 1, "filled", 1, "vacant", 0));

        HttpResponse<String> removed = send("POST", "/api/v1/cadres/" + id + "/removal", OTHER_EDITOR,
                "{\"note\": \"Nhập trùng với hồ sơ đã có\", \"version\": " + version + "}");
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(seats(HUNG_DIEN, "CT_UBND")).isEqualTo(Map.of("approved", 1, "filled", 0, "vacant", 1));
        JsonNode cadre = json.readTree(send("GET", "/api/v1/cadres/" + id, OTHER_EDITOR, null).body());
        assertThat(cadre.get("endReason").asString()).isEqualTo("ENTERED_IN_ERROR");
        assertThat(cadre.get("endDate").asString()).isEqualTo("2021-03-01");
        assertThat(send("POST", "/api/v1/cadres/" + id + "/removal", OTHER_EDITOR,
                "{\"note\": \"lần nữa\", \"version\": " + version + "}").statusCode()).isEqualTo(409);
    }

    @Test
    void anotherCommunesEditorAndALeaderAreRefusedWhateverTheRequestClaims() throws Exception {
        long id = json.readTree(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, PROFILE).body())
                .get("id").asLong();
        Map<String, Object> before = jdbc.queryForMap("SELECT COUNT(*) n, SUM(version) v FROM cadre");

        assertThat(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", OTHER_EDITOR, PROFILE).statusCode()).isEqualTo(403);
        // naming its own commune in the body changes nothing: the stored record's commune decides
        assertThat(send("PUT", "/api/v1/cadres/" + id + "?version=0", OTHER_EDITOR,
                PROFILE.replace("{", "{\"commune\": \"xa-hung-dien\", ")).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/cadres/" + id + "/departure", "lanhdao:demo123",
                "{\"endDate\": \"2026-11-20\", \"reason\": \"OTHER\", \"version\": 0}").statusCode()).isEqualTo(403);
        assertThat(send("PUT", "/api/v1/communes/" + TAN_NINH + "/seats/CT_UBND", EDITOR,
                "{\"seats\": 5, \"version\": 0}").statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/audit?commune=" + TAN_NINH, OTHER_EDITOR, null).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/api/v1/audit", "lanhdao:demo123", null).statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", null, PROFILE).statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForMap("SELECT COUNT(*) n, SUM(version) v FROM cadre")).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT seats FROM approved_seat", Integer.class)).isEqualTo(1);
        assertThat(send("PUT", "/api/v1/communes/" + TAN_NINH + "/quotas/NHA_NUOC", EDITOR,
                "{\"quota\": 60, \"version\": 0}").statusCode()).isEqualTo(403);
        JsonNode quotas = json.readTree(send("GET", "/api/v1/communes/" + TAN_NINH + "/quotas", EDITOR, null).body());
        long quotaVersion = quotas.get("NHA_NUOC").get("version").asLong();
        assertThat(send("PUT", "/api/v1/communes/" + TAN_NINH + "/quotas/NHA_NUOC", "bantochuc:demo123",
                "{\"quota\": 60, \"version\": " + quotaVersion + "}").statusCode()).isEqualTo(200);
        assertThat(json.readTree(send("GET", "/api/v1/communes/" + TAN_NINH + "/quotas", EDITOR, null).body())
                .get("NHA_NUOC").get("quota").asInt()).isEqualTo(60);
        HttpResponse<String> raised = send("PUT", "/api/v1/communes/" + TAN_NINH + "/seats/CT_UBND", "bantochuc:demo123",
                "{\"seats\": 2, \"version\": 0}");
        assertThat(raised.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT seats FROM approved_seat", Integer.class)).isEqualTo(2);
        // a script reads the seats with their versions before changing one
        JsonNode seats = json.readTree(send("GET", "/api/v1/communes/" + TAN_NINH + "/seats", EDITOR, null).body());
        assertThat(seats.get("CT_UBND").toString()).isEqualTo("{\"approved\":2,\"filled\":0,\"version\":1}");
        assertThat(seats.get("BI_THU").toString()).isEqualTo("{\"approved\":0,\"filled\":0,\"version\":0}");
        assertThat(seats.size()).isEqualTo(8);
        assertThat(send("PUT", "/api/v1/communes/" + TAN_NINH + "/seats/CT_UBND", "bantochuc:demo123",
                "{\"seats\": 3, \"version\": 0}").statusCode()).isEqualTo(409);
        assertThat(send("PUT", "/api/v1/communes/" + TAN_NINH + "/seats/CT_UBND", "bantochuc:demo123",
                "{\"seats\": 3, \"version\": " + seats.get("CT_UBND").get("version").asLong() + "}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void anotherCommunesEditorReadsNoPersonOfItAndCannotTellWhichIdsExist() throws Exception {
        long id = json.readTree(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, PROFILE).body())
                .get("id").asLong();
        HttpResponse<String> other = send("GET", "/api/v1/cadres/" + id, OTHER_EDITOR, null);
        HttpResponse<String> missing = send("GET", "/api/v1/cadres/" + (id + 100000), OTHER_EDITOR, null);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(missing.body()).doesNotContain("Huỳnh");
        assertThat(send("GET", "/api/v1/cadres/" + id, EDITOR, null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/v1/cadres/" + id, "lanhdao:demo123", null).statusCode()).isEqualTo(200);
        // the roster file of another commune, as before
        assertThat(send("GET", "/api/v1/roster.csv?commune=" + TAN_NINH, OTHER_EDITOR, null).statusCode())
                .isEqualTo(403);
    }

    @Test
    void trainingInProgressIsEnteredCheckedReadBackAndAudited() throws Exception {
        HttpResponse<String> refused = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR,
                PROFILE.replace("\"startDate\"", "\"studyingFor\": \"THAC_SI\", \"llctStudyingFor\": \"CU_NHAN_CAO_CAP\","
                        + " \"startDate\""));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(refused.body()).get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("parameter").asString()).isEqualTo("studyingFor");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("Trình độ đang học phải là đại học, thạc sĩ hoặc tiến sĩ và cao hơn trình độ chuyên môn hiện có");
        assertThat(errors.get(1).get("parameter").asString()).isEqualTo("studyEnd");
        assertThat(errors.get(2).get("parameter").asString()).isEqualTo("llctStudyEnd");
        assertThat(errors.get(2).get("message").asString()).isEqualTo("Bắt buộc nhập");

        String studying = PROFILE.replace("\"startDate\"", "\"studyingFor\": \"TIEN_SI\", \"studyEnd\": \"2029-06-30\","
                + " \"llctStudyingFor\": \"CU_NHAN_CAO_CAP\", \"llctStudyEnd\": \"2027-12-15\", \"startDate\"");
        HttpResponse<String> created = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, studying);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        JsonNode profile = json.readTree(send("GET", "/api/v1/cadres/" + id, "lanhdao:demo123", null).body()).get("profile");
        assertThat(profile.get("studyingFor").asString()).isEqualTo("TIEN_SI");
        assertThat(profile.get("studyEnd").asString()).isEqualTo("2029-06-30");
        assertThat(profile.get("llctStudyingFor").asString()).isEqualTo("CU_NHAN_CAO_CAP");
        assertThat(profile.get("llctStudyEnd").asString()).isEqualTo("2027-12-15");

        HttpResponse<String> finished = send("PUT", "/api/v1/cadres/" + id + "?version=0", EDITOR,
                PROFILE.replace("THAC_SI", "TIEN_SI").replace("\"startDate\"",
                        "\"llctStudyingFor\": \"CU_NHAN_CAO_CAP\", \"llctStudyEnd\": \"2027-12-15\", \"startDate\""));
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT field || ':' || COALESCE(old_value, '') || '>' || COALESCE(new_value, '')"
                + " FROM audit_entry WHERE entity = 'CADRE' AND entity_id = ? AND action = 'UPDATE' ORDER BY id", String.class, id))
                .containsExactly("education:THAC_SI>TIEN_SI", "studyingFor:TIEN_SI>", "studyEnd:30/06/2029>");
    }

    @Test
    void badInputIsNamedFieldByFieldAndAStaleVersionGetsTheCurrentValues() throws Exception {
        HttpResponse<String> invalid = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR,
                PROFILE.replace("Huỳnh Thị Thu Trang", "").replace("1991-07-15", "2015-01-01"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(invalid.body()).get("errors");
        assertThat(errors.get(0).get("parameter").asString()).isEqualTo("fullName");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Họ và tên phải có từ 1 đến 120 ký tự");
        assertThat(errors.get(1).get("parameter").asString()).isEqualTo("birthDate");

        HttpResponse<String> badCode = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR,
                PROFILE.replace("THAC_SI", "TIEN_SY"));
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badCode.body()).get("errors").get(0).get("parameter").asString()).isEqualTo("education");

        assertThat(send("GET", "/api/v1/cadres/999999", EDITOR, null).statusCode()).isEqualTo(404);

        long id = json.readTree(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, PROFILE).body())
                .get("id").asLong();
        HttpResponse<String> first = send("PUT", "/api/v1/cadres/" + id + "?version=0", EDITOR,
                PROFILE.replace("Khmer", "Chăm"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(first.body()).get("version").asLong()).isEqualTo(1);

        HttpResponse<String> stale = send("PUT", "/api/v1/cadres/" + id + "?version=0", "bantochuc:demo123",
                PROFILE.replace("Khmer", "Hoa"));
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode conflict = json.readTree(stale.body());
        assertThat(conflict.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(conflict.get("currentValues").get("ethnicity").asString()).isEqualTo("Chăm");
        assertThat(jdbc.queryForObject("SELECT ethnicity FROM cadre WHERE id = ?", String.class, id)).isEqualTo("Chăm");
    }

    private Map<String, Integer> seats(String position) throws Exception {
        return seats(TAN_NINH, position);
    }

    private Map<String, Integer> seats(String commune, String position) throws Exception {
        JsonNode all = json.readTree(send("GET", "/api/v1/positions?commune=" + commune, "lanhdao:demo123", null).body());
        JsonNode seats = all.get(position);
        return Map.of("approved", seats.get("approved").asInt(), "filled", seats.get("filled").asInt(),
                "vacant", seats.get("vacant").asInt());
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        return ApiCalls.send(port, method, path, credentials, body);
    }
}
