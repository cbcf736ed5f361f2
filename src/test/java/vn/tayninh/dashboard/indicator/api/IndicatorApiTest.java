package vn.tayninh.dashboard.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;

/** The read-only API answers the resolution's baseline from the demo data, and only to a credential. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
class IndicatorApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nothingIsAnsweredWithoutACredential() throws Exception {
        for (String path : new String[] {"/api/v1/indicators", "/api/v1/positions", "/api/v1/communes", "/v3/api-docs"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "lanhdao:wrong").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void indicatorsOfTheProvinceReproduceTheBaseline() throws Exception {
        HttpResponse<String> response = get("/api/v1/indicators", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonNode> byCode = byCode(JSON.readTree(response.body()));
        assertThat(byCode).hasSize(19);
        assertThat(Math.round(byCode.get("T1").get("value").asDouble() * 100)).isEqualTo(99);
        assertThat(Math.round(byCode.get("T2").get("value").asDouble() * 100)).isEqualTo(15);
        JsonNode t2 = byCode.get("T2");
        assertThat(t2.get("population").asString()).isEqualTo("ALL");
        assertThat(t2.get("target").get("min").asDouble()).isEqualTo(0.2);
        assertThat(t2.get("gapPersons").asLong())
                .isEqualTo((long) Math.ceil(0.2 * t2.get("denominator").asLong()) - t2.get("numerator").asLong());
        assertThat(byCode.get("T7d").get("status").asString()).isEqualTo("NO_TARGET");
        assertThat(byCode.get("T7d").get("target").isNull()).isTrue();
        assertThat(byCode.get("T7c").get("target").get("max").asDouble()).isEqualTo(0.1);
    }

    @Test
    void positionsOfTheProvinceAreTheResolutionsTable() throws Exception {
        HttpResponse<String> response = get("/api/v1/positions", "bantochuc:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode seats = JSON.readTree(response.body());
        assertSeats(seats.get("BI_THU"), 96, 96, 0);
        assertSeats(seats.get("PHO_BI_THU_TT"), 96, 95, 1);
        assertSeats(seats.get("CT_HDND"), 96, 96, 0);
        assertSeats(seats.get("PCT_HDND"), 96, 96, 0);
        assertSeats(seats.get("CT_UBND"), 96, 96, 0);
        assertSeats(seats.get("PCT_UBND"), 230, 192, 38);
        assertSeats(seats.get("BCH"), 3006, 2513, 493);
        assertSeats(seats.get("BTV"), 1002, 996, 6);
    }

    @Test
    void oneCommuneAndTheCommuneList() throws Exception {
        HttpResponse<String> indicators = get("/api/v1/indicators?commune=xa-hung-dien&asOf=2026-06-01&year=2025",
                "phuong-tan-ninh:demo123");
        assertThat(indicators.statusCode()).isEqualTo(200);
        assertThat(byCode(JSON.readTree(indicators.body())).get("T8d").get("denominator").asLong()).isEqualTo(1);

        HttpResponse<String> communes = get("/api/v1/communes", "admin:demo123");
        JsonNode list = JSON.readTree(communes.body());
        assertThat(list.size()).isEqualTo(96);
        assertThat(communes.body()).contains("\"name\":\"Xã Hưng Điền\"", "\"border\":true");
    }

    @Test
    void badParametersAreNamedInVietnamese() throws Exception {
        HttpResponse<String> response = get("/api/v1/indicators?asOf=2026-13-01&year=abc", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(response.body()).get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("parameter").asString()).isEqualTo("asOf");
        assertThat(errors.get(0).get("message").asString()).startsWith("Ngày số liệu (asOf) phải có dạng YYYY-MM-DD");
        assertThat(errors.get(1).get("parameter").asString()).isEqualTo("year");

        HttpResponse<String> unknown = get("/api/v1/positions?commune=xa-khong-co", "lanhdao:demo123");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Không có xã, phường với mã xa-khong-co");

        assertThat(get("/api/v1/indicators?asOf=2999-01-01", "lanhdao:demo123").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/indicators?year=1999", "lanhdao:demo123").statusCode()).isEqualTo(400);
    }

    @Test
    void openApiDescribesTheApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/indicators", "/api/v1/positions", "/api/v1/communes");
    }

    private static void assertSeats(JsonNode seats, int approved, int filled, int vacant) {
        assertThat(seats.get("approved").asInt()).isEqualTo(approved);
        assertThat(seats.get("filled").asInt()).isEqualTo(filled);
        assertThat(seats.get("vacant").asInt()).isEqualTo(vacant);
    }

    private static Map<String, JsonNode> byCode(JsonNode list) {
        Map<String, JsonNode> map = new HashMap<>();
        list.forEach(node -> map.put(node.get("code").asString(), node));
        return map;
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return ApiCalls.get(port, path, credentials);
    }
}
