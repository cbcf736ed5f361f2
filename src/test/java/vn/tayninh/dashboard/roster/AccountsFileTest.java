package vn.tayninh.dashboard.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Many accounts from one file: created through the account form's rules, each with a one-time password that signs
 * in and must be changed; a file with any fault creates nobody; the administrator only.
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@ActiveProfiles("test")
@DirtiesContext
class AccountsFileTest {

    static final String HEADER = "Tên đăng nhập,Họ và tên,Vai trò,\"Xã, phường\",Thư điện tử\n";

    @Autowired
    AccountsFile accountsFile;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'af-%'");
    }

    @Test
    void accountsAreCreatedWithOneTimePasswordsThatMustBeChanged() throws Exception {
        String file = HEADER + "af-tanninh,Cán bộ Tân Ninh,Cán bộ cập nhật của xã,Phường Tân Ninh,tanninh@tayninh.example\n"
                + "af-bantochuc,Nguyễn Văn Ban,BOARD,,\n"
                + "af-lanhdao,Trần Thị Lãnh,Lãnh đạo tỉnh,,\n";
        AccountsFile.Result checked = as(Role.ADMIN, () -> accountsFile.preview(csv(file)));
        assertThat(checked.accounts()).isEqualTo(3);
        assertThat(checked.issued()).isEmpty();
        assertThat(count()).isZero();

        AccountsFile.Result created = as(Role.ADMIN, () -> accountsFile.commit(csv(file)));
        assertThat(created.issued()).extracting(AccountsFile.Issued::username, AccountsFile.Issued::role,
                AccountsFile.Issued::commune).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("af-tanninh", Role.COMMUNE_EDITOR, "Phường Tân Ninh"),
                        org.assertj.core.groups.Tuple.tuple("af-bantochuc", Role.BOARD, ""),
                        org.assertj.core.groups.Tuple.tuple("af-lanhdao", Role.LEADER, ""));
        for (AccountsFile.Issued account : created.issued()) {
            assertThat(account.password()).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
            String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
                    account.username());
            assertThat(passwordEncoder.matches(account.password(), hash)).isTrue();
            assertThat(jdbc.queryForObject("SELECT password_change_required FROM app_user WHERE username = ?",
                    Boolean.class, account.username())).isTrue();
        }
        assertThat(created.issued()).extracting(AccountsFile.Issued::password).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT email FROM app_user WHERE username = 'af-tanninh'", String.class))
                .isEqualTo("tanninh@tayninh.example");
    }

    @Test
    void aFileWithAnyFaultCreatesNobody() {
        String file = HEADER + "af-mot,Người Một,Cán bộ cập nhật của xã,Phường Tân Ninh,\n"
                + "af-hai,Người Hai,Cán bộ cập nhật của xã,,\n"
                + "af-ba,Người Ba,Chủ tịch,,\n"
                + "af-mot,Người Một lần nữa,LEADER,,\n"
                + "AF Bốn,Người Bốn,LEADER,,khong-phai-thu\n";
        assertThatThrownBy(() -> as(Role.ADMIN, () -> accountsFile.commit(csv(file))))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.line() + " " + error.column() + ": " + error.message())
                        .containsExactly(
                                "4 Vai trò: Vai trò không hợp lệ: Chủ tịch (Quản trị hệ thống, Ban Tổ chức Tỉnh ủy, Lãnh"
                                        + " đạo tỉnh, Cán bộ cập nhật của xã)"));
        String valid = HEADER + "af-mot,Người Một,Cán bộ cập nhật của xã,Phường Tân Ninh,\n"
                + "af-hai,Người Hai,Cán bộ cập nhật của xã,,\n"
                + "af-mot,Người Một lần nữa,LEADER,,\n"
                + "AF Bốn,Người Bốn,LEADER,,khong-phai-thu\n";
        assertThatThrownBy(() -> as(Role.ADMIN, () -> accountsFile.commit(csv(valid))))
                .isInstanceOfSatisfying(InvalidRosterException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.line() + " " + error.column())
                        .containsExactly("3 Xã, phường", "4 Tên đăng nhập", "5 Tên đăng nhập", "5 Thư điện tử"));
        assertThat(count()).isZero();
    }

    @Test
    void onlyTheAdministratorCreatesAccountsFromAFile() {
        String file = HEADER + "af-mot,Người Một,LEADER,,\n";
        for (Role role : new Role[] {Role.BOARD, Role.LEADER}) {
            assertThatThrownBy(() -> as(role, () -> accountsFile.commit(csv(file)))).as(role.name())
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(count()).isZero();
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'af-%'", Long.class);
    }

    private static <T> T as(Role role, Callable<T> work) {
        return TestUsers.callAs(role, null, () -> {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
