package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;

/**
 * A person's own account: a password the administrator chose must be replaced, the current password is required and
 * counted like a sign-in, the rules are the administrator's, and the e-mail address and language are kept and audited.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class OwnAccountTest {

    @Autowired
    OwnAccount own;
    @Autowired
    UserAdministration administration;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPasswordTheAdministratorChoseMustBeReplacedByTheHolder() {
        AppUser leader = TestUsers.callAs(Role.ADMIN, null, () -> administration.create(new AccountForm("lanh.dao.moi",
                "Lãnh đạo mới", Role.LEADER, null, "Sen-hong-2026")));
        assertThat(as(leader, own::mustChangePassword)).isTrue();
        long stampBefore = leader.getSecurityStamp();

        as(leader, () -> {
            own.changePassword("Sen-hong-2026", "Cau-Sai-Gon-77", "Cau-Sai-Gon-77");
            return null;
        });

        AppUser stored = users.findById(leader.getId()).orElseThrow();
        assertThat(as(stored, own::mustChangePassword)).isFalse();
        assertThat(passwordEncoder.matches("Cau-Sai-Gon-77", stored.getPasswordHash())).isTrue();
        assertThat(stored.getSecurityStamp()).isEqualTo(stampBefore + 1);
        assertThat(jdbc.queryForList("SELECT new_value FROM audit_entry WHERE entity = 'USER' AND field = 'password'"
                + " AND entity_id = ?", String.class, leader.getId())).containsExactly("đã đổi bởi chính người dùng");

        TestUsers.callAs(Role.ADMIN, null, () -> {
            administration.resetPassword(leader.getId(), "Sen-trang-2026");
            return null;
        });
        assertThat(as(stored, own::mustChangePassword)).isTrue();
    }

    @Test
    void theSessionMakingTheChangeTakesTheNewStamp() {
        AppUser leader = account();
        as(leader, () -> {
            own.changePassword("Sen-hong-2026", "Cau-Sai-Gon-77", "Cau-Sai-Gon-77");
            AppUserDetails principal = (AppUserDetails) SecurityContextHolder.getContext().getAuthentication()
                    .getPrincipal();
            assertThat(principal.securityStamp()).isEqualTo(users.findById(leader.getId()).orElseThrow()
                    .getSecurityStamp());
            return null;
        });
    }

    @Test
    void everyRuleIsNamedAtItsFieldAndNothingChanges() {
        AppUser leader = account();
        String hash = leader.getPasswordHash();

        assertRefused(leader, "", "Cau-Sai-Gon-77", "Cau-Sai-Gon-77", tuple("current", "Bắt buộc nhập"));
        assertRefused(leader, "sai-mat-khau-1", "Cau-Sai-Gon-77", "Cau-Sai-Gon-77",
                tuple("current", "Mật khẩu hiện tại không đúng"));
        assertRefused(leader, "Sen-hong-2026", "Sen-hong-2026", "Sen-hong-2026",
                tuple("password", "Mật khẩu mới phải khác mật khẩu hiện tại"));
        assertRefused(leader, "Sen-hong-2026", "Cau-Sai-Gon-77", "Cau-Sai-Gon-78",
                tuple("repeated", "Hai lần nhập mật khẩu mới không giống nhau"));
        assertRefused(leader, "Sen-hong-2026", "matkhau2026!", "matkhau2026!", tuple("password",
                "Mật khẩu quá phổ biến, dễ bị đoán (ví dụ: matkhau2026, Admin@12345): hãy chọn mật khẩu khác"));
        assertRefused(leader, "Sen-hong-2026", "ngan1", "ngan1", tuple("password",
                "Mật khẩu có ít nhất 10 ký tự, gồm cả chữ và số, khác tên đăng nhập và mật khẩu mẫu"));

        assertThat(users.findById(leader.getId()).orElseThrow().getPasswordHash()).isEqualTo(hash);
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void fiveWrongCurrentPasswordsLockTheAccountAsFiveWrongSignInsWould() {
        // the attempts are counted in transactions of their own, as at the sign-in: the account is committed first
        AppUser leader = users.saveAndFlush(new AppUser("khoa.thu", passwordEncoder.encode("Sen-hong-2026"), "Khóa Thử",
                Role.LEADER, null));
        for (int i = 0; i < LoginAttempts.MAX_ATTEMPTS; i++) {
            assertRefused(leader, "sai-mat-khau-" + i, "Cau-Sai-Gon-77", "Cau-Sai-Gon-77",
                    tuple("current", "Mật khẩu hiện tại không đúng"));
        }
        assertThatThrownBy(() -> as(leader, () -> {
            own.changePassword("Sen-hong-2026", "Cau-Sai-Gon-77", "Cau-Sai-Gon-77");
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().message())
                .startsWith("Tài khoản bị khóa đến "));
        users.delete(users.findById(leader.getId()).orElseThrow());
    }

    @Test
    void theAddressAndLanguageOfNoticesAreKeptAndAudited() {
        AppUser leader = account();
        assertThatThrownBy(() -> as(leader, () -> {
            own.updateNotices("khong-phai-thu", Translations.ENGLISH, leader.getVersion());
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::field, Problem::message).containsExactly(tuple("email", "Địa chỉ thư điện tử không hợp lệ")));

        as(leader, () -> {
            own.updateNotices(" lanhdao@tayninh.gov.vn ", Translations.ENGLISH, leader.getVersion());
            return null;
        });

        AppUser stored = users.findById(leader.getId()).orElseThrow();
        assertThat(stored.getEmail()).isEqualTo("lanhdao@tayninh.gov.vn");
        assertThat(stored.locale()).isEqualTo(Translations.ENGLISH);
        assertThat(jdbc.queryForList("SELECT CONCAT(field, ' ', COALESCE(old_value, '-'), ' ', new_value) FROM audit_entry"
                + " WHERE entity = 'USER' AND entity_id = ? ORDER BY id", String.class, leader.getId()))
                .containsExactly("email - lanhdao@tayninh.gov.vn", "language vi en");
    }

    private void assertRefused(AppUser user, String current, String next, String repeated, org.assertj.core.groups.Tuple expected) {
        assertThatThrownBy(() -> as(user, () -> {
            own.changePassword(current, next, repeated);
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                .extracting(Problem::field, Problem::message).containsExactly(expected));
    }

    private AppUser account() {
        return users.saveAndFlush(new AppUser("chinh.minh", passwordEncoder.encode("Sen-hong-2026"), "Chính Mình",
                Role.LEADER, null));
    }

    private static <T> T as(AppUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
