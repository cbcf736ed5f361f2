package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aResetPasswordRefusesTheOldOneAtOnce() throws Exception {
        assertThat(status("lanhdao:demo123")).isEqualTo(200);
        assertThat(status("lanhdao:demo123")).isEqualTo(200);

        long id = users.findByUsername("lanhdao").orElseThrow().getId();
        asAdmin(() -> administration.resetPassword(id, "Sen-trang-2026"));

        assertThat(status("lanhdao:demo123")).isEqualTo(401);
        assertThat(status("lanhdao:Sen-trang-2026")).isEqualTo(200);
    }

    @Test
    void aDisabledAccountIsRefusedAtOnce() throws Exception {
        assertThat(status("bantochuc:demo123")).isEqualTo(200);

        AppUser account = users.findByUsername("bantochuc").orElseThrow();
        asAdmin(() -> administration.setEnabled(account.getId(), account.getVersion(), false));

        assertThat(status("bantochuc:demo123")).isEqualTo(401);
    }

    /**
     * A remembered password writes nothing: while another transaction holds the account's row locked, the next
     * call is still answered. Counting an attempt for it would wait for that lock (and fail on a read-only database).
     */
    @Test
    void aRememberedPasswordSignsInWithoutWritingTheAccount() throws Exception {
        assertThat(status("admin:demo123")).isEqualTo(200);
        long id = users.findByUsername("admin").orElseThrow().getId();

        Integer answered = new TransactionTemplate(transactions).execute(status -> {
            jdbc.queryForObject("SELECT id FROM app_user WHERE id = ? FOR UPDATE", Long.class, id);
            try {
                return status("admin:demo123");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(answered).isEqualTo(200);
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
