package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.DisplayNames;
import vn.tayninh.dashboard.timeline.TimelineNote;
import vn.tayninh.dashboard.timeline.TimelineNoteRules;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * The board's notes on the timeline, on the freeze page: record one (date, title, optionally a commune) and delete
 * one; the service checks the rules and the rights again.
 */
class TimelineNotesPanel extends VerticalLayout {

    private final transient TimelineNotes notes;
    private final Map<Long, String> communeNames;
    private final Grid<TimelineNote> grid = new Grid<>();
    private final DateField date = new DateField(getTranslation("timeline.date"));
    private final TextField title = new TextField(getTranslation("timeline.title"));
    private final ComboBox<Commune> commune = new ComboBox<>(getTranslation("timeline.commune"));
    private final FormErrors errors = new FormErrors();

    TimelineNotesPanel(TimelineNotes notes, CommuneService communes, Map<String, String> people) {
        this.notes = notes;
        setPadding(false);
        communeNames = communes.findAll().stream().collect(Collectors.toMap(Commune::getId, Commune::getName));
        date.setMin(TimelineNoteRules.EARLIEST);
        date.setMax(TimelineNoteRules.LATEST);
        date.setRequired(true);
        title.setMaxLength(TimelineNoteRules.TITLE_MAX);
        title.setRequired(true);
        title.setWidth("24em");
        SearchBoxes.searchable(commune, communes.findAll(), Commune::getName);
        commune.setPlaceholder(getTranslation("notice.scope.province"));
        commune.setClearButtonVisible(true);
        errors.field("date", date).field("title", title).field("commune", commune);
        Button add = new Button(getTranslation("timeline.add"), e -> add());
        HorizontalLayout form = new HorizontalLayout(date, title, commune, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        grid.addColumn(n -> Formats.date(n.getDate())).setHeader(getTranslation("timeline.date")).setAutoWidth(true);
        grid.addColumn(TimelineNote::getTitle).setHeader(getTranslation("timeline.title")).setFlexGrow(3);
        grid.addColumn(n -> n.getCommuneId() == null ? getTranslation("notice.scope.province")
                : communeNames.get(n.getCommuneId())).setHeader(getTranslation("timeline.commune")).setAutoWidth(true);
        grid.addColumn(n -> DisplayNames.of(people, n.getCreatedBy())).setHeader(getTranslation("freeze.createdBy")).setAutoWidth(true);
        grid.addComponentColumn(n -> {
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> delete(n));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("timeline.delete", n.getTitle()));
            return delete;
        }).setHeader(getTranslation("timeline.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setItems(notes.findAll());
        add(new H3(getTranslation("timeline.heading")), new Paragraph(getTranslation("timeline.explanation")), form,
                grid);
    }

    private void add() {
        errors.clear();
        try {
            notes.create(date.getValue(), title.getValue(), commune.getValue() == null ? null : commune.getValue().getCode());
            title.clear();
            grid.setItems(notes.findAll());
            Notification.show(getTranslation("timeline.added"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refusal) {
            errors.show(refusal, getLocale());
        }
    }

    private void delete(TimelineNote note) {
        try {
            notes.delete(note.getId(), note.getVersion());
        } catch (EditConflictException | InvalidInputException gone) {
            Notification.show(getTranslation("timeline.changed"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        grid.setItems(notes.findAll());
    }
}
