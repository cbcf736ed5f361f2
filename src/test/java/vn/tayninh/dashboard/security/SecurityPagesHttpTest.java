package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages as a real server writes them, Vaadin's index page included (a stand-in {@code index.html} on the test
 * classpath replaces the production bundle's), before and after signing in through the login form: the security
 * headers, the CSRF protection of the login form and the session cookie. Without MockMvc in the same context, whose
 * {@code csrf()} replaces the filter's token repository for every later request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class SecurityPagesHttpTest {

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Pages as a real server writes them (Vaadin's index page included), before and after signing in. */
    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        assertSecurityHeaders(send("/login", null), "/login");
        assertSecurityHeaders(send("/", null), "/ (anonymous)");
        assertSecurityHeaders(send("/api/v1/communes", null), "/api/v1/communes (anonymous)");

        String session = signInThroughTheForm("lanhdao");
        for (String path : List.of("/", "/xa-phuong", "/nhat-ky", "/login")) {
            HttpResponse<String> page = sendWithCookie(path, session);
            assertThat(page.statusCode()).as(path).isIn(200, 302);
            assertSecurityHeaders(page, path);
        }
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefusedAndCreatesNoSession() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo123")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theLoginPageCarriesTheTokenItsFormPostsWith() throws Exception {
        String session = signInThroughTheForm("admin");

        HttpResponse<String> dashboard = sendWithCookie("/", session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> plain = send("/login", null);
        assertThat(sessionCookie(plain)).startsWith("JSESSIONID=")
                .contains("; Path=/", "; HttpOnly", "; SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> proxied = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "canbo.tayninh.gov.vn")
                .header("X-Forwarded-For", "203.0.113.7").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(proxied)).startsWith("JSESSIONID=")
                .contains("; Path=/", "; Secure", "; HttpOnly", "; SameSite=Lax");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private static void assertSecurityHeaders(HttpResponse<String> response, String what) {
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as(what)
                .containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
        assertThat(headers.allValues("Permissions-Policy")).as(what)
                .containsExactly("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        assertThat(headers.allValues("Cache-Control")).as(what)
                .containsExactly("no-cache, no-store, max-age=0, must-revalidate");
    }

    /**
     * Signs in as the browser does: the login page, then its form posted with the CSRF token the page carries
     * (Vaadin writes it into a {@code _csrf} meta tag, which the login form sends as {@code _csrf}). The new
     * session's cookie ({@code JSESSIONID=…}).
     */
    private String signInThroughTheForm(String username) throws Exception {
        HttpResponse<String> loginPage = send("/login", null);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String anonymousSession = sessionCookie(loginPage).split(";")[0];
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(token.find()).as("the login page carries the CSRF token").isTrue();
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(parameter.find()).isTrue();

        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", anonymousSession)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo123&"
                        + parameter.group(1) + "=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValue(url("/"));
        String session = sessionCookie(login).split(";")[0];
        assertThat(session).isNotEqualTo(anonymousSession);
        return session;
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<String> sendWithCookie(String path, String cookie) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
