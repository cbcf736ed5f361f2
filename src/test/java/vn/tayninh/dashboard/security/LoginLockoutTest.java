package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    TransactionTemplate transactions;

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

    private int status(String credentials) throws Exception {
        return BasicAuthProbe.status(port, credentials);
    }
}
