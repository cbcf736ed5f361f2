package vn.tayninh.dashboard.roster.api;

import vn.tayninh.dashboard.FixedClockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.MultipartRoster;
import vn.tayninh.dashboard.position.Position;

/**
 * The roster endpoints over real HTTP with the demo accounts (password demo123). Production mode, as in
 * SecurityHttpTest: no page is rendered, so the frontend bundle is not needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class RosterApiTest {

    private static final String HEADER = "commune_code,full_name,gender,birth_date,ethnicity,education,"
            + "political_theory,stem,bloc,titles,committee,planned_key_title,planned_committee,source_pool,"
            + "llct_advanced_trained,studying_for,study_end,llct_studying_for,llct_study_end,rating_2026";
    private static final String HUNG_DIEN_ROW = "xa-hung-dien,Nguyễn Thị Ánh Tuyết,NU,1988-04-30,Khmer,THAC_SI,"
            + "TRUNG_CAP,true,DANG_DOAN_THE,PHO_BI_THU_TT;CT_HDND,BTV,false,true,false,true,TIEN_SI,2029-06-30,"
            + "CU_NHAN_CAO_CAP,2027-12-15,HTXS";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    /** Room for every title and seat in the communes these tests import into. */
    @BeforeEach
    void approveSeats() {
        for (String commune : List.of("xa-hung-dien", "xa-vinh-thanh", "xa-thanh-hoa", "phuong-tan-ninh")) {
            for (Position position : Position.values()) {
                jdbc.update("""
                        INSERT INTO approved_seat (commune_id, position_code, seats)
                        SELECT id, ?, 9 FROM commune c WHERE c.code = ? AND NOT EXISTS (
                            SELECT 1 FROM approved_seat s WHERE s.commune_id = c.id AND s.position_code = ?)""",
                        position.name(), commune, position.name());
            }
        }
    }

    @Test
    void aHostileFileOfTheLargestSizeIsRefusedAfterTheRowLimitWithTheFirst200Faults() throws Exception {
        long cadres = jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class);
        // 13 faults in every row: full name, gender, birth date, education, political theory, stem, bloc, titles,
        // committee and the four flags
        String wrongRow = "xa-hung-dien,,X,x,,X,X,x,X,X,X,x,x,x,x\n";
        String header = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,"
                + "titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained\n";
        int rows = (19_900_000 - header.length()) / wrongRow.length();
        String file = header + wrongRow.repeat(rows);
        assertThat(rows).isGreaterThan(400_000);

        HttpResponse<String> response = post("/api/v1/import?mode=add&dryRun=true", "admin:demo123", file);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        JsonNode errors = body.get("errors");
        assertThat(errors.size()).isEqualTo(200);
        // the reading stops at the first row over the limit, which leads the list
        assertThat(errors.get(0).get("line").asInt()).isEqualTo(50_002);
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("Tệp có quá 50.000 dòng cán bộ; hãy chia thành nhiều tệp");
        assertThat(List.of(errors.get(1).get("line").asInt(), errors.get(1).get("column").asString(),
                errors.get(1).get("message").asString()))
                .containsExactly(2, "full_name", "Họ tên phải có từ 1 đến 120 ký tự");
        assertThat(errors.get(199).get("line").asInt()).isEqualTo(17);
        assertThat(body.get("errorCount").asLong()).isEqualTo(50_000L * 13 + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class)).isEqualTo(cadres);

        // the server goes on answering
        assertThat(get("/api/v1/roster.csv?commune=xa-hung-dien", "lanhdao:demo123").statusCode()).isEqualTo(200);
    }

    @Test
    void everyCallNeedsCredentials() throws Exception {
        String file = HEADER + "\n" + HUNG_DIEN_ROW.replace("xa-hung-dien", "xa-vinh-thanh");
        assertThat(get("/api/v1/roster.csv", null).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/import?mode=add", null, file).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/import", "admin:wrong", file).statusCode()).isEqualTo(401);
        assertThat(cadresIn("xa-vinh-thanh")).isZero();
    }

    @Test
    void anEditorImportsTheirCommuneAndAnyoneReadsItBackWithItsDiacritics() throws Exception {
        HttpResponse<String> imported = post("/api/v1/import?mode=replace", "xa-hung-dien:demo123",
                "\uFEFF" + HEADER + "\r\n" + HUNG_DIEN_ROW + "\r\n");

        assertThat(imported.statusCode()).isEqualTo(200);
        assertThat(imported.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode result = json.readTree(imported.body());
        assertThat(result.get("mode").asString()).isEqualTo("REPLACE");
        assertThat(result.get("committed").asBoolean()).isTrue();
        assertThat(result.get("added").asLong()).isEqualTo(1);
        assertThat(result.get("communes").get(0).get("communeCode").asString()).isEqualTo("xa-hung-dien");

        HttpResponse<String> roster = get("/api/v1/roster.csv?commune=xa-hung-dien", "lanhdao:demo123");

        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(roster.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"can-bo-xa-hung-dien-" + FixedClockConfig.TODAY + ".csv\"");
        assertThat(roster.body()).isEqualTo(HEADER + "\r\n" + HUNG_DIEN_ROW + "\r\n");

        HttpResponse<String> province = get("/api/v1/roster.csv", "bantochuc:demo123");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.body()).contains("Nguyễn Thị Ánh Tuyết");
        assertThat(province.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("can-bo-tay-ninh-"));
    }

    @Test
    void aDryRunTellsWhatWouldChangeAndWritesNothing() throws Exception {
        HttpResponse<String> response = post("/api/v1/import?mode=replace&dryRun=true", "bantochuc:demo123",
                HEADER + "\n" + HUNG_DIEN_ROW.replace("xa-hung-dien", "xa-vinh-thanh"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.get("committed").asBoolean()).isFalse();
        assertThat(result.get("added").asLong()).isEqualTo(1);
        assertThat(cadresIn("xa-vinh-thanh")).isZero();
    }

    @Test
    void aBadFileIsRefusedWithEveryLineAndColumn() throws Exception {
        long cadres = jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class);
        HttpResponse<String> response = post("/api/v1/import?mode=add", "admin:demo123", HEADER + "\n"
                + HUNG_DIEN_ROW.replace(",NU,", ",NỮ,") + "\n"
                + HUNG_DIEN_ROW + "\n"
                + HUNG_DIEN_ROW.replace("1988-04-30", "30/04/1988").replace(",BTV,", ",UV,") + "\n");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> tuple(e.get("line").asInt(), e.get("column").asString(),
                e.get("message").asString())).toList()).containsExactly(
                tuple(2, "gender", "Giới tính phải là NAM hoặc NU"),
                tuple(4, "birth_date", "Ngày sinh phải có dạng YYYY-MM-DD: 30/04/1988"),
                tuple(4, "committee", "Cấp ủy phải là NONE, BCH hoặc BTV: UV"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cadre", Long.class)).isEqualTo(cadres);
    }

    @Test
    void leadersMayNotImportAndEditorsOnlyTheirOwnCommune() throws Exception {
        HttpResponse<String> leader = post("/api/v1/import", "lanhdao:demo123", HEADER + "\n" + HUNG_DIEN_ROW);
        assertThat(leader.statusCode()).isEqualTo(403);
        assertThat(message(leader)).isEqualTo("Vai trò của bạn không được nhập danh sách cán bộ");

        HttpResponse<String> editor = post("/api/v1/import", "phuong-tan-ninh:demo123",
                HEADER + "\n" + HUNG_DIEN_ROW.replace("xa-hung-dien", "phuong-tan-ninh") + "\n" + HUNG_DIEN_ROW);
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(message(editor)).endsWith("tệp có đơn vị khác: xa-hung-dien");
        assertThat(cadresIn("phuong-tan-ninh")).isZero();
    }

    @Test
    void anEditorDownloadsOnlyTheirOwnCommunesRoster() throws Exception {
        post("/api/v1/import?mode=replace", "bantochuc:demo123", HEADER + "\n" + HUNG_DIEN_ROW + "\n"
                + HUNG_DIEN_ROW.replace("xa-hung-dien", "xa-thanh-hoa").replace("Ánh Tuyết", "Thu Trang"));

        HttpResponse<String> own = get("/api/v1/roster.csv?commune=xa-hung-dien", "xa-hung-dien:demo123");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(HEADER + "\r\n" + HUNG_DIEN_ROW + "\r\n");

        HttpResponse<String> province = get("/api/v1/roster.csv", "xa-hung-dien:demo123");
        assertThat(province.statusCode()).isEqualTo(403);
        assertThat(province.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(province.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(message(province)).isEqualTo("Cán bộ xã, phường chỉ được tải danh sách cán bộ của đơn vị mình");

        HttpResponse<String> other = get("/api/v1/roster.csv?commune=xa-thanh-hoa", "xa-hung-dien:demo123");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(message(other)).isEqualTo("Cán bộ xã, phường chỉ được tải danh sách cán bộ của đơn vị mình");
        assertThat(other.body()).doesNotContain("Thu Trang");
    }

    @Test
    void badParametersAreRefusedInVietnamese() throws Exception {
        HttpResponse<String> mode = post("/api/v1/import?mode=merge", "admin:demo123", HEADER + "\n" + HUNG_DIEN_ROW);
        assertThat(mode.statusCode()).isEqualTo(400);
        assertThat(parameterError(mode)).containsExactly("mode", "Chế độ nhập phải là add hoặc replace: merge");

        HttpResponse<String> noFile = send(HttpRequest.newBuilder(uri("/api/v1/import"))
                .header("Authorization", basic("admin:demo123")).header("X-Requested-With", "script")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(parameterError(noFile).getFirst()).isEqualTo("file");

        HttpResponse<String> commune = get("/api/v1/roster.csv?commune=xa-khong-co", "lanhdao:demo123");
        assertThat(commune.statusCode()).isEqualTo(400);
        assertThat(parameterError(commune)).containsExactly("commune", "Mã xã, phường không tồn tại: xa-khong-co");

        HttpResponse<String> date = get("/api/v1/roster.csv?asOf=01/06/2026", "lanhdao:demo123");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(parameterError(date)).containsExactly("asOf", "Ngày số liệu (asOf) phải có dạng YYYY-MM-DD: 01/06/2026");
    }

    private long cadresIn(String commune) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE m.code = ?",
                Long.class, commune);
    }

    private String message(HttpResponse<String> response) {
        return json.readTree(response.body()).get("errors").get(0).get("message").asString();
    }

    private List<String> parameterError(HttpResponse<String> response) {
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        return List.of(error.get("parameter").asString(), error.get("message").asString());
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return send(request);
    }

    private HttpResponse<String> post(String path, String credentials, String csv) throws Exception {
        HttpRequest.Builder request = MultipartRoster.post(HttpRequest.newBuilder(uri(path)), "can-bo.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
