package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.handler;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import vn.tayninh.dashboard.FixedClockConfig;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.ServletForwardingController;

/**
 * The filter chains as a browser and a script meet them. Production mode, because development mode needs the
 * Vaadin dev server; no page is rendered here, so the missing frontend bundle does not matter. Where the login
 * form needs a CSRF token from a rendered page, MockMvc runs the same filter chain and supplies it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(SecurityHttpTest.WhoAmIController.class)
class SecurityHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/no-such-page", "/api-docs"})
    void anonymousBrowserIsSentToTheLoginPage(String path) throws Exception {
        HttpResponse<String> response = send(path, null);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(url("/login"));
    }

    @Test
    void loginPageIsOpenToAnonymousBrowsers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(handler().handlerType(ServletForwardingController.class));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (var request : List.of(get("/login"), get("/api/v1/communes"))) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy",
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                    .andExpect(header().string("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate"));
        }
    }

    @Test
    void demoAdminSignsInWithTheLoginForm() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("demo123"))
                .andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("demo1234"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void disabledUserCannotSignIn() throws Exception {
        account("disabled-leader", user -> user.setEnabled(false));

        mvc.perform(formLogin("/login").user("disabled-leader").password("secret"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(send("/api/whoami", basic("disabled-leader", "secret")).statusCode()).isEqualTo(401);
    }

    @Test
    void lockedUserCannotSignInUntilTheLockEnds() throws Exception {
        account("locked-leader", user -> user.lockUntil(FixedClockConfig.NOW.plus(1, ChronoUnit.HOURS)));
        account("formerly-locked-leader", user -> user.lockUntil(FixedClockConfig.NOW.minus(1, ChronoUnit.HOURS)));

        mvc.perform(formLogin("/login").user("locked-leader").password("secret")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("formerly-locked-leader").password("secret")).andExpect(authenticated());
    }

    @Test
    void apiAcceptsHttpBasicWithoutSessionOrRedirect() throws Exception {
        HttpResponse<String> anonymous = send("/api/whoami", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));

        assertThat(send("/api/whoami", basic("lanhdao", "wrong")).statusCode()).isEqualTo(401);

        HttpResponse<String> signedIn = send("/api/whoami", basic("lanhdao", "demo123"));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).isEqualTo("lanhdao");
        assertThat(signedIn.headers().firstValue("Set-Cookie")).isEmpty();
    }

    private void account(String username, Consumer<AppUser> change) {
        AppUser user = new AppUser(username, passwordEncoder.encode("secret"), username, Role.LEADER, null);
        change.accept(user);
        users.save(user);
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

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Stands in for the API endpoints still to come. */
    @RestController
    static class WhoAmIController {

        @GetMapping("/api/whoami")
        String whoAmI(Principal principal) {
            return principal.getName();
        }
    }
}
