package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.notification.MailOutbox;
import vn.tayninh.dashboard.notification.MailOutbox.Waiting;

/**
 * The e-mails still waiting for the SMTP server: to whom, what, since when and how many tries; the administrator
 * can try them all again at once.
 */
@Route("quan-tri/thu-cho-gui")
@Menu(title = "nav.outbox", order = 92, icon = "vaadin:envelope-o")
@RolesAllowed("ADMIN")
class MailOutboxView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final transient MailOutbox outbox;
    private final Clock clock;
    final Grid<Waiting> grid = new Grid<>();
    final Paragraph summary = new Paragraph();

    MailOutboxView(MailOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        addClassName("view-padding");

        boolean configured = outbox.mailConfigured();
        Paragraph explanation = new Paragraph(getTranslation(configured ? "outbox.explanation" : "outbox.notConfigured"));
        summary.setId("outbox-summary");

        Button retry = new Button(getTranslation("outbox.retry"), VaadinIcon.REFRESH.create(), e -> {
            outbox.retryNow();
            refresh();
            Notification.show(getTranslation("outbox.retried"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        retry.setId("outbox-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // nothing can be sent without a mail server
        retry.setVisible(configured);
        Button reload = new Button(getTranslation("outbox.reload"), VaadinIcon.ROTATE_LEFT.create(), e -> refresh());
        reload.setId("outbox-reload");

        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Waiting::username).setKey("user").setHeader(getTranslation("outbox.field.user"))
                .setAutoWidth(true);
        grid.addColumn(w -> w.email() == null ? "–" : w.email()).setKey("email")
                .setHeader(getTranslation("outbox.field.email")).setAutoWidth(true);
        grid.addColumn(Waiting::text).setKey("text").setHeader(getTranslation("outbox.field.text")).setFlexGrow(1);
        grid.addColumn(w -> time(w.since())).setKey("since").setHeader(getTranslation("outbox.field.since"))
                .setAutoWidth(true);
        grid.addColumn(w -> Formats.integer(w.attempts())).setKey("attempts")
                .setHeader(getTranslation("outbox.field.attempts")).setAutoWidth(true);
        grid.addColumn(w -> time(w.lastTry())).setKey("lastTry").setHeader(getTranslation("outbox.field.lastTry"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("outbox.none"));

        com.vaadin.flow.component.orderedlayout.HorizontalLayout actions =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(retry, reload);
        actions.setWrap(true);
        add(new H2(getTranslation("outbox.heading")), explanation, summary, actions, grid);
    }

    /** Read again on every visit: the list changes as the mail thread works. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private String time(@Nullable Instant instant) {
        return instant == null ? "–" : TIME.format(instant.atZone(clock.getZone()));
    }

    private void refresh() {
        List<Waiting> waiting = outbox.waiting();
        grid.setItems(waiting);
        summary.setText(getTranslation("outbox.summary", Formats.integer(waiting.size())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.heading") + " – " + getTranslation("app.brand");
    }
}
