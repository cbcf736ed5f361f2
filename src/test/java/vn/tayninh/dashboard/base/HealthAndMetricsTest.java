package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a load balancer and an operator meet: the accounts exist before the port opens, liveness and readiness answer
 * anyone with nothing but their status, and the Prometheus metrics are an administrator's, or a monitoring server's
 * with an API key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@Import(HealthAndMetricsTest.PortOpening.class)
class HealthAndMetricsTest {

    @LocalServerPort
    int port;
    @Autowired
    PortOpening portOpening;
    @Autowired
    vn.tayninh.dashboard.security.ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoAccountsExistBeforeTheWebServerTakesRequests() {
        // 3 provincial accounts and one editor for each of the 96 communes
        assertThat(portOpening.accountsWhenOpened).isEqualTo(99);
    }

    @Test
    void livenessAndReadinessAnswerWithoutSignInAndShowOnlyTheirStatus() throws Exception {
        for (String probe : new String[] {"liveness", "readiness"}) {
            HttpResponse<String> response = get("/actuator/health/" + probe, null);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void theWholeHealthAndTheMetricsAreForAnAdministrator() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "lanhdao").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/prometheus", "bantochuc").statusCode()).isEqualTo(403);
        assertThat(get("/actuator/health/readiness", "admin").body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void aMonitoringServerScrapesTheMetricsWithAReadOnlyApiKey() throws Exception {
        String key = vn.tayninh.dashboard.security.TestUsers.callAs(vn.tayninh.dashboard.security.Role.ADMIN, null,
                () -> tokens.issue("prometheus", vn.tayninh.dashboard.security.ApiToken.Scope.READ,
                        vn.tayninh.dashboard.FixedClockConfig.TODAY.plusMonths(6))).key();

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active{");
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/prometheus")).header("Authorization", "Bearer tnk_unknown").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void prometheusHasRequestTimingsThePoolAndTheRecountTime() throws Exception {
        // a request through the API counts its figures, so the recount timer and a request timing both have a sample
        assertThat(get("/api/v1/indicators", "lanhdao").statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get("/actuator/prometheus", "admin");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{")
                .contains("hikaricp_connections_active{")
                .containsPattern("indicator_recount_seconds_count\\{[^}]*figures=\"counts\"[^}]*} [1-9]");
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo123").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Counts the accounts at the moment the web server has opened its port. */
    @TestConfiguration
    static class PortOpening implements ApplicationListener<WebServerInitializedEvent> {

        private final JdbcTemplate jdbc;
        volatile long accountsWhenOpened = -1;

        PortOpening(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            accountsWhenOpened = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Long.class);
        }
    }
}
