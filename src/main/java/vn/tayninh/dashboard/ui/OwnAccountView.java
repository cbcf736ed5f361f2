package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.security.OwnAccount;
import vn.tayninh.dashboard.security.TwoFactor;
import vn.tayninh.dashboard.security.OwnAccount.Profile;
import vn.tayninh.dashboard.security.PasswordRules;

/**
 * A person's own account: who they are in the product, their password (a password the administrator chose is
 * replaced here first, see {@link PasswordChangeGate}), and where and in which language their notices reach them.
 * Reached from the person's name in the navigation.
 */
@Route("tai-khoan-cua-toi")
@PermitAll
public class OwnAccountView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnAccount account;
    private final Paragraph identity = new Paragraph();
    private final Div mustChange = new Div();
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final EmailField email = new EmailField();
    private final Select<Locale> language = new Select<>();
    private final FormErrors passwordErrors = new FormErrors().field("current", current).field("password", next)
            .field("repeated", repeated);
    private final FormErrors noticeErrors = new FormErrors().field("email", email);
    private long version;
    private final transient TwoFactor twoFactor;
    private final Paragraph twoFactorState = new Paragraph();
    private final com.vaadin.flow.component.orderedlayout.HorizontalLayout twoFactorActions =
            new com.vaadin.flow.component.orderedlayout.HorizontalLayout();

    OwnAccountView(OwnAccount account, TwoFactor twoFactor) {
        this.account = account;
        this.twoFactor = twoFactor;
        addClassName("view-padding");
        setMaxWidth("40rem");

        identity.setId("own-identity");
        mustChange.setId("own-must-change");
        mustChange.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-inline-start", "4px solid var(--lumo-warning-color, #ffc66d)")
                .set("background", "var(--lumo-contrast-5pct)");
        mustChange.getElement().setAttribute("role", "alert");
        mustChange.setText(getTranslation("account.own.mustChange"));

        current.setLabel(getTranslation("account.own.current"));
        current.setId("own-current");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setLabel(getTranslation("account.own.new"));
        next.setId("own-new");
        next.setHelperText(getTranslation("account.rule.password", PasswordRules.MIN_LENGTH));
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("account.own.repeat"));
        repeated.setId("own-repeat");
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (PasswordField field : new PasswordField[] {current, next, repeated}) {
            field.setWidthFull();
            field.setMaxLength(PasswordRules.MAX_LENGTH);
        }
        Button change = new Button(getTranslation("account.own.change"), e -> changePassword());
        change.setId("own-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        email.setLabel(getTranslation("entry.field.email"));
        email.setId("own-email");
        email.setWidthFull();
        email.setHelperText(getTranslation("account.own.emailHelp"));
        language.setLabel(getTranslation("account.own.language"));
        language.setId("own-language");
        language.setItems(Translations.VIETNAMESE, Translations.ENGLISH);
        language.setItemLabelGenerator(l -> getTranslation("account.own.language." + l.getLanguage()));
        Button save = new Button(getTranslation("account.own.saveNotices"), e -> saveNotices());
        save.setId("own-save-notices");

        add(new H2(getTranslation("account.own.heading")), identity, mustChange,
                new H3(getTranslation("account.own.password")), current, next, repeated, change,
                new H3(getTranslation("account.own.notices")), email, language, save,
                new H3(getTranslation("account.twoFactor.own.heading")), twoFactorState, twoFactorActions);
        twoFactorState.setId("own-two-factor");
        twoFactorActions.setWrap(true);
        fill();
        fillTwoFactor();
    }

    /** The second sign-in step: on or off, the recovery codes left, and what the person may do about it. */
    private void fillTwoFactor() {
        TwoFactor.State state = twoFactor.state();
        twoFactorState.setText(state.app() ? getTranslation("account.twoFactor.own.on", state.recoveryCodesLeft())
                : getTranslation("account.twoFactor.own.off")
                + (state.mandatory() ? " " + getTranslation("account.twoFactor.own.mandatory") : ""));
        twoFactorActions.removeAll();
        if (!state.app()) {
            twoFactorActions.add(action("own-two-factor-on", "account.twoFactor.own.turnOn", this::setUpApp));
            return;
        }
        twoFactorActions.add(action("own-two-factor-replace", "account.twoFactor.own.replace", this::setUpApp),
                action("own-two-factor-codes", "account.twoFactor.own.newCodes", () -> showCodes(
                        twoFactor.renewRecoveryCodes())));
        if (!state.mandatory()) {
            twoFactorActions.add(action("own-two-factor-off", "account.twoFactor.own.turnOff", () -> {
                twoFactor.turnOff();
                fillTwoFactor();
                Notification.show(getTranslation("account.twoFactor.own.turnedOff"), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }));
        }
    }

    private Button action(String id, String key, Runnable run) {
        Button button = new Button(getTranslation(key), e -> run.run());
        button.setId(id);
        return button;
    }

    /** A dialog that sets up the person's app: the QR code and key, then a code of the app to prove it. */
    private void setUpApp() {
        TwoFactor.Setup setup = twoFactor.newSetup(account.profile().username());
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("account.twoFactor.setupTitle"));
        dialog.setMaxWidth("36rem");
        com.vaadin.flow.component.textfield.TextField code = new com.vaadin.flow.component.textfield.TextField(
                getTranslation("account.twoFactor.code"));
        code.setId("own-two-factor-code");
        code.setWidthFull();
        code.setMaxLength(20);
        code.getElement().setProperty("autocomplete", "one-time-code");
        FormErrors errors = new FormErrors().field("code", code);
        Button confirm = new Button(getTranslation("account.twoFactor.own.save"));
        confirm.setId("own-two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        confirm.addClickListener(e -> {
            errors.clear();
            java.util.List<String> codes;
            try {
                codes = twoFactor.setUp(setup, code.getValue());
            } catch (InvalidInputException refusal) {
                errors.show(refusal, getLocale());
                return;
            }
            dialog.close();
            fillTwoFactor();
            Notification.show(getTranslation("account.twoFactor.own.turnedOn"), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            showCodes(codes);
        });
        dialog.add(new vn.tayninh.dashboard.security.ui.AuthenticatorSetup(setup), code);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        code.focus();
    }

    /** The recovery codes just made, shown once. */
    private void showCodes(java.util.List<String> codes) {
        fillTwoFactor();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("account.twoFactor.codes.title"));
        dialog.setMaxWidth("36rem");
        dialog.add(new vn.tayninh.dashboard.security.ui.RecoveryCodes(codes));
        Button close = new Button(getTranslation("account.twoFactor.codes.saved"), e -> dialog.close());
        close.setId("own-two-factor-codes-saved");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void fill() {
        Profile profile = account.profile();
        version = profile.version();
        identity.setText(getTranslation("account.own.identity", profile.username(), profile.displayName(),
                getTranslation("role." + profile.role().name()),
                profile.communeName() == null ? "" : " – " + profile.communeName()));
        mustChange.setVisible(profile.passwordChangeRequired());
        email.setValue(profile.email() == null ? "" : profile.email());
        language.setValue(profile.language());
    }

    private void changePassword() {
        passwordErrors.clear();
        boolean required = account.mustChangePassword();
        try {
            account.changePassword(current.getValue(), next.getValue(), repeated.getValue());
        } catch (InvalidInputException refusal) {
            passwordErrors.show(refusal, getLocale());
            return;
        }
        current.clear();
        next.clear();
        repeated.clear();
        fill();
        Notification.show(getTranslation("account.own.changed"), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (required) {
            getUI().ifPresent(ui -> ui.navigate(""));
        }
    }

    private void saveNotices() {
        noticeErrors.clear();
        try {
            account.updateNotices(email.getValue(), language.getValue(), version);
        } catch (InvalidInputException refusal) {
            noticeErrors.show(refusal, getLocale());
            return;
        } catch (EditConflictException conflict) {
            ConflictDialog.show("entry.field.", conflict, this::fill);
            return;
        }
        boolean languageChanged = !language.getValue().getLanguage().equals(getLocale().getLanguage());
        fill();
        Notification.show(getTranslation("account.own.noticesSaved"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        if (languageChanged) {
            VaadinSession.getCurrent().setAttribute(Translations.SESSION_LOCALE, language.getValue());
            getUI().ifPresent(ui -> ui.getPage().reload());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.own.heading") + " – " + getTranslation("app.brand");
    }
}
