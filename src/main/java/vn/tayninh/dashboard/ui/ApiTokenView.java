package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.security.ApiToken;
import vn.tayninh.dashboard.security.ApiToken.Scope;
import vn.tayninh.dashboard.security.ApiTokens;

/**
 * The administrator's keys for machines (the operations centre, the province's scripts): issue one, shown once;
 * see when each was last used and how often; revoke one at once.
 */
@Route("quan-tri/khoa-api")
@Menu(title = "nav.tokens", order = 91, icon = "vaadin:key")
@RolesAllowed("ADMIN")
class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final transient ApiTokens tokens;
    private final Clock clock;
    final Grid<ApiToken> grid = new Grid<>();

    ApiTokenView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        addClassName("view-padding");

        Button issue = new Button(getTranslation("token.issue"), VaadinIcon.PLUS.create(), e -> new IssueDialog().open());
        issue.setId("token-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("tokens");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ApiToken::getName).setKey("name").setHeader(getTranslation("token.field.name")).setAutoWidth(true);
        grid.addColumn(t -> getTranslation("token.scope." + t.getScope().name())).setKey("scope")
                .setHeader(getTranslation("token.field.scope")).setAutoWidth(true);
        grid.addColumn(t -> t.getPrefix() + "…").setKey("prefix").setHeader(getTranslation("token.field.prefix"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.getExpiresOn())).setKey("expiresOn")
                .setHeader(getTranslation("token.field.expiresOn")).setAutoWidth(true);
        grid.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("token.neverUsed")
                : TIME.format(t.getLastUsedAt().atZone(clock.getZone()))).setKey("lastUsed")
                .setHeader(getTranslation("token.field.lastUsed")).setAutoWidth(true);
        grid.addColumn(t -> Formats.integer(t.getCalls())).setKey("calls").setHeader(getTranslation("token.field.calls"))
                .setAutoWidth(true);
        grid.addColumn(this::state).setKey("state").setHeader(getTranslation("token.field.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("entry.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("token.none"));
        refresh();
        add(new H2(getTranslation("token.heading")), new Paragraph(getTranslation("token.explanation")), issue, grid);
    }

    private String state(ApiToken token) {
        if (token.getRevokedAt() != null) {
            return getTranslation("token.state.revoked", TIME.format(token.getRevokedAt().atZone(clock.getZone())),
                    token.getRevokedBy());
        }
        return getTranslation(token.isActive(LocalDate.now(clock)) ? "token.state.active" : "token.state.expired");
    }

    private Component actions(ApiToken token) {
        Button revoke = new Button(VaadinIcon.BAN.create(), e -> confirmRevoke(token));
        revoke.setAriaLabel(getTranslation("token.revoke") + ": " + token.getName());
        revoke.setTooltipText(getTranslation("token.revoke"));
        revoke.addClassName("token-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.getRevokedAt() == null);
        return revoke;
    }

    private void confirmRevoke(ApiToken token) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("token.revoke.title", token.getName()),
                getTranslation("token.revoke.text", token.getName()), getTranslation("token.revoke"), e -> {
                    tokens.revoke(token.getId());
                    refresh();
                    Notification.show(getTranslation("token.revoked", token.getName()), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void refresh() {
        grid.setItems(tokens.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("token.heading") + " – " + getTranslation("app.brand");
    }

    /** Name, scope and last day of a new key; once issued, the key is shown in the same dialog, once. */
    class IssueDialog extends Dialog {

        private final TextField name = new TextField(getTranslation("token.field.name"));
        private final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>(getTranslation("token.field.scope"));
        private final DateField expiresOn = new DateField(getTranslation("token.field.expiresOn"));
        private final FormErrors errors = new FormErrors().field("name", name).field("expiresOn", expiresOn);

        IssueDialog() {
            setHeaderTitle(getTranslation("token.issue"));
            name.setId("token-name");
            name.setHelperText(getTranslation("token.rule.name"));
            name.setWidthFull();
            scope.setItems(Scope.values());
            scope.setItemLabelGenerator(s -> getTranslation("token.scope." + s.name()));
            scope.setValue(Scope.READ);
            expiresOn.setValue(LocalDate.now(clock).plusYears(1));
            expiresOn.setMin(LocalDate.now(clock));
            Button save = new Button(getTranslation("token.issue"), e -> issue());
            save.setId("token-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button cancel = new Button(getTranslation("common.cancel"), e -> close());
            VerticalLayout form = new VerticalLayout(name, scope, expiresOn);
            form.setPadding(false);
            add(form);
            getFooter().add(cancel, save);
        }

        private void issue() {
            errors.clear();
            ApiTokens.Issued issued;
            try {
                issued = tokens.issue(name.getValue(), scope.getValue(), expiresOn.getValue());
            } catch (InvalidInputException refusal) {
                errors.show(refusal, getLocale());
                return;
            }
            refresh();
            removeAll();
            getFooter().removeAll();
            TextArea key = new TextArea(getTranslation("token.key"));
            key.setId("token-key");
            key.setValue(issued.key());
            key.setReadOnly(true);
            key.setWidthFull();
            add(new Paragraph(getTranslation("token.shownOnce", issued.token().getName())), key);
            Button done = new Button(getTranslation("token.done"), e -> close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(done);
        }
    }
}
