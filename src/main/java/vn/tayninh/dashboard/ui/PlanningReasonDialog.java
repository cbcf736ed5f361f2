package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.planning.ExitReason;

/**
 * A text the board or the commune gives with an action on planning: why a proposal is sent back (reason only), or why
 * an entry should leave the list (an exit reason from the list and a note, needed for "other").
 */
class PlanningReasonDialog extends Dialog {

    final Select<ExitReason> reason = new Select<>();
    final TextArea note = new TextArea();
    final Button save = new Button();

    /** {@code withReason}: the list of exit reasons is shown and required; {@code chosen} preselects one. */
    PlanningReasonDialog(String title, String explanation, boolean withReason, ExitReason chosen, String saveText,
                         BiConsumer<ExitReason, String> saving, String savedKey, Runnable refresh) {
        setHeaderTitle(title);
        setId("planning-reason-dialog");
        reason.setLabel(getTranslation("planningPage.exit.reason"));
        reason.setItems(ExitReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("planningPage.exitReason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setValue(chosen);
        reason.setId("planning-exit-reason");
        note.setLabel(getTranslation(withReason ? "planningPage.exit.note" : "planningPage.return.reason"));
        note.setId("planning-reason-note");
        note.setMaxLength(1000);
        note.setRequiredIndicatorVisible(!withReason);
        FormErrors errors = new FormErrors().field("reason", withReason ? reason : note).field("note", note);
        FormLayout form = withReason ? new FormLayout(reason, note) : new FormLayout(note);
        add(new Paragraph(explanation), form);
        save.setText(saveText);
        save.setId("planning-reason-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "planningPage.field.",
                () -> saving.accept(withReason ? reason.getValue() : null, note.getValue()), savedKey, refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
