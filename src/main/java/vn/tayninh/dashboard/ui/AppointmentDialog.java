package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.position.Position;

/** Records an appointment: the title or seat, from which day, by which decision. */
class AppointmentDialog extends Dialog {

    final Select<Position> position = new Select<>();
    final DateField startDate = new DateField(getTranslation("entry.startDate"));
    final TextField decisionNumber = new TextField();
    final Button save = new Button();

    AppointmentDialog(CadreEditor editor, Cadre cadre, Clock clock, Runnable refresh) {
        setHeaderTitle(getTranslation("entry.appoint.title", cadre.getFullName()));
        setId("appointment-dialog");
        FormErrors errors = new FormErrors().field("position", position).field("startDate", startDate)
                .field("decisionNumber", decisionNumber);
        position.setLabel(getTranslation("commune.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(p -> getTranslation("position." + p.name()));
        position.setRequiredIndicatorVisible(true);
        startDate.setMax(LocalDate.now(clock));
        startDate.setValue(LocalDate.now(clock));
        startDate.setRequiredIndicatorVisible(true);
        decisionNumber.setLabel(getTranslation("entry.decisionNumber"));
        decisionNumber.setMaxLength(CadreRules.DECISION_MAX);
        add(new FormLayout(position, startDate, decisionNumber));

        save.setText(getTranslation("entry.appoint.action"));
        save.setId("appointment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                () -> editor.appoint(cadre.getId(), position.getValue(), startDate.getValue(), decisionNumber.getValue()),
                "entry.saved.appointment", refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
