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

    OwnAccountView(OwnAccount account) {
        this.account = account;
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
                new H3(getTranslation("account.own.notices")), email, language, save);
        fill();
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
