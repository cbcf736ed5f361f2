package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The administrator issues a key, sees it once, and revokes it after a confirmation that says what will happen. */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@ViewPackages(classes = ApiTokenView.class)
class ApiTokenViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void theAdministratorIssuesAKeyShownOnceAndRevokesIt() {
        ApiTokenView view = navigate(ApiTokenView.class);
        assertThat(test(view.grid).size()).isZero();

        test($(Button.class).id("token-issue")).click();
        test($(TextField.class).id("token-name")).setValue("ioc-tay-ninh");
        test($(Button.class).id("token-save")).click();

        String key = $(TextArea.class).id("token-key").getValue();
        assertThat(key).startsWith("tnk_").hasSize(47);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE token_hash LIKE ?", Integer.class,
                "%" + key.substring(4, 20) + "%")).isZero();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("ioc-tay-ninh");
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Chỉ đọc");
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo(key.substring(0, 10) + "…");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Chưa dùng");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("Đang dùng được");

        Button revoke = (Button) test(view.grid).getCellComponent(0, "actions");
        test(revoke).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        test(confirm).confirm();

        assertThat(test(view.grid).getCellText(0, 6)).startsWith("Đã thu hồi lúc ").endsWith("(admin)");
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_token", String.class)).isEqualTo("admin");
    }
}
