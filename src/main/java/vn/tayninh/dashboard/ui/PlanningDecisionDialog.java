package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.planning.Decision;

/**
 * The board's decision on planning: its number, date, body and the day it takes effect (the decision's date when left
 * empty). Approves a proposal, an exit, or the exits chosen in the yearly review; the service checks every field.
 */
class PlanningDecisionDialog extends Dialog {

    final TextField number = new TextField(getTranslation("planningPage.decision.number"));
    final DateField date = new DateField(getTranslation("planningPage.decision.date"));
    final TextField body = new TextField(getTranslation("planningPage.decision.body"));
    final DateField effective = new DateField(getTranslation("planningPage.decision.effective"));
    final Button save = new Button();

    PlanningDecisionDialog(String title, String explanation, Clock clock, Consumer<Decision> deciding,
                           Runnable refresh) {
        setHeaderTitle(title);
        setId("planning-decision-dialog");
        number.setId("planning-decision-number");
        number.setRequiredIndicatorVisible(true);
        number.setMaxLength(60);
        date.setId("planning-decision-date");
        date.setRequiredIndicatorVisible(true);
        date.setValue(LocalDate.now(clock));
        body.setValue(getTranslation("planningPage.decision.body.default"));
        body.setMaxLength(200);
        effective.setHelperText(getTranslation("planningPage.decision.effective.help"));
        FormErrors errors = new FormErrors().field("decisionNumber", number).field("decisionDate", date)
                .field("decisionBody", body).field("effectiveDate", effective);
        add(new Paragraph(explanation), new FormLayout(number, date, body, effective));
        save.setText(getTranslation("planningPage.decision.save"));
        save.setId("planning-decision-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "planningPage.field.",
                () -> deciding.accept(new Decision(number.getValue(), date.getValue(), body.getValue(),
                        effective.getValue())), "planningPage.decision.saved", refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
