package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.ui.ConflictDialog;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.planning.DisciplineKind;
import vn.tayninh.dashboard.planning.DisciplineRecords;
import vn.tayninh.dashboard.planning.DisciplineView;

/**
 * A cadre's discipline records (kỷ luật), which the planning rules read: those entered, each removable when entered by
 * mistake, and a new one (kind, decision date, decision number). All through {@link DisciplineRecords}, as the API,
 * with the rights and audit of the ratings.
 */
class DisciplineDialog extends Dialog {

    final Select<DisciplineKind> kind = new Select<>();
    final DateField date;
    final TextField number = new TextField();
    final Button save = new Button();
    /** The records entered, one line each. */
    final Div entered = new Div();

    private final DisciplineRecords records;
    private final Cadre cadre;
    private final Runnable refresh;

    DisciplineDialog(DisciplineRecords records, Cadre cadre, Clock clock, Runnable refresh) {
        this.records = records;
        this.cadre = cadre;
        this.refresh = refresh;
        setHeaderTitle(getTranslation("entry.discipline.title", cadre.getFullName()));
        setId("discipline-dialog");
        setWidth("min(34rem, 100%)");

        kind.setLabel(getTranslation("entry.discipline.kind"));
        kind.setId("discipline-kind");
        kind.setItems(DisciplineKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("entry.discipline.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        date = new DateField(getTranslation("entry.discipline.date"));
        date.setId("discipline-date");
        date.setMax(LocalDate.now(clock));
        date.setRequiredIndicatorVisible(true);
        number.setLabel(getTranslation("entry.discipline.number"));
        number.setId("discipline-number");
        number.setMaxLength(60);
        FormErrors errors = new FormErrors().field("kind", kind).field("decisionDate", date)
                .field("decisionNumber", number);
        FormLayout form = new FormLayout(kind, date, number);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("26rem", 3));
        entered.setId("discipline-list");
        entered.addClassName("rating-list");
        add(new Paragraph(getTranslation("entry.discipline.explanation")), new H4(getTranslation("entry.discipline.entered")),
                entered, new H4(getTranslation("entry.discipline.new")), form);

        save.setText(getTranslation("common.save"));
        save.setId("discipline-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.discipline.field.",
                () -> records.add(cadre.getId(), kind.getValue(), date.getValue(), number.getValue()),
                "entry.saved.discipline", refresh));
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), save);
        read();
    }

    private void read() {
        List<DisciplineView> list = records.of(cadre.getId());
        entered.removeAll();
        if (list.isEmpty()) {
            entered.add(new Span(getTranslation("entry.discipline.none")));
        }
        list.forEach(record -> entered.add(line(record)));
    }

    private HorizontalLayout line(DisciplineView record) {
        Span text = new Span(getTranslation("entry.discipline.line", getTranslation("entry.discipline.kind."
                + record.kind().name()), Formats.date(record.decisionDate()),
                record.decisionNumber() == null ? "–" : record.decisionNumber()));
        text.addClassName("discipline-text");
        String label = getTranslation("entry.discipline.remove", Formats.date(record.decisionDate()));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            try {
                records.delete(record.id(), record.version());
                Notification.show(getTranslation("entry.saved.disciplineRemoved"), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh.run();
            } catch (InvalidInputException refusal) {
                Notification.show(refusal.problems().stream().map(p -> p.text(getLocale()))
                                .collect(Collectors.joining("; ")), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (EditConflictException conflict) {
                ConflictDialog.show("entry.discipline.field.", conflict, refresh);
            }
            read();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
        remove.setAriaLabel(label);
        remove.setTooltipText(label);
        remove.addClassName("discipline-remove");
        HorizontalLayout line = new HorizontalLayout(text, remove);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName("rating-line");
        return line;
    }
}
