package vn.tayninh.dashboard.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;

/**
 * {@code /api/v1/indicators/compare} on the demo data (baseline frozen on 01/06/2026, today 22/11/2026): its shape,
 * its sides equal to the frozen figures and to {@code /api/v1/indicators}, and its refusals in Vietnamese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
class ComparisonApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LEADER = "lanhdao:demo123";

    @LocalServerPort
    int port;
    @Autowired
    IndicatorEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBaselineComparedWithLiveFigures() throws Exception {
        HttpResponse<String> response = get("/api/v1/indicators/compare?from=2026-06-01", LEADER);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("from").get("date").asString()).isEqualTo("2026-06-01");
        assertThat(body.get("from").get("frozen").asBoolean()).isTrue();
        assertThat(body.get("from").get("ratingYear").asInt()).isEqualTo(2025);
        assertThat(body.get("to").get("date").asString()).isEqualTo("2026-11-22");
        assertThat(body.get("to").get("frozen").asBoolean()).isFalse();
        assertThat(body.get("targets")).hasSize(19);

        JsonNode t2 = byCode(body.get("targets")).get("T2");
        assertThat(t2.get("population").asString()).isEqualTo("ALL");
        for (String side : List.of("from", "to")) {
            assertThat(t2.get(side).propertyNames()).containsExactlyInAnyOrder("numerator", "denominator", "value", "status");
        }
        assertThat(t2.get("contributions")).hasSize(96);
        JsonNode first = t2.get("contributions").get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("commune", "name", "from", "to", "persons", "points");
        assertThat(first.get("persons").asLong())
                .isEqualTo(first.get("to").get("numerator").asLong() - first.get("from").get("numerator").asLong());

        // the frozen side is the frozen baseline, the live side what /api/v1/indicators answers today
        Map<String, TargetResult> frozen = new HashMap<>();
        engine.frozen(LocalDate.of(2026, 6, 1), Scope.province()).targets().forEach(t -> frozen.put(t.code(), t));
        Map<String, JsonNode> live = byCode(JSON.readTree(get("/api/v1/indicators", LEADER).body()));
        for (JsonNode target : body.get("targets")) {
            String code = target.get("code").asString();
            assertSide(target.get("from"), frozen.get(code));
            assertSame(target.get("to"), live.get(code));
            assertContributionsAddUp(target);
        }
        JsonNode t9d = byCode(body.get("targets")).get("T9d");
        assertThat(t9d.get("changePoints").isNull()).isTrue();
        assertThat(t9d.get("changeCount").asLong()).isEqualTo(
                t9d.get("to").get("numerator").asLong() - t9d.get("from").get("numerator").asLong());
        assertThat(t9d.get("contributions")).isEmpty();
    }

    @Test
    void twoPastDatesOfOneCommuneAreCountedAsTheIndicatorsAnswerThem() throws Exception {
        HttpResponse<String> response = get(
                "/api/v1/indicators/compare?from=2026-06-01&to=2026-10-01&commune=xa-hung-dien", "phuong-tan-ninh:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("commune").asString()).isEqualTo("xa-hung-dien");
        assertThat(body.get("to").get("frozen").asBoolean()).isFalse();
        Map<String, JsonNode> atThatDate = byCode(JSON.readTree(
                get("/api/v1/indicators?commune=xa-hung-dien&asOf=2026-10-01", LEADER).body()));
        for (JsonNode target : body.get("targets")) {
            assertSame(target.get("to"), atThatDate.get(target.get("code").asString()));
            assertContributionsAddUp(target);
            if (!target.get("contributions").isEmpty()) {
                assertThat(target.get("contributions")).singleElement()
                        .satisfies(c -> assertThat(c.get("commune").asString()).isEqualTo("xa-hung-dien"));
            }
        }
    }

    @Test
    void badRequestsAreRefusedInVietnamese() throws Exception {
        assertRefused("/api/v1/indicators/compare", "from", "Thiếu tham số from");
        assertRefused("/api/v1/indicators/compare?to=2026-10-01", "from", "Thiếu tham số from");
        assertRefused("/api/v1/indicators/compare?from=2026-13-01", "from", "Ngày phải có dạng YYYY-MM-DD: 2026-13-01");
        assertRefused("/api/v1/indicators/compare?from=2026-06-01&to=01/10/2026", "to",
                "Ngày phải có dạng YYYY-MM-DD: 01/10/2026");
        assertRefused("/api/v1/indicators/compare?from=2026-10-01&to=2026-06-01", "from",
                "Ngày đầu (from) phải trước ngày cuối (to, mặc định là hôm nay): 2026-10-01 không trước 2026-06-01");
        assertRefused("/api/v1/indicators/compare?from=2026-11-22", "from",
                "Ngày đầu (from) phải trước ngày cuối (to, mặc định là hôm nay): 2026-11-22 không trước 2026-11-22");
        assertRefused("/api/v1/indicators/compare?from=2026-06-01&to=2027-01-01", "to",
                "Ngày (to) không được ở tương lai: 2027-01-01");
        assertRefused("/api/v1/indicators/compare?from=1999-12-31", "from", "Ngày (from) quá sớm: 1999-12-31");
        assertRefused("/api/v1/indicators/compare?from=2026-06-01&commune=khong-co", "commune",
                "Không có xã, phường với mã khong-co");
        assertThat(get("/api/v1/indicators/compare?from=2026-06-01", null).statusCode()).isEqualTo(401);
    }

    private void assertRefused(String path, String parameter, String message) throws Exception {
        HttpResponse<String> response = get(path, LEADER);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("parameter").asString()).as(path).isEqualTo(parameter);
        assertThat(error.get("message").asString()).as(path).isEqualTo(message);
    }

    private static void assertSide(JsonNode side, TargetResult expected) {
        assertThat(side.get("numerator").asLong()).as(expected.code()).isEqualTo(expected.numerator());
        assertThat(side.get("denominator").isNull() ? null : side.get("denominator").asLong()).as(expected.code())
                .isEqualTo(expected.denominator());
        assertThat(side.get("value").isNull() ? null : side.get("value").asDouble()).as(expected.code())
                .isEqualTo(expected.value());
        assertThat(side.get("status").asString()).as(expected.code()).isEqualTo(expected.status().name());
    }

    private static void assertSame(JsonNode side, JsonNode indicator) {
        for (String member : List.of("numerator", "denominator", "value", "status")) {
            assertThat(side.get(member)).as(indicator.get("code") + " " + member).isEqualTo(indicator.get(member));
        }
    }

    private static void assertContributionsAddUp(JsonNode target) {
        if (target.get("changePoints").isNull()) {
            assertThat(target.get("contributions")).isEmpty();
            return;
        }
        List<Double> points = new ArrayList<>();
        target.get("contributions").forEach(c -> points.add(c.get("points").asDouble()));
        assertThat(points.stream().mapToDouble(Double::doubleValue).sum()).as(target.get("code").asString())
                .isCloseTo(target.get("changePoints").asDouble(), within(1e-9));
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
