package vn.tayninh.dashboard.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.ApiCalls;

/**
 * Polling with {@code If-None-Match}: the polled reads carry an {@code ETag}; the same read with it is answered 304
 * with no body until something the figures depend on changes — a write to a commune's roster, an audited change (a
 * seat), a freeze — and then 200 with another tag. Errors carry no tag; nobody unsigned gets a 304.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
class FiguresEtagsTest {

    private static final String LEADER = "lanhdao:demo123";
    private static final String BOARD = "bantochuc:demo123";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anUnchangedPollIsAnswered304AndAChangeGivesANewTag() throws Exception {
        for (String path : FiguresEtags.POLLED) {
            HttpResponse<String> first = get(path + "?commune=xa-hung-dien", LEADER, null);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = get(path + "?commune=xa-hung-dien", LEADER, tag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).contains(tag);
            // another query, another person: another representation
            assertThat(get(path, LEADER, tag).statusCode()).as(path).isEqualTo(200);
            assertThat(get(path + "?commune=xa-hung-dien", BOARD, tag).statusCode()).as(path).isEqualTo(200);
        }

        String path = "/api/v1/indicators?commune=xa-hung-dien";
        String tag = get(path, LEADER, null).headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, LEADER, "\"other\", W/" + tag).statusCode()).as("a list, a weak form").isEqualTo(304);

        // a new cadre in another commune: every commune's tag moves (the province's figures did change)
        HttpResponse<String> created = ApiCalls.send(port, "POST", "/api/v1/communes/phuong-tan-ninh/cadres", BOARD, """
                {"fullName":"Nguyễn Thị Thăm Dò","gender":"NU","birthDate":"1990-05-01","ethnicity":"Kinh",\
                "education":"DAI_HOC","politicalTheory":"TRUNG_CAP","bloc":"DANG_DOAN_THE","stem":false,\
                "startDate":"2020-01-01"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> afterWrite = get(path, LEADER, tag);
        assertThat(afterWrite.statusCode()).isEqualTo(200);
        String newTag = afterWrite.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(tag);
        assertThat(get(path, LEADER, newTag).statusCode()).isEqualTo(304);
    }

    @Test
    void errorsCarryNoTagAndNobodyUnsignedGetsA304() throws Exception {
        HttpResponse<String> wrong = get("/api/v1/indicators?asOf=hôm-qua".replace("ô", "%C3%B4"), LEADER, null);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("ETag")).isEmpty();

        String tag = get("/api/v1/indicators", LEADER, null).headers().firstValue("ETag").orElseThrow();
        assertThat(get("/api/v1/indicators", null, tag).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/indicators", "lanhdao:wrong", tag).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/indicators", null, "*").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String credentials, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
