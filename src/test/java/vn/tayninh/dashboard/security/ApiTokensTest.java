package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.ApiCalls;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.security.ApiToken.Scope;

/**
 * Keys for machines: issued by the administrator only and shown once, stored as a hash; a read-only key reads and
 * cannot write, a read-and-write key writes under its own name in the audit trail; a revoked or expired key is refused
 * at the next call; each call is counted with its time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
class ApiTokensTest {

    private static final String QUOTA = "/api/v1/communes/phuong-tan-ninh/quotas/NHA_NUOC";

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aReadOnlyKeyReadsAndCannotWrite() throws Exception {
        ApiTokens.Issued issued = asAdmin(() -> tokens.issue("ioc-doc", Scope.READ, LocalDate.now(clock).plusMonths(6)));
        assertThat(issued.key()).startsWith("tnk_").hasSize(47);
        assertThat(jdbc.queryForObject("SELECT token_hash FROM api_token WHERE name = 'ioc-doc'", String.class))
                .isEqualTo(ApiTokens.hash(issued.key())).doesNotContain(issued.key().substring(4));

        String bearer = "Bearer " + issued.key();
        assertThat(ApiCalls.get(port, "/api/v1/indicators", bearer).statusCode()).isEqualTo(200);
        assertThat(ApiCalls.get(port, "/api/v1/communes/phuong-tan-ninh/seats", bearer).statusCode()).isEqualTo(200);
        assertThat(ApiCalls.send(port, "PUT", QUOTA, bearer, "{\"quota\": 5, \"version\": 0}").statusCode())
                .isEqualTo(403);

        assertThat(jdbc.queryForMap("SELECT calls, last_used_at FROM api_token WHERE name = 'ioc-doc'"))
                .satisfies(row -> {
                    assertThat(((Number) row.get("CALLS")).longValue()).isEqualTo(3);
                    assertThat(row.get("LAST_USED_AT")).isNotNull();
                });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM staffing_quota q JOIN commune c ON c.id = q.commune_id"
                + " WHERE c.code = 'phuong-tan-ninh'", Integer.class)).isZero();
    }

    @Test
    void aReadAndWriteKeyWritesUnderItsOwnName() throws Exception {
        ApiTokens.Issued issued = asAdmin(() -> tokens.issue("ioc-ghi", Scope.READ_WRITE, LocalDate.now(clock).plusDays(1)));

        HttpResponse<String> written = ApiCalls.send(port, "PUT", QUOTA.replace("phuong-tan-ninh", "xa-hung-dien"),
                "Bearer " + issued.key(),
                "{\"quota\": 5, \"version\": 0}");

        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("SELECT actor FROM audit_entry WHERE entity = 'QUOTA'", String.class))
                .containsExactly("token:ioc-ghi");
    }

    @Test
    void aRevokedAnExpiredOrAnUnknownKeyIsRefusedWithTheReason() throws Exception {
        ApiTokens.Issued issued = asAdmin(() -> tokens.issue("thu-hoi", Scope.READ, LocalDate.now(clock).plusDays(1)));
        String bearer = "Bearer " + issued.key();
        assertThat(ApiCalls.get(port, "/api/v1/indicators", bearer).statusCode()).isEqualTo(200);

        asAdmin(() -> {
            tokens.revoke(issued.token().getId());
            return null;
        });

        HttpResponse<String> refused = ApiCalls.get(port, "/api/v1/indicators", bearer);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).isEqualTo(
                "{\"errors\":[{\"message\":\"Khóa API không hợp lệ, đã hết hạn hoặc đã bị thu hồi\"}]}");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        ApiTokens.Issued expired = asAdmin(() -> tokens.issue("het-han", Scope.READ, LocalDate.now(clock)));
        jdbc.update("UPDATE api_token SET expires_on = ? WHERE name = 'het-han'", LocalDate.now(clock).minusDays(1));
        assertThat(ApiCalls.get(port, "/api/v1/indicators", "Bearer " + expired.key()).statusCode()).isEqualTo(401);
        assertThat(ApiCalls.get(port, "/api/v1/indicators", "Bearer tnk_khong-co-khoa-nay").statusCode())
                .isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT calls FROM api_token WHERE name = 'thu-hoi'", Long.class)).isEqualTo(1);
    }

    @Test
    void onlyTheAdministratorIssuesAndEveryRuleIsNamed() {
        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null,
                () -> tokens.issue("ban-to-chuc", Scope.READ, LocalDate.now(clock).plusDays(1))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAdmin(() -> tokens.issue("Có Dấu", null, LocalDate.now(clock).plusYears(3))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("name", "scope", "expiresOn"));
        asAdmin(() -> tokens.issue("trung-ten", Scope.READ, LocalDate.now(clock).plusDays(1)));
        assertThatThrownBy(() -> asAdmin(() -> tokens.issue("trung-ten", Scope.READ, LocalDate.now(clock).plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::message)
                        .containsExactly(tuple("name", "Tên khóa đã được dùng")));
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return TestUsers.callAs(Role.ADMIN, null, work);
    }
}
