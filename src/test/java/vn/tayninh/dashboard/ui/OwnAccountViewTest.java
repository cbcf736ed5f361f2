package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.AppUserRepository;

/**
 * A person whose password the administrator chose reaches only their own account page, whatever they open, until they
 * have chosen one of their own; then the product opens. The page names each refusal at its field.
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@ViewPackages(classes = OwnAccountView.class)
class OwnAccountViewTest extends SpringBrowserlessTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    @WithUserDetails("lanhdao")
    void aPasswordSetByTheAdministratorIsReplacedBeforeAnyPageOpens() {
        AppUser leader = users.findByUsername("lanhdao").orElseThrow();
        leader.setPasswordChangeRequired(true);
        users.saveAndFlush(leader);

        // whatever the person opens, their own account page answers
        navigate("", OwnAccountView.class);
        navigate("can-chu-y", OwnAccountView.class);
        assertThat($view(com.vaadin.flow.component.html.Div.class).id("own-must-change").isVisible()).isTrue();

        test($view(PasswordField.class).id("own-current")).setValue("demo123");
        test($view(PasswordField.class).id("own-new")).setValue("Cau-Sai-Gon-77");
        test($view(PasswordField.class).id("own-repeat")).setValue("Cau-Sai-Gon-78");
        test($view(Button.class).id("own-change")).click();
        PasswordField repeat = $view(PasswordField.class).id("own-repeat");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("Hai lần nhập mật khẩu mới không giống nhau");
        assertThat(getCurrentView()).isInstanceOf(OwnAccountView.class);

        test(repeat).setValue("Cau-Sai-Gon-77");
        test($view(Button.class).id("own-change")).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(passwordEncoder.matches("Cau-Sai-Gon-77", users.findByUsername("lanhdao").orElseThrow()
                .getPasswordHash())).isTrue();
        navigate(AttentionView.class);
        assertThat(getCurrentView()).isInstanceOf(AttentionView.class);
    }

    @Test
    @WithUserDetails("bantochuc")
    void everyoneReachesTheirOwnAccountFromTheirNameAndIsNotSentThereOtherwise() {
        navigate(AttentionView.class);
        assertThat(getCurrentView()).isInstanceOf(AttentionView.class);
        navigate(OwnAccountView.class);
        assertThat($view(com.vaadin.flow.component.html.Div.class).withId("own-must-change").exists()).isFalse();
        assertThat($view(com.vaadin.flow.component.html.Paragraph.class).id("own-identity").getText())
                .startsWith("Tên đăng nhập bantochuc · ");
    }
}
