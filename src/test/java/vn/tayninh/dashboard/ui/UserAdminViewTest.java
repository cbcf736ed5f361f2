package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.AppUserRepository;

/** The administrator locks an account only after reading what it does, and is told what happened. */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("admin")
@ViewPackages(classes = UserAdminView.class)
class UserAdminViewTest extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;

    @Test
    void lockingAnAccountAsksFirstAndSaysWhatHappened() {
        navigate(UserAdminView.class);
        Button lock = toggle("lanhdao");
        assertThat(lock.getAriaLabel()).contains("Khóa tài khoản: lanhdao");

        test(lock).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Khóa tài khoản lanhdao?");
        assertThat(test(confirm).getText()).isEqualTo("Lãnh đạo Tỉnh ủy (lanhdao) sẽ không đăng nhập được nữa;"
                + " các phiên đang mở của tài khoản này kết thúc ngay. Có thể mở khóa lại bất cứ lúc nào.");
        test(confirm).cancel();
        assertThat(users.findByUsername("lanhdao").orElseThrow().isEnabled()).as("cancelled: still enabled").isTrue();

        test(toggle("lanhdao")).click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(users.findByUsername("lanhdao").orElseThrow().isEnabled()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã khóa tài khoản lanhdao: người này"
                + " không đăng nhập được nữa và các phiên đang mở đã kết thúc.");

        // unlocking takes nothing away: no question, and the message says so
        Button unlock = toggle("lanhdao");
        assertThat(unlock.getAriaLabel()).contains("Mở khóa tài khoản: lanhdao");
        test(unlock).click();
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(users.findByUsername("lanhdao").orElseThrow().isEnabled()).isTrue();
        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Đã mở khóa tài khoản lanhdao: người này đăng nhập lại được.");
    }

    /** The lock / unlock button on the account's row. */
    private Button toggle(String username) {
        @SuppressWarnings("unchecked")
        GridTester<Grid<AppUser>, AppUser> grid = test((Grid<AppUser>) find(Grid.class).id("accounts"));
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, grid.getColumnPosition("username")).equals(username)) {
                return (Button) grid.getCellComponent(row, "actions").getChildren().toList().get(1);
            }
        }
        throw new AssertionError("no account " + username);
    }

    @Test
    @SuppressWarnings("unchecked")
    void manyAccountsFromAFileShowTheirOneTimePasswordsOnce() {
        UserAdminView view = navigate(UserAdminView.class);
        int before = test(view.grid).size();
        test($(Button.class).id("accounts-file-open")).click();
        byte[] file = ("Tên đăng nhập,Họ và tên,Vai trò,\"Xã, phường\",Thư điện tử\n"
                + "tep-mot,Người Một,Lãnh đạo tỉnh,,\n"
                + "tep-hai,Người Hai,Cán bộ cập nhật của xã,Xã Hưng Điền,\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        test($(com.vaadin.flow.component.upload.Upload.class).id("accounts-upload"))
                .upload("tai-khoan.csv", "text/csv", file);
        test($(Button.class).id("accounts-check")).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("accounts-status").getText())
                .isEqualTo("Tệp hợp lệ: sẽ tạo 2 tài khoản.");
        test($(Button.class).id("accounts-commit")).click();
        Grid<Object> issued = $(Grid.class).id("accounts-issued");
        assertThat(test(issued).size()).isEqualTo(2);
        assertThat(test(issued).getCellText(0, 0)).isEqualTo("tep-mot");
        assertThat(test(issued).getCellText(1, 2)).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
        assertThat(test(view.grid).size()).as("the accounts grid read again").isEqualTo(before + 2);
    }
}
