package vn.tayninh.dashboard.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletRequest;
import vn.tayninh.dashboard.security.AccountLockedException;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.TwoFactor;

/**
 * The second sign-in step, after the right password of an account that needs one: the six-digit code of the person's
 * authenticator app or a recovery code; the first time, the app is set up here (QR code, key, a code to prove it) and
 * the recovery codes are shown once. Nobody else reaches it: without a password waiting, it sends a signed-in
 * person to the start page and anyone else to the sign-in page.
 */
@Route(value = TwoFactor.PAGE, autoLayout = false)
@AnonymousAllowed
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TwoFactor twoFactor;
    private final transient AuthenticatedUser authenticatedUser;
    private final VerticalLayout content = new VerticalLayout();
    private final TextField code = new TextField();
    private TwoFactor.Setup setup;

    SecondFactorView(TwoFactor twoFactor, AuthenticatedUser authenticatedUser) {
        this.twoFactor = twoFactor;
        this.authenticatedUser = authenticatedUser;
        setSizeFull();
        content.setMaxWidth("32rem");
        content.getStyle().set("margin", "0 auto");
        content.setAlignItems(FlexComponent.Alignment.STRETCH);
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (twoFactor.waiting().isEmpty()) {
            if (authenticatedUser.get().isPresent()) {
                event.forwardTo("");
            } else {
                event.forwardTo(LoginView.class);
            }
            return;
        }
        content.removeAll();
        code.setId("two-factor-code");
        code.setWidthFull();
        code.setMaxLength(20);
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.setAutofocus(true);
        code.setRequiredIndicatorVisible(true);
        Button confirm = new Button();
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        Button again = new Button(getTranslation("account.twoFactor.again"), e -> startAgain());
        again.setId("two-factor-again");
        again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        String username = twoFactor.waiting().orElseThrow();
        if (twoFactor.waitingHasApp()) {
            content.add(new H1(getTranslation("account.twoFactor.title")),
                    new Paragraph(getTranslation("account.twoFactor.ask", username)));
            code.setLabel(getTranslation("account.twoFactor.codeOrRecovery"));
            confirm.setText(getTranslation("account.twoFactor.confirm"));
            confirm.addClickListener(e -> signIn());
        } else {
            setup = twoFactor.newSetup(username);
            content.add(new H1(getTranslation("account.twoFactor.setupTitle")),
                    new Paragraph(getTranslation("account.twoFactor.required", username)), new AuthenticatorSetup(setup));
            code.setLabel(getTranslation("account.twoFactor.code"));
            confirm.setText(getTranslation("account.twoFactor.turnOnAndSignIn"));
            confirm.addClickListener(e -> setUpAndSignIn());
        }
        HorizontalLayout buttons = new HorizontalLayout(confirm, again);
        buttons.setWrap(true);
        content.add(code, buttons);
    }

    private void signIn() {
        show(twoFactor.signIn(code.getValue(), request()));
    }

    private void setUpAndSignIn() {
        show(twoFactor.setUpAndSignIn(setup, code.getValue(), request()));
    }

    private void show(TwoFactor.Result result) {
        String target = TwoFactor.target(request());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                if (result.recoveryCodes().isEmpty()) {
                    UI.getCurrent().getPage().setLocation(target);
                    return;
                }
                Button go = new Button(getTranslation("account.twoFactor.codes.saved"),
                        e -> UI.getCurrent().getPage().setLocation(target));
                go.setId("two-factor-continue");
                go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                content.removeAll();
                content.add(new H1(getTranslation("account.twoFactor.codes.title")),
                        new RecoveryCodes(result.recoveryCodes()), go);
                go.focus();
            }
            case WRONG_CODE -> {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("account.twoFactor.wrongCode"));
                code.focus();
            }
            case LOCKED -> {
                code.setInvalid(true);
                code.setErrorMessage(result.lockedUntil() == null ? getTranslation("account.twoFactor.disabled")
                        : getTranslation("account.twoFactor.locked",
                                new AccountLockedException(result.lockedUntil()).untilText()));
            }
            case EXPIRED -> {
                twoFactor.abandon(request(), true);
                UI.getCurrent().getPage().setLocation("login");
            }
        }
    }

    private void startAgain() {
        twoFactor.abandon(request(), false);
        UI.getCurrent().getPage().setLocation("login");
    }

    private static HttpServletRequest request() {
        return VaadinServletRequest.getCurrent().getHttpServletRequest();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.twoFactor.pageTitle");
    }
}
