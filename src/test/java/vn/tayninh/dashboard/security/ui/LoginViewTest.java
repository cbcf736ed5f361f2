package vn.tayninh.dashboard.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.security.AccountLockedException;
import vn.tayninh.dashboard.security.SignInReason;

@SpringBootTest
@ActiveProfiles("test")
@ViewPackages(classes = LoginView.class)
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void speaksVietnamese() {
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));

        navigate(LoginView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Chất lượng cán bộ cơ sở Tây Ninh");
        // outside the main layout, the view itself is the page's main landmark
        assertThat(find(LoginView.class).single().getElement().getTag()).isEqualTo("main");
        assertThat(i18n()).contains("\"Đăng nhập\"", "\"Tên đăng nhập\"", "\"Mật khẩu\"",
                "\"Sai tên đăng nhập hoặc mật khẩu\"");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Đăng nhập");
    }

    @Test
    void speaksEnglishToEnglishBrowsers() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        navigate(LoginView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("Tây Ninh commune cadre quality");
        assertThat(i18n()).contains("\"Sign in\"", "\"Username\"", "\"Incorrect username or password\"");
    }

    @Test
    void showsTheErrorOnlyAfterAFailedLogin() {
        navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(find(LoginForm.class).single().isError()).isTrue();
    }

    @Test
    void aLockedAccountIsToldUntilWhen() {
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));
        navigate(LoginView.class);
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new AccountLockedException(Instant.parse("2026-11-22T03:15:00Z")));

        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        assertThat(find(LoginForm.class).single().isError()).isTrue();
        assertThat(i18n()).contains("\"Tài khoản đang bị khóa\"",
                "\"Tài khoản bị khóa đến 10:15 22/11/2026 sau nhiều lần nhập sai mật khẩu\"");
    }

    @Test
    void saysWhyASessionEnded() {
        UI.getCurrent().setLocale(Locale.of("vi", "VN"));
        navigate(LoginView.class);
        assertThat(find(Paragraph.class).withId("sign-in-reason").exists()).isFalse();

        VaadinSession.getCurrent().getSession().setAttribute(SignInReason.ATTRIBUTE, SignInReason.REVOKED);
        UI.getCurrent().navigate("login");

        Paragraph reason = find(Paragraph.class).withId("sign-in-reason").single();
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getText()).startsWith("Phiên làm việc đã kết thúc vì quản trị viên vừa thay đổi tài khoản");

        VaadinSession.getCurrent().getSession().setAttribute(SignInReason.ATTRIBUTE, SignInReason.EXPIRED);
        UI.getCurrent().navigate("login", QueryParameters.of("x", ""));
        assertThat(find(Paragraph.class).withId("sign-in-reason").single().getText())
                .startsWith("Phiên làm việc đã hết hạn");
    }

    @Test
    void postsToSpringSecurity() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isForgotPasswordButtonVisible()).isFalse();
        assertThat(i18n()).doesNotContain("!{");
    }

    private String i18n() {
        return String.valueOf(find(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }
}
