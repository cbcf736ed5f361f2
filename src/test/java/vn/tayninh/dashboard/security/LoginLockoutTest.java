package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;

/** Five wrong passwords in a row lock the account for 15 minutes, even with the right password afterwards. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-accounts=true")
@ActiveProfiles("test")
@DirtiesContext
@Import(LoginLockoutTest.Failures.class)
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Failures failures;

    /** Counts, per user, the logins refused after their password was checked. */
    @TestComponent
    static class Failures {
        private final Map<String, AtomicInteger> badPasswords = new ConcurrentHashMap<>();

        @EventListener
        void badPassword(AuthenticationFailureBadCredentialsEvent event) {
            badPasswords.computeIfAbsent(event.getAuthentication().getName(), name -> new AtomicInteger()).incrementAndGet();
        }

        int badPasswords(String user) {
            return badPasswords.getOrDefault(user, new AtomicInteger()).get();
        }

        void clear() {
            badPasswords.clear();
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        assertThat(status("lanhdao:demo123")).isEqualTo(200);
        for (int i = 1; i <= 4; i++) {
            assertThat(status("lanhdao:sai-mat-khau")).isEqualTo(401);
        }
        assertThat(users.findByUsername("lanhdao").orElseThrow().getFailedAttempts()).isEqualTo(4);
        assertThat(status("lanhdao:sai-mat-khau")).isEqualTo(401);

        AppUser locked = users.findByUsername("lanhdao").orElseThrow();
        assertThat(locked.getLockedUntil()).isEqualTo(FixedClockConfig.NOW.plus(Duration.ofMinutes(15)));
        assertThat(status("lanhdao:demo123")).as("locked: even the right password is refused").isEqualTo(401);
        assertThat(status("bantochuc:demo123")).as("other accounts are not affected").isEqualTo(200);

        // fifteen minutes later (the lock lies in the past) the right password works and clears the count
        transactions.executeWithoutResult(tx -> users.findByUsername("lanhdao").orElseThrow()
                .lockUntil(FixedClockConfig.NOW.minusSeconds(1)));
        assertThat(status("lanhdao:demo123")).isEqualTo(200);
        assertThat(users.findByUsername("lanhdao").orElseThrow().getFailedAttempts()).isZero();
    }

    /**
     * Twenty wrong passwords at once: each is refused with 401 (never 500), and only five are checked against the
     * stored hash before the account is locked; the other fifteen are refused as locked without a check.
     */
    @Test
    void concurrentWrongPasswordsCheckAtMostFiveBeforeTheLock() throws Exception {
        failures.clear();
        int guesses = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(guesses)) {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                pending.add(threads.submit(() -> {
                    start.await();
                    return indicators("xa-hung-dien:sai-mat-khau");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(401);
        assertThat(failures.badPasswords("xa-hung-dien")).as("guesses checked against the password").isEqualTo(5);
        assertThat(answers).filteredOn(answer -> answer.body().equals("{\"errors\":[{\"message\":\"Tài khoản bị "
                + "khóa đến 10:15 22/11/2026 sau nhiều lần nhập sai mật khẩu\"}]}")).as("refused as locked").hasSize(15);
        assertThat(users.findByUsername("xa-hung-dien").orElseThrow().getLockedUntil())
                .isEqualTo(FixedClockConfig.NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void manyCallsWithTheRightPasswordAtTheSameMomentLockNothing() throws Exception {
        // thirty scripts of one account starting together (measured under load on MariaDB: the account was locked
        // because every call counted an attempt before the first success was remembered)
        int calls = 30;
        CountDownLatch start = new CountDownLatch(1);
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(calls)) {
            List<Future<HttpResponse<String>>> pending = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                pending.add(threads.submit(() -> {
                    start.await();
                    return indicators("lanhdao:demo123");
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : pending) {
                answers.add(answer.get());
            }
        }
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(users.findByUsername("lanhdao").orElseThrow().getLockedUntil()).isNull();
    }

    @Test
    void aLockedAccountIsToldUntilWhenInVietnamese() throws Exception {
        transactions.executeWithoutResult(tx -> users.findByUsername("admin").orElseThrow()
                .lockUntil(FixedClockConfig.NOW.plus(Duration.ofMinutes(15))));

        HttpResponse<String> answer = indicators("admin:demo123");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Realm\"");
        assertThat(answer.body()).isEqualTo("{\"errors\":[{\"message\":\"Tài khoản bị khóa đến 10:15 22/11/2026 "
                + "sau nhiều lần nhập sai mật khẩu\"}]}");
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        AppUser user = new AppUser("thu", "{noop}x", "Thử", Role.LEADER, null);
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        for (int i = 0; i < 4; i++) {
            user.loginFailed(now, 5, Duration.ofMinutes(15));
        }
        user.loginSucceeded();
        user.loginFailed(now, 5, Duration.ofMinutes(15));
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedAttempts()).isEqualTo(1);
    }

    private HttpResponse<String> indicators(String credentials) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/indicators"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private int status(String credentials) throws Exception {
        return BasicAuthProbe.status(port, credentials);
    }
}
