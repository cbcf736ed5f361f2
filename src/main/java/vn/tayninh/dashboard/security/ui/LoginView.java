package vn.tayninh.dashboard.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;
import vn.tayninh.dashboard.security.AccountLockedException;
import vn.tayninh.dashboard.security.SignInReason;

/**
 * The only view open to anonymous users, outside the main layout: its content is the page's {@code main} landmark. The form posts to {@code /login}, where Spring Security checks the
 * credentials and sends the browser back here with {@code ?error} when they are wrong.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    /** Why a person who was signed in is here again (their session ended); hidden otherwise. */
    private final Paragraph reason = new Paragraph();

    LoginView() {
        setSizeFull();
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        reason.setId("sign-in-reason");
        reason.getElement().setAttribute("role", "status");
        reason.addClassName("sign-in-reason");
        reason.setVisible(false);
        VerticalLayout content = new VerticalLayout(new H1(getTranslation("login.title")),
                new Paragraph(getTranslation("login.description")), reason, form);
        content.setSizeFull();
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        content.setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        add(content);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.form.title"));
        i18n.getForm().setUsername(getTranslation("login.form.username"));
        i18n.getForm().setPassword(getTranslation("login.form.password"));
        i18n.getForm().setSubmit(getTranslation("login.form.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        LoginI18n i18n = i18n();
        // Spring Security keeps the reason of the failed sign-in in the session: a locked account is told until when
        if (failed && VaadinSession.getCurrent() != null && VaadinSession.getCurrent().getSession() != null
                && VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                instanceof AccountLockedException locked) {
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked", locked.untilText()));
        }
        form.setI18n(i18n);
        form.setError(failed);
        Object why = VaadinSession.getCurrent() == null || VaadinSession.getCurrent().getSession() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(SignInReason.ATTRIBUTE);
        reason.setVisible(!failed && why instanceof SignInReason);
        if (why instanceof SignInReason signInReason) {
            reason.setText(getTranslation(signInReason.messageKey()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
