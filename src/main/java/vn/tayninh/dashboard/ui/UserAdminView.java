package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.roster.AccountsFile;
import vn.tayninh.dashboard.roster.ui.AccountsUpload;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.UserAdministration;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;
import vn.tayninh.dashboard.base.ui.PageGrids;

/** The administrator's list of accounts: create one, bind it to a commune, change its role, disable it, reset its password. */
@Route("quan-tri/nguoi-dung")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed("ADMIN")
class UserAdminView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration accounts;
    private final List<Commune> communes;
    final Grid<AppUser> grid = new Grid<>();

    private final transient vn.tayninh.dashboard.security.TwoFactor twoFactor;

    UserAdminView(UserAdministration accounts, CommuneService communeService, AccountsFile accountsFile,
                  vn.tayninh.dashboard.security.TwoFactor twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.communes = communeService.findAll();
        addClassName("view-padding");
        setSizeFull();

        Button add = new Button(getTranslation("account.add"), VaadinIcon.PLUS.create(), e -> new AccountDialog(null).open());
        add.setId("account-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AppUser::getUsername).setKey("username").setHeader(getTranslation("entry.field.username"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(user -> user.displayName(getLocale())).setKey("displayName").setHeader(getTranslation("entry.field.displayName"))
                .setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setKey("role")
                .setHeader(getTranslation("entry.field.role")).setAutoWidth(true);
        grid.addColumn(u -> u.getCommune() == null ? "" : u.getCommune().getName()).setKey("commune")
                .setHeader(getTranslation("entry.field.commune")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.isEnabled() ? "account.enabled" : "account.disabled")).setKey("enabled")
                .setHeader(getTranslation("entry.field.enabled")).setAutoWidth(true);
        grid.addColumn(u -> u.hasAuthenticatorApp() ? getTranslation("account.twoFactor.audit.on") : "")
                .setKey("twoFactor").setHeader(getTranslation("account.twoFactor.admin.column")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("entry.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        PageGrids.fill(grid);
        refresh();
        // many accounts from one file, in a dialog: the page stays the grid of accounts, as tall as the screen allows
        Button fromFile = new Button(getTranslation("accounts.upload.heading"), VaadinIcon.UPLOAD.create(), e -> {
            com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(
                    new AccountsUpload(accountsFile, this::refresh));
            dialog.setHeaderTitle(getTranslation("accounts.upload.heading"));
            dialog.setWidth("min(52rem, 100%)");
            dialog.getFooter().add(new Button(getTranslation("common.close"), close -> dialog.close()));
            dialog.open();
        });
        fromFile.setId("accounts-file-open");
        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(add, fromFile);
        actions.setWrap(true);
        add(new H2(getTranslation("account.heading")), new Paragraph(getTranslation("account.explanation")), actions,
                grid);
    }

    private void refresh() {
        grid.setItems(accounts.findAll());
    }

    private Component actions(AppUser user) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new AccountDialog(user).open());
        edit.setAriaLabel(getTranslation("account.edit") + ": " + user.getUsername());
        edit.setTooltipText(getTranslation("account.edit"));
        edit.addClassName("account-edit");
        Button toggle = new Button(user.isEnabled() ? VaadinIcon.BAN.create() : VaadinIcon.CHECK.create(), e -> {
            if (user.isEnabled()) {
                confirmLock(user);
            } else {
                setEnabled(user, true);
            }
        });
        String toggleLabel = getTranslation(user.isEnabled() ? "account.disable" : "account.enable");
        toggle.setAriaLabel(toggleLabel + ": " + user.getUsername());
        toggle.setTooltipText(toggleLabel);
        toggle.addClassName("account-toggle");
        Button reset = new Button(VaadinIcon.KEY.create(), e -> new PasswordDialog(user).open());
        reset.setAriaLabel(getTranslation("account.reset") + ": " + user.getUsername());
        reset.setTooltipText(getTranslation("account.reset"));
        reset.addClassName("account-reset");
        // a lost phone: the app and recovery codes are forgotten, and the holder sets the app up again
        Button resetApp = new Button(VaadinIcon.MOBILE.create(), e -> confirmTwoFactorReset(user));
        resetApp.setAriaLabel(getTranslation("account.twoFactor.admin.reset") + ": " + user.getUsername());
        resetApp.setTooltipText(getTranslation("account.twoFactor.admin.reset"));
        resetApp.addClassName("account-two-factor-reset");
        resetApp.setVisible(user.hasAuthenticatorApp());
        for (Button button : List.of(edit, toggle, reset, resetApp)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        }
        HorizontalLayout layout = new HorizontalLayout(edit, toggle, reset, resetApp);
        layout.setSpacing(false);
        return layout;
    }

    private void confirmTwoFactorReset(AppUser user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("account-two-factor-reset-confirm");
        confirm.setHeader(getTranslation("account.twoFactor.admin.reset"));
        confirm.setText(getTranslation("account.twoFactor.admin.resetConfirm", user.getUsername()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("account.twoFactor.admin.reset"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                twoFactor.reset(user.getId());
            } catch (InvalidInputException refusal) {
                notify(refusal.problems().get(0).text(getLocale()));
                return;
            }
            refresh();
            Notification.show(getTranslation("account.twoFactor.admin.resetDone", user.getUsername()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        confirm.open();
    }

    /** Locking ends the person's sessions at once: the administrator first reads what will happen. */
    private void confirmLock(AppUser user) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("account-lock-confirm");
        confirm.setHeader(getTranslation("account.lock.header", user.getUsername()));
        confirm.setText(getTranslation("account.lock.text", user.getUsername(), user.displayName(getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("account.lock.action"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> setEnabled(user, false));
        confirm.open();
    }

    private void setEnabled(AppUser user, boolean enabled) {
        try {
            accounts.setEnabled(user.getId(), user.getVersion(), enabled);
            refresh();
            Notification.show(getTranslation(enabled ? "account.unlocked" : "account.locked", user.getUsername()), 6000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refusal) {
            notify(refusal.problems().get(0).text(getLocale()));
        } catch (EditConflictException conflict) {
            ConflictDialog.show("entry.field.", conflict, this::refresh);
        }
    }

    private static void notify(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Creates an account (with its first password) or edits one (name, role, commune). */
    class AccountDialog extends Dialog {

        final TextField username = new TextField(getTranslation("entry.field.username"));
        final TextField displayName = new TextField(getTranslation("entry.field.displayName"));
        final Select<Role> role = new Select<>();
        final ComboBox<Commune> commune = new ComboBox<>(getTranslation("entry.field.commune"));
        final PasswordField password = new PasswordField(getTranslation("entry.field.password"));
        final EmailField email = new EmailField(getTranslation("entry.field.email"));
        final Button save = new Button(getTranslation("common.save"));

        AccountDialog(AppUser existing) {
            setHeaderTitle(getTranslation(existing == null ? "account.add" : "account.edit"));
            setId("account-dialog");
            role.setLabel(getTranslation("entry.field.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
            SearchBoxes.searchable(commune, communes, Commune::getName);
            role.addValueChangeListener(e -> commune.setEnabled(e.getValue() == Role.COMMUNE_EDITOR));
            password.setHelperText(getTranslation("account.rule.password", UserAdministration.PASSWORD_MIN));
            FormErrors errors = new FormErrors().field("username", username).field("displayName", displayName)
                    .field("role", role).field("commune", commune).field("password", password).field("email", email);
            email.setHelperText(getTranslation("account.emailHelp"));
            FormLayout form = new FormLayout(username, displayName, role, commune, email);
            if (existing == null) {
                form.add(password);
                role.setValue(Role.COMMUNE_EDITOR);
            } else {
                username.setValue(existing.getUsername());
                username.setReadOnly(true);
                displayName.setValue(existing.displayName(getLocale()));
                role.setValue(existing.getRole());
                email.setValue(existing.getEmail() == null ? "" : existing.getEmail());
                commune.setValue(existing.getCommune() == null ? null : communes.stream()
                        .filter(c -> c.getId().equals(existing.getCommune().getId())).findFirst().orElse(null));
            }
            add(form);
            save.setId("account-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                AccountForm values = new AccountForm(username.getValue(), displayName.getValue(), role.getValue(),
                        role.getValue() == Role.COMMUNE_EDITOR && commune.getValue() != null
                                ? commune.getValue().getId() : null, password.getValue(), email.getValue());
                DialogSave.run(this, errors, "entry.field.", () -> {
                    if (existing == null) {
                        accounts.create(values);
                    } else {
                        accounts.update(existing.getId(), existing.getVersion(), values);
                    }
                }, "account.saved", UserAdminView.this::refresh);
            });
            getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        }
    }

    /** Sets a new password that the administrator hands to the user; it also lifts a lockout. */
    class PasswordDialog extends Dialog {

        final PasswordField password = new PasswordField(getTranslation("account.newPassword"));
        final Button save = new Button(getTranslation("account.reset"));

        PasswordDialog(AppUser user) {
            setHeaderTitle(getTranslation("account.reset") + ": " + user.getUsername());
            setId("password-dialog");
            password.setHelperText(getTranslation("account.rule.password", UserAdministration.PASSWORD_MIN));
            FormErrors errors = new FormErrors().field("password", password);
            add(password);
            save.setId("password-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                    () -> accounts.resetPassword(user.getId(), password.getValue()), "account.saved",
                    UserAdminView.this::refresh));
            getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.heading") + " – " + getTranslation("app.brand");
    }
}
