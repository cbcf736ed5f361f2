package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;

/** Account administration: only the administrator, every rule named, passwords hashed and kept out of the trail. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class UserAdministrationTest {

    @Autowired
    UserAdministration accounts;
    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneService communes;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorCreatesAnEditorBoundToACommuneWithAHashedPassword() {
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();

        AppUser created = asAdmin(() -> accounts.create(new AccountForm(" tanninh.vanthu ", "Nguyễn Văn Thư",
                Role.COMMUNE_EDITOR, tanNinh, "Sen-hong-2026")));

        AppUser stored = users.findByUsername("tanninh.vanthu").orElseThrow();
        assertThat(stored.getId()).isEqualTo(created.getId());
        assertThat(stored.getCommune().getId()).isEqualTo(tanNinh);
        assertThat(stored.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Sen-hong-2026");
        assertThat(passwordEncoder.matches("Sen-hong-2026", stored.getPasswordHash())).isTrue();
        assertThat(jdbc.queryForList("SELECT field, new_value FROM audit_entry WHERE entity = 'USER' ORDER BY id"))
                .extracting(row -> row.get("FIELD") + "=" + row.get("NEW_VALUE"))
                .containsExactly("username=tanninh.vanthu", "displayName=Nguyễn Văn Thư", "role=COMMUNE_EDITOR",
                        "commune=Phường Tân Ninh");
    }

    @Test
    void anEmailAddressIsOptionalCheckedAndAudited() {
        assertThatThrownBy(() -> asAdmin(() -> accounts.create(new AccountForm("co.thu", "Có Thư", Role.LEADER, null,
                "Sen-hong-2026", "khong-phai-thu"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::message)
                        .containsExactly(tuple("email", "Địa chỉ thư điện tử không hợp lệ")));
        AppUser created = asAdmin(() -> accounts.create(new AccountForm("co.thu", "Có Thư", Role.LEADER, null,
                "Sen-hong-2026", " lanhdao@tayninh.gov.vn ")));
        assertThat(created.getEmail()).isEqualTo("lanhdao@tayninh.gov.vn");
        asAdmin(() -> accounts.update(created.getId(), created.getVersion(),
                new AccountForm("co.thu", "Có Thư", Role.LEADER, null, null, "")));
        assertThat(users.findByUsername("co.thu").orElseThrow().getEmail()).isNull();
        assertThat(jdbc.queryForList("SELECT CONCAT(action, ' ', COALESCE(old_value, '-'), ' ', COALESCE(new_value, '-'))"
                + " FROM audit_entry WHERE entity = 'USER' AND field = 'email' ORDER BY id", String.class))
                .containsExactly("CREATE - lanhdao@tayninh.gov.vn", "UPDATE lanhdao@tayninh.gov.vn -");
    }

    @Test
    void everyRuleIsNamedAtItsField() {
        assertThatThrownBy(() -> asAdmin(() -> accounts.create(new AccountForm("Ab", "", Role.COMMUNE_EDITOR, null,
                "demo123"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("username", "displayName", "commune", "password"));
        assertThatThrownBy(() -> asAdmin(() -> accounts.create(new AccountForm("admin", "Người Khác", Role.LEADER, null,
                "chimotchu"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field, Problem::message).containsExactly(
                                tuple("username", "Tên đăng nhập đã có người dùng"),
                                tuple("password", "Mật khẩu có ít nhất 10 ký tự, gồm cả chữ và số, khác tên đăng nhập "
                                        + "và mật khẩu mẫu")));
    }

    @Test
    void disablingResettingAndRebindingAreAuditedAndGuarded() {
        AppUser leader = users.findByUsername("lanhdao").orElseThrow();
        leader.lockUntil(Instant.parse("2030-01-01T00:00:00Z"));
        long version = users.saveAndFlush(leader).getVersion();

        asAdmin(() -> {
            accounts.resetPassword(leader.getId(), "Cau-Sai-Gon-2026");
            return null;
        });
        AppUser reset = users.findByUsername("lanhdao").orElseThrow();
        assertThat(reset.getLockedUntil()).isNull();
        assertThat(passwordEncoder.matches("Cau-Sai-Gon-2026", reset.getPasswordHash())).isTrue();

        assertThatThrownBy(() -> asAdmin(() -> {
            accounts.setEnabled(leader.getId(), version, false);
            return null;
        })).isInstanceOf(EditConflictException.class);
        users.flush();
        asAdmin(() -> {
            accounts.setEnabled(leader.getId(), users.findByUsername("lanhdao").orElseThrow().getVersion(), false);
            return null;
        });
        assertThat(users.findByUsername("lanhdao").orElseThrow().isEnabled()).isFalse();
        assertThat(jdbc.queryForList("SELECT field, old_value, new_value FROM audit_entry WHERE entity = 'USER'"))
                .extracting(row -> row.get("FIELD") + ":" + row.get("OLD_VALUE") + "→" + row.get("NEW_VALUE"))
                .containsExactlyInAnyOrder("password:••••→đã đặt lại", "enabled:true→false");
    }

    @Test
    void onlyTheAdministratorAdministersAccounts() {
        AccountForm form = new AccountForm("nguoi.moi", "Người Mới", Role.LEADER, null, "Sen-hong-2026");
        for (Role role : new Role[] {Role.BOARD, Role.LEADER, Role.COMMUNE_EDITOR}) {
            assertThatThrownBy(() -> TestUsers.callAs(role, role == Role.COMMUNE_EDITOR ? 1L : null,
                    () -> accounts.create(form))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestUsers.callAs(role, null, () -> accounts.findAll()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(users.findByUsername("nguoi.moi")).isEmpty();
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return TestUsers.callAs(Role.ADMIN, null, work);
    }
}
