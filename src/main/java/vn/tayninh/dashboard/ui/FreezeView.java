package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.security.DisplayNames;
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
    private final int communeCount;
    private final FormErrors errors = new FormErrors().field("asOf", date).field("label", label);

    FreezeView(FreezeService freezes, Clock clock, TimelineNotes notes, CommuneService communes, DisplayNames names) {
        this.freezes = freezes;
        this.clock = clock;
        this.communeCount = communes.findAll().size();
        Map<String, String> people = names.byUsername(getLocale());
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
        grid.addColumn(f -> DisplayNames.of(people, f.getCreatedBy())).setHeader(getTranslation("freeze.createdBy")).setAutoWidth(true);
        grid.setItems(freezes.findAll());

        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("freeze.heading")), new Paragraph(getTranslation("freeze.explanation")), form, grid,
                new TimelineNotesPanel(notes, communes, people));
    }

    /**
     * A freeze cannot be undone: the board first reads what will happen and confirms; a date already frozen is
     * refused at once, without asking (the service refuses it again should someone freeze it meanwhile).
     */
    private void freeze() {
        errors.clear();
        if (date.isInvalid() || date.getValue() == null) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("freeze.error.date"));
            return;
        }
        LocalDate asOf = date.getValue();
        if (freezes.findAll().stream().anyMatch(f -> f.getAsOfDate().equals(asOf))) {
            date.setInvalid(true);
            date.setErrorMessage(getTranslation("freeze.error.exists"));
            return;
        }
        String when = Formats.date(asOf);
        String name = label.getValue().isBlank() ? getTranslation("freeze.label.default", when) : label.getValue().strip();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("freeze-confirm");
        confirm.setHeader(getTranslation("freeze.confirm.header", when));
        confirm.setText(getTranslation("freeze.confirm.text", when, name, communeCount));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("freeze.confirm.action"));
        confirm.addConfirmListener(e -> freeze(asOf));
        confirm.open();
    }

    private void freeze(LocalDate asOf) {
        try {
            ReportingFreeze frozen = freezes.freeze(asOf, null, label.getValue());
            grid.setItems(freezes.findAll());
            Notification.show(getTranslation("freeze.done", Formats.date(frozen.getAsOfDate()), frozen.label(getLocale()),
                            communeCount), 8000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
