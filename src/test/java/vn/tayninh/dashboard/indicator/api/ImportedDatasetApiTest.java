package vn.tayninh.dashboard.indicator.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.MultipartRoster;

/**
 * A roster built by hand (datasets/hand-made-roster.csv), imported through the API into an empty database,
 * gives back through the API exactly the values docs/indicators.md defines, counted by hand on 22/11/2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
class ImportedDatasetApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importedRosterGivesTheDefinedValues() throws Exception {
        // the board approves the seats the file fills, as an import must stay within them
        for (String seat : List.of("xa-hung-dien/BI_THU/1", "xa-hung-dien/CT_HDND/1", "xa-hung-dien/PCT_UBND/1",
                "xa-hung-dien/BCH/3", "xa-hung-dien/BTV/2", "phuong-tan-ninh/CT_UBND/1", "phuong-tan-ninh/BCH/1")) {
            String[] part = seat.split("/");
            HttpResponse<String> approved = http.send(request("/api/v1/communes/" + part[0] + "/seats/" + part[1])
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"seats\":" + part[2] + ",\"version\":0}")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        }
        HttpResponse<String> imported = upload(new ClassPathResource("datasets/hand-made-roster.csv").getContentAsByteArray());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> response = get("/api/v1/indicators?year=2025");
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, JsonNode> t = new HashMap<>();
        JSON.readTree(response.body()).forEach(node -> t.put(node.get("code").asString(), node));

        expect(t.get("T1"), 5, 6, "BEHIND", 1);
        expect(t.get("T2"), 2, 6, "MET", 0);
        expect(t.get("T3"), 2, 3, "BEHIND", 1);
        expect(t.get("T4"), 2, 2, "MET", 0);
        expect(t.get("T5"), 5, 6, "BEHIND", 1);
        expect(t.get("T6"), 3, 5, "NOT_MET", 2);
        expect(t.get("T7a"), 2, 3, "MET", 0);   // Lê Thị Bình turns 42 tomorrow
        expect(t.get("T7b"), 1, 3, "MET", 0);
        expect(t.get("T7c"), 2, 3, "BEHIND", 0); // above the 5–10 % band
        expect(t.get("T7d"), 0, 3, "NO_TARGET", null);
        expect(t.get("T7e"), 1, 96, "BEHIND", 95);
        expect(t.get("T8a"), 2, 4, "MET", 0);   // Thạch Thị Sa Rươne turned 42 today
        expect(t.get("T8b"), 2, 4, "MET", 0);
        expect(t.get("T8c"), 2, 4, "MET", 0);
        expect(t.get("T8d"), 1, 96, "BEHIND", 95);
        expect(t.get("T8e"), 1, 4, "NO_TARGET", null);
        expect(t.get("T9a"), 1, 2, "BEHIND", 1);
        expect(t.get("T9c"), 0, 2, "BEHIND", 1);
        assertThat(t.get("T9d").get("numerator").asLong()).isZero();
        assertThat(t.get("T9d").get("status").asString()).isEqualTo("BEHIND");
        assertThat(t.get("T9d").get("gapPersons").asLong()).isEqualTo(2);

        JsonNode seats = JSON.readTree(get("/api/v1/positions?commune=xa-hung-dien").body());
        assertThat(seats.get("BI_THU").get("filled").asInt()).isEqualTo(1);
        assertThat(seats.get("CT_HDND").get("filled").asInt()).isEqualTo(1);
        assertThat(seats.get("PCT_UBND").get("filled").asInt()).isEqualTo(1);
        assertThat(seats.get("BCH").get("filled").asInt()).isEqualTo(3); // BTV members sit on the BCH
        assertThat(seats.get("BTV").get("filled").asInt()).isEqualTo(2);
        assertThat(seats.get("CT_UBND").get("filled").asInt()).isZero();
    }

    private static void expect(JsonNode node, long x, long n, String status, Integer gap) {
        String code = node.get("code").asString();
        assertThat(node.get("numerator").asLong()).as(code + " x").isEqualTo(x);
        assertThat(node.get("denominator").asLong()).as(code + " n").isEqualTo(n);
        assertThat(node.get("value").asDouble()).as(code + " value").isEqualTo((double) x / n);
        assertThat(node.get("status").asString()).as(code + " status").isEqualTo(status);
        if (gap == null) {
            assertThat(node.get("gapPersons").isNull()).as(code + " gap").isTrue();
        } else {
            assertThat(node.get("gapPersons").asLong()).as(code + " gap").isEqualTo(gap.longValue());
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> upload(byte[] csv) throws Exception {
        return http.send(MultipartRoster.post(request("/api/v1/import?mode=add"), csv).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Requested-With", "script").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("bantochuc:demo123".getBytes(StandardCharsets.UTF_8)));
    }
}
