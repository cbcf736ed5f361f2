package vn.tayninh.dashboard.timeline.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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

/**
 * Notes on the timeline over real HTTP with the demo accounts: the board records and deletes, everyone reads, a
 * commune editor and a leader are refused whatever they send, bad input is a 400 naming each field in Vietnamese,
 * a stale version a 409, and each change is in the audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class TimelineNoteApiTest {

    static final String BOARD = "bantochuc:demo123";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM timeline_note");
        jdbc.update("DELETE FROM audit_entry");
    }

    @Test
    void theBoardRecordsReadsAndDeletesNotes() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/timeline-notes", BOARD,
                "{\"date\": \"2025-07-01\", \"title\": \" Sáp nhập đơn vị hành chính \"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode note = json.readTree(created.body());
        assertThat(note.get("title").asString()).isEqualTo("Sáp nhập đơn vị hành chính");
        assertThat(note.get("commune").isNull()).isTrue();
        HttpResponse<String> commune = send("POST", "/api/v1/timeline-notes", "admin:demo123",
                "{\"date\": \"2026-03-15\", \"title\": \"Khai giảng lớp bồi dưỡng nguồn\", \"commune\": \"phuong-tan-ninh\"}");
        assertThat(commune.statusCode()).isEqualTo(201);

        JsonNode all = json.readTree(send("GET", "/api/v1/timeline-notes", "phuong-tan-ninh:demo123", null).body());
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(1).get("commune").asString()).isEqualTo("phuong-tan-ninh");
        assertThat(all.get(1).get("createdBy").asString()).isEqualTo("admin");

        long id = note.get("id").asLong();
        long version = note.get("version").asLong();
        HttpResponse<String> stale = send("DELETE", "/api/v1/timeline-notes/" + id + "?version=" + (version + 1), BOARD, null);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(send("DELETE", "/api/v1/timeline-notes/" + id + "?version=" + version, BOARD, null).statusCode())
                .isEqualTo(204);
        assertThat(send("DELETE", "/api/v1/timeline-notes/" + id + "?version=" + version, BOARD, null).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_note", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ' ', actor) FROM audit_entry WHERE entity = 'NOTE' ORDER BY id",
                String.class)).containsExactly("CREATE bantochuc", "CREATE admin", "DELETE bantochuc");
    }

    @Test
    void editorsAndLeadersMayNotRecordNotes() throws Exception {
        for (String user : new String[] {"phuong-tan-ninh:demo123", "lanhdao:demo123"}) {
            HttpResponse<String> refused = send("POST", "/api/v1/timeline-notes", user,
                    "{\"date\": \"2026-03-15\", \"title\": \"Khai giảng\", \"commune\": \"phuong-tan-ninh\"}");
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_note", Integer.class)).isZero();
    }

    @Test
    void badInputNamesEachField() throws Exception {
        HttpResponse<String> bad = send("POST", "/api/v1/timeline-notes", BOARD,
                "{\"date\": \"2019-01-01\", \"title\": \"" + "x".repeat(201) + "\", \"commune\": \"xa-khong-co\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"date\"").contains("Ngày phải từ 01/01/2024 đến 31/12/2035")
                .contains("\"title\"").contains("Tối đa 200 ký tự")
                .contains("\"commune\"").contains("Không có xã, phường mã xa-khong-co");
        HttpResponse<String> empty = send("POST", "/api/v1/timeline-notes", BOARD, "{\"title\": \" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Bắt buộc nhập");
        for (String control : new String[] {"\\u0000", "\\u001b", "\\u0007", "\\n"}) {
            HttpResponse<String> refused = send("POST", "/api/v1/timeline-notes", BOARD,
                    "{\"date\": \"2026-06-01\", \"title\": \"Họp" + control + "tỉnh\"}");
            assertThat(refused.statusCode()).as(control).isEqualTo(400);
            assertThat(refused.body()).contains("\"title\"").contains("Chỉ được một dòng chữ in được");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM timeline_note", Integer.class)).isZero();
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body) throws Exception {
        return ApiCalls.send(port, method, path, credentials, body);
    }
}
