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
import org.springframework.core.io.ClassPathResource;
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
    /** The export adds the planning column: what the old file's planned-committee flag became. */
    private static final String EXPORT_HEADER = HEADER.replace(",rating_2026", ",planning,rating_2026");
    /** Imported by the board: the flag is an approved entry of 2030–2035 whose seat is not known yet. */
    private static final String HUNG_DIEN_APPROVED = HUNG_DIEN_ROW.replace("2027-12-15,HTXS",
            "2027-12-15,COMMITTEE_UNKNOWN 2030-2035,HTXS");
    /** Imported by the commune's editor: the flag is a proposal, which no file shows before the board approves it. */
    private static final String HUNG_DIEN_PROPOSED = HUNG_DIEN_ROW.replace("BTV,false,true,false,true", "BTV,false,false,false,true")
            .replace("2027-12-15,HTXS", "2027-12-15,,HTXS");

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
                .containsExactly(2, "Họ và tên", "Họ tên phải có từ 1 đến 120 ký tự");
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

        HttpResponse<String> roster = get("/api/v1/roster.csv?commune=xa-hung-dien&form=codes", "lanhdao:demo123");

        assertThat(roster.statusCode()).isEqualTo(200);
        assertThat(roster.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(roster.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"can-bo-xa-hung-dien-" + FixedClockConfig.TODAY + ".csv\"");
        assertThat(roster.body()).isEqualTo(EXPORT_HEADER + "\r\n" + HUNG_DIEN_PROPOSED + "\r\n");

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
                + HUNG_DIEN_ROW.replace(",NU,", ",NỮ GIỚI,") + "\n"
                + HUNG_DIEN_ROW + "\n"
                + HUNG_DIEN_ROW.replace("1988-04-30", "31/04/1988").replace(",BTV,", ",UV,") + "\n");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors.valueStream().map(e -> tuple(e.get("line").asInt(), e.get("column").asString(),
                e.get("message").asString())).toList()).containsExactly(
                tuple(2, "Giới tính", "Giới tính phải là Nam, Nữ (NAM, NU) hoặc để trống"),
                tuple(4, "Ngày sinh", "Ngày sinh phải có dạng dd/MM/yyyy (như 03/02/1985) hoặc YYYY-MM-DD: 31/04/1988"),
                tuple(4, "Cấp ủy", "Cấp ủy phải là Không, Ủy viên BCH hoặc Ủy viên BTV (NONE, BCH, BTV): UV"));
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

        HttpResponse<String> own = get("/api/v1/roster.csv?commune=xa-hung-dien&form=codes", "xa-hung-dien:demo123");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(EXPORT_HEADER + "\r\n" + HUNG_DIEN_APPROVED + "\r\n");

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

        HttpResponse<String> onMatch = post("/api/v1/import?onMatch=merge", "admin:demo123", HEADER + "\n" + HUNG_DIEN_ROW);
        assertThat(onMatch.statusCode()).isEqualTo(400);
        assertThat(parameterError(onMatch))
                .containsExactly("onMatch", "Cách xử lý dòng trùng phải là skip, update hoặc add: merge");

        HttpResponse<String> form = get("/api/v1/roster.xlsx?form=excel", "lanhdao:demo123");
        assertThat(form.statusCode()).isEqualTo(400);
        assertThat(parameterError(form)).containsExactly("form", "Dạng tệp phải là labels hoặc codes: excel");

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

    @Test
    void aWorkbookSavedByLibreOfficeImportsAndTheSameFileAgainIsSkipped() throws Exception {
        byte[] xlsx = new ClassPathResource("datasets/roster-libreoffice.xlsx").getContentAsByteArray();
        HttpResponse<String> first = post("/api/v1/import?mode=add", "xa-hung-dien:demo123", "can-bo.xlsx", xlsx);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode added = json.readTree(first.body());
        assertThat(List.of(added.get("added").asLong(), added.get("matched").asLong())).containsExactly(3L, 0L);
        assertThat(jdbc.queryForList("""
                SELECT c.full_name || ' ' || c.birth_date || ' ' || c.education || ' ' || COALESCE(CAST(c.study_end AS VARCHAR(10)), '-')
                FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE m.code = 'xa-hung-dien'
                AND c.full_name IN ('Nguyễn Văn Hùng', 'Thạch Thị Sa Rươne', 'Lê Văn Tư') ORDER BY c.id""", String.class))
                .containsExactly("Nguyễn Văn Hùng 1975-03-15 THAC_SI 2028-06-30", "Thạch Thị Sa Rươne 1992-11-22 DAI_HOC -",
                        "Lê Văn Tư 1988-01-05 CAO_DANG -");

        // the CSV it was made from (semicolons, Vietnamese headers and labels, dd/MM/yyyy), by default: skipped
        byte[] csv = new ClassPathResource("datasets/roster-libreoffice.csv").getContentAsByteArray();
        HttpResponse<String> preview = post("/api/v1/import?dryRun=true", "xa-hung-dien:demo123", "can-bo.csv", csv);
        JsonNode matched = json.readTree(preview.body());
        assertThat(List.of(matched.get("onMatch").asString(), matched.get("matched").asLong(),
                matched.get("skipped").asLong(), matched.get("added").asLong())).containsExactly("SKIP", 3L, 3L, 0L);
        HttpResponse<String> again = post("/api/v1/import?mode=add&onMatch=update", "xa-hung-dien:demo123",
                "can-bo.csv", csv);
        assertThat(json.readTree(again.body()).get("updated").asLong()).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE m.code = 'xa-hung-dien'
                AND c.full_name IN ('Nguyễn Văn Hùng', 'Thạch Thị Sa Rươne', 'Lê Văn Tư')""", Long.class)).isEqualTo(3);
    }

    @Test
    void theRosterDownloadsAsAWorkbookInTheFormPeopleRead() throws Exception {
        post("/api/v1/import?mode=replace", "bantochuc:demo123", HEADER + "\n"
                + HUNG_DIEN_ROW.replace("xa-hung-dien", "xa-thanh-hoa"));
        HttpResponse<byte[]> xlsx = client.send(HttpRequest.newBuilder(uri("/api/v1/roster.xlsx?commune=xa-thanh-hoa"))
                .header("Authorization", basic("lanhdao:demo123")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"can-bo-xa-thanh-hoa-" + FixedClockConfig.TODAY + ".xlsx\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ngày sinh");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Xã Thạnh Hóa");
            assertThat(sheet.getRow(1).getCell(3).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(1988, 4, 30));
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(3))).isEqualTo("30/04/1988");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(5))).isEqualTo("Thạc sĩ");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(19))).isEqualTo("Cấp ủy (chưa rõ) 2030-2035");
            assertThat(formatter.formatCellValue(sheet.getRow(1).getCell(20))).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        // imported again it replaces the commune's roster with the same
        HttpResponse<String> back = post("/api/v1/import?mode=replace&dryRun=true", "bantochuc:demo123", "back.xlsx",
                xlsx.body());
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(json.readTree(back.body()).get("added").asLong()).isEqualTo(1);
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
        return post(path, credentials, "can-bo.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String credentials, String fileName, byte[] file) throws Exception {
        HttpRequest.Builder request = MultipartRoster.post(HttpRequest.newBuilder(uri(path)), fileName, file);
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
