package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * An API client's password, once verified, is remembered for a few minutes to spare bcrypt on every request;
 * the administrator's reset and disable still take effect on the very next request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "app.demo-accounts=true")
@ActiveProfiles("test")
@DirtiesContext
class ApiCredentialsTest {

    @LocalServerPort
    int port;
    @Autowired
    AppUserRepository users;
    @Autowired
    UserAdministration administration;

    @Test
    void aResetPasswordRefusesTheOldOneAtOnce() throws Exception {
        assertThat(status("lanhdao:demo123")).isEqualTo(200);
        assertThat(status("lanhdao:demo123")).isEqualTo(200);

        long id = users.findByUsername("lanhdao").orElseThrow().getId();
        asAdmin(() -> administration.resetPassword(id, "matkhaumoi2026"));

        assertThat(status("lanhdao:demo123")).isEqualTo(401);
        assertThat(status("lanhdao:matkhaumoi2026")).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnce() throws Exception {
        assertThat(status("bantochuc:demo123")).isEqualTo(200);

        AppUser account = users.findByUsername("bantochuc").orElseThrow();
        asAdmin(() -> administration.setEnabled(account.getId(), account.getVersion(), false));

        assertThat(status("bantochuc:demo123")).isEqualTo(401);
    }

    private static void asAdmin(Runnable work) {
        TestUsers.callAs(Role.ADMIN, null, () -> {
            work.run();
            return null;
        });
    }

    private int status(String credentials) throws Exception {
        return BasicAuthProbe.status(port, credentials);
    }
}
