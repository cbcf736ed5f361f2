package vn.tayninh.dashboard.forecast.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * The projection over HTTP on three hand-made cadres of Xã Hưng Điền (today 22/11/2026): a man born 15/03/1966 who
 * retires on 15/12/2027, a woman studying for a university degree until 30/06/2028, and a record without gender. The
 * exact JSON of T1, the retirements per year and title, and the refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class ForecastApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void roster() {
        long commune = jdbc.queryForObject("SELECT id FROM commune WHERE code = 'xa-hung-dien'", Long.class);
        String insert = """
                INSERT INTO cadre (commune_id, full_name, gender, birth_date, ethnicity, education, political_theory, stem,
                  bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained, start_date, studying_for,
                  study_end) VALUES (?, ?, ?, ?, 'Kinh', ?, 'TRUNG_CAP', FALSE, 'NHA_NUOC', FALSE, FALSE, FALSE, FALSE,
                  DATE '2025-07-01', ?, ?)""";
        jdbc.update(insert, commune, "Nguyễn Văn Một", "NAM", java.sql.Date.valueOf("1966-03-15"), "DAI_HOC", null, null);
        jdbc.update(insert, commune, "Trần Thị Hai", "NU", java.sql.Date.valueOf("1990-01-01"), "CAO_DANG", "DAI_HOC",
                java.sql.Date.valueOf("2028-06-30"));
        jdbc.update(insert, commune, "Lê Ba", null, java.sql.Date.valueOf("1980-01-01"), "DAI_HOC", null, null);
        long first = jdbc.queryForObject("SELECT MIN(id) FROM cadre", Long.class);
        jdbc.update("INSERT INTO position_holding (cadre_id, commune_id, position_code, start_date, decision_number)"
                + " VALUES (?, ?, 'CT_UBND', DATE '2025-07-01', '01-QĐ/TU')", first, commune);
        // written behind the services' back: a new roster version keeps the stored live figures from being used
        jdbc.update("DELETE FROM roster_version WHERE commune_id = ?", commune);
        jdbc.update("INSERT INTO roster_version (commune_id, version) VALUES (?, ?)", commune, System.nanoTime());
    }

    @AfterEach
    void clear() {
        jdbc.update("DELETE FROM position_holding");
        jdbc.update("DELETE FROM annual_rating");
        jdbc.update("DELETE FROM cadre");
    }

    @Test
    void theProjectionOfACommuneTargetByTarget() throws Exception {
        HttpResponse<String> response = get("/api/v1/forecast?commune=xa-hung-dien", "bantochuc:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("commune").asString()).isEqualTo("xa-hung-dien");
        assertThat(body.get("asOf").asString()).isEqualTo("2026-11-22");
        assertThat(body.get("to").asString()).isEqualTo("2030-12-31");
        assertThat(body.get("unprojectable").asLong()).isEqualTo(1);
        assertThat(body.get("targets").has("T6")).isFalse();
        assertThat(body.get("targets").has("T9d")).isFalse();
        assertThat(body.get("targets").get("T1").toString()).isEqualTo("""
                {"today":{"numerator":2,"denominator":3,"status":"BEHIND","gapPersons":1},\
                "projected":{"numerator":2,"denominator":2,"status":"MET","gapPersons":0},\
                "retiring":{"numerator":1,"denominator":1},"trained":1,"agedOut":0,\
                "yearly":[{"date":"2026-12-31","numerator":2,"denominator":3},\
                {"date":"2027-12-31","numerator":1,"denominator":2},\
                {"date":"2028-12-31","numerator":2,"denominator":2},\
                {"date":"2029-12-31","numerator":2,"denominator":2},\
                {"date":"2030-12-31","numerator":2,"denominator":2}]}""");

        // at a chosen date before her degree: she has not reached it yet
        JsonNode early = JSON.readTree(get("/api/v1/forecast?commune=xa-hung-dien&to=2028-06-29",
                "xa-hung-dien:demo123").body());
        assertThat(early.get("targets").get("T1").get("projected").toString())
                .isEqualTo("{\"numerator\":1,\"denominator\":2,\"status\":\"BEHIND\",\"gapPersons\":1}");
        assertThat(early.get("targets").get("T1").get("yearly")).hasSize(5);
    }

    @Test
    void retirementsPerYearAndTitle() throws Exception {
        HttpResponse<String> response = get("/api/v1/forecast/retirements?commune=xa-hung-dien", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode years = JSON.readTree(response.body()).get("years");
        assertThat(years.propertyNames()).containsExactly("2026", "2027", "2028", "2029", "2030");
        assertThat(years.get("2027").get("total").asLong()).isEqualTo(1);
        assertThat(years.get("2027").get("titles").get("CT_UBND").asLong()).isEqualTo(1);
        assertThat(years.get("2027").get("titles").get("BI_THU").asLong()).isZero();
        assertThat(years.get("2026").get("total").asLong()).isZero();
        JsonNode province = JSON.readTree(get("/api/v1/forecast/retirements", "bantochuc:demo123").body());
        assertThat(province.get("commune").isNull()).isTrue();
        assertThat(province.get("years").get("2027").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void refusalsNameTheParameterOrTheRight() throws Exception {
        assertThat(get("/api/v1/forecast", null).statusCode()).isEqualTo(401);
        HttpResponse<String> other = get("/api/v1/forecast?commune=xa-hung-dien", "phuong-tan-ninh:demo123");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/forecast/retirements", "phuong-tan-ninh:demo123").statusCode()).isEqualTo(403);
        HttpResponse<String> past = get("/api/v1/forecast?to=2026-01-01", "bantochuc:demo123");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(past.body()).get("errors").get(0).toString()).isEqualTo(
                "{\"parameter\":\"to\",\"message\":\"Ngày dự báo (to) phải sau ngày số liệu (asOf, 2026-11-22) và không"
                        + " quá năm 2100: 2026-01-01\"}");
        HttpResponse<String> notADate = get("/api/v1/forecast?to=31/12/2030", "bantochuc:demo123");
        assertThat(JSON.readTree(notADate.body()).get("errors").get(0).get("parameter").asString()).isEqualTo("to");
        assertThat(get("/api/v1/forecast?commune=xa-khong-co", "bantochuc:demo123").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> get(String path, String credentials) throws Exception {
        return ApiCalls.get(port, path, credentials);
    }
}
