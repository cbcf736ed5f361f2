package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * The organization board freezes the figures at a reporting date (chốt số liệu); frozen figures never change. Below,
 * the notes on the timeline that the charts mark.
 */
@Route("chot-so-lieu")
@Menu(title = "nav.freezes", order = 80, icon = "vaadin:lock")
@RolesAllowed({"BOARD", "ADMIN"})
class FreezeView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final FreezeService freezes;
    private final Clock clock;
    private final Grid<ReportingFreeze> grid = new Grid<>();
    private final DateField date = new DateField(getTranslation("freeze.date"));
    private final TextField label = new TextField();
    private final FormErrors errors = new FormErrors().field("asOf", date).field("label", label);

    FreezeView(FreezeService freezes, Clock clock, TimelineNotes notes, CommuneService communes) {
        this.freezes = freezes;
        this.clock = clock;
        addClassName("view-padding");
        setSizeFull();
        date.setMax(LocalDate.now(clock));
        date.setValue(LocalDate.now(clock));
        date.setRequired(true);
        label.setLabel(getTranslation("freeze.label"));
        label.setMaxLength(200);
        label.setWidth("28em");
        Button freeze = new Button(getTranslation("freeze.action"), e -> freeze());
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, label, freeze);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(f -> Formats.date(f.getAsOfDate())).setHeader(getTranslation("freeze.date")).setAutoWidth(true);
        grid.addColumn(row -> row.label(getLocale())).setHeader(getTranslation("freeze.label")).setFlexGrow(3);
        grid.addColumn(ReportingFreeze::getRatingYear).setHeader(getTranslation("freeze.ratingYear")).setAutoWidth(true);
        grid.addColumn(f -> TIME.format(f.getCreatedAt().atZone(clock.getZone()))).setHeader(getTranslation("freeze.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(ReportingFreeze::getCreatedBy).setHeader(getTranslation("freeze.createdBy")).setAutoWidth(true);
        grid.setItems(freezes.findAll());

        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("freeze.heading")), new Paragraph(getTranslation("freeze.explanation")), form, grid,
                new TimelineNotesPanel(notes, communes));
    }

    private void freeze() {
        errors.clear();
        if (date.isInvalid() || date.getValue() == null) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("freeze.error.date"));
            return;
        }
        try {
            ReportingFreeze frozen = freezes.freeze(date.getValue(), null, label.getValue());
            grid.setItems(freezes.findAll());
            Notification.show(getTranslation("freeze.done", Formats.date(frozen.getAsOfDate())), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refusal) {
            // a date in the future or already frozen (also by someone else a moment ago): shown at the date
            errors.show(refusal, getLocale());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("freeze.heading") + " – " + getTranslation("app.brand");
    }
}
