package vn.tayninh.dashboard.quality.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
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
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.quality.QualityRosters;

/**
 * GET /api/v1/data-quality on the hand-made roster of the quality tests (Tân Ninh: 11 records, 3 without a problem;
 * Hưng Điền: 4, 1): the JSON, the paging of the province's list, bad parameters, and who may read which list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-accounts=true")
@ActiveProfiles("test")
class DataQualityApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommuneService communes;

    private final HttpClient http = HttpClient.newHttpClient();
    private Map<String, Long> ids;
    private Runnable delete;

    @BeforeEach
    void roster() {
        QualityRosters.Written written = QualityRosters.write(jdbc,
                communes.findByCode("phuong-tan-ninh").orElseThrow().getId(),
                communes.findByCode("xa-hung-dien").orElseThrow().getId());
        ids = written.ids();
        delete = written.delete();
    }

    @AfterEach
    void removeRoster() {
        delete.run();
    }

    @Test
    void oneCommunesScoreProblemsAndRecords() throws Exception {
        HttpResponse<String> response = get("/api/v1/data-quality?commune=phuong-tan-ninh&asOf=2026-06-01",
                "phuong-tan-ninh:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("asOf").asString()).isEqualTo("2026-06-01");
        assertThat(body.get("commune").asString()).isEqualTo("phuong-tan-ninh");
        assertThat(body.get("score").get("numerator").asLong()).isEqualTo(3);
        assertThat(body.get("score").get("denominator").asLong()).isEqualTo(11);
        assertThat(body.get("problems").toString()).isEqualTo("{\"MISSING_FIELDS\":2,\"AGE_OUT_OF_RANGE\":2,"
                + "\"STARTED_UNDER_18\":2,\"POSTGRAD_UNDER_22\":2,\"POSSIBLE_DUPLICATE\":3,\"STALE\":2,"
                + "\"PLAN_TITLE_UNKNOWN\":1}");
        assertThat(body.get("totalRecords").asLong()).isEqualTo(8);
        JsonNode tam = null;
        for (JsonNode record : body.get("records")) {
            if (record.get("cadreId").asLong() == ids.get("tam")) {
                tam = record;
            }
        }
        assertThat(tam).isNotNull();
        assertThat(tam.get("communeCode").asString()).isEqualTo("phuong-tan-ninh");
        assertThat(tam.get("fullName").asString()).isEqualTo("Nguyễn Thị Tám");
        assertThat(tam.get("problems").toString()).isEqualTo("[\"MISSING_FIELDS\",\"AGE_OUT_OF_RANGE\","
                + "\"STARTED_UNDER_18\",\"POSTGRAD_UNDER_22\",\"POSSIBLE_DUPLICATE\",\"STALE\",\"PLAN_TITLE_UNKNOWN\"]");
    }

    @Test
    void theProvincesListIsPaged() throws Exception {
        JsonNode first = JSON.readTree(get("/api/v1/data-quality?asOf=2026-06-01&page=0&size=4", "lanhdao:demo123").body());
        JsonNode last = JSON.readTree(get("/api/v1/data-quality?asOf=2026-06-01&page=2&size=4", "lanhdao:demo123").body());
        assertThat(first.get("commune").isNull()).isTrue();
        assertThat(first.get("score").get("numerator").asLong()).isEqualTo(4);
        assertThat(first.get("score").get("denominator").asLong()).isEqualTo(15);
        assertThat(first.get("problems").get("POSSIBLE_DUPLICATE").asLong()).isEqualTo(6);
        assertThat(first.get("totalRecords").asLong()).isEqualTo(11);
        assertThat(first.get("records").size()).isEqualTo(4);
        assertThat(last.get("records").size()).isEqualTo(3);
    }

    @Test
    void anEditorReadsOnlyTheirOwnCommuneAndBadParametersAreNamed() throws Exception {
        for (String path : List.of("/api/v1/data-quality", "/api/v1/data-quality?commune=xa-hung-dien")) {
            HttpResponse<String> refused = get(path, "phuong-tan-ninh:demo123");
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("Tài khoản không có quyền thực hiện thao tác này");
        }
        assertThat(get("/api/v1/data-quality?commune=xa-hung-dien", "bantochuc:demo123").statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/data-quality", null).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = get("/api/v1/data-quality?commune=xa-khong-co&size=0", "lanhdao:demo123");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        assertThat(errors.get(0).get("parameter").asString()).isEqualTo("commune");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("Không có xã, phường với mã xa-khong-co");
        assertThat(errors.get(1).get("parameter").asString()).isEqualTo("size");
        assertThat(get("/api/v1/data-quality?asOf=2026-13-01", "lanhdao:demo123").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return ApiCalls.get(port, path, credentials);
    }
}
