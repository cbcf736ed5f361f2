package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.EndReason;

/** Records a departure or the end of a title held: the day and the reason. */
class EndDialog extends Dialog {

    /** Saves the end; the service refuses with field problems or a conflict. */
    interface Ending {
        void end(LocalDate date, EndReason reason);
    }

    final DateField endDate = new DateField(getTranslation("entry.endDate"));
    final Select<EndReason> reason = new Select<>();
    final Button save = new Button();

    EndDialog(String title, String explanation, Clock clock, Ending ending, String savedKey, Runnable refresh) {
        setHeaderTitle(title);
        setId("end-dialog");
        FormErrors errors = new FormErrors().field("endDate", endDate).field("reason", reason);
        endDate.setMax(LocalDate.now(clock));
        endDate.setValue(LocalDate.now(clock));
        endDate.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("entry.reason"));
        // a record entered by mistake is removed, not ended: that reason is not offered here
        reason.setItems(java.util.Arrays.stream(EndReason.values()).filter(r -> r != EndReason.ENTERED_IN_ERROR).toList());
        reason.setItemLabelGenerator(r -> getTranslation("endReason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        add(new Paragraph(explanation), new FormLayout(endDate, reason));

        save.setText(getTranslation("common.save"));
        save.setId("end-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                () -> ending.end(endDate.getValue(), reason.getValue()), savedKey, refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
