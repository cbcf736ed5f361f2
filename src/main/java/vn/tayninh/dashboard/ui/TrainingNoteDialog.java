package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.training.Removal;

/**
 * Why the board refuses a person for a course (a note), or takes a participant off it (a reason from the list and a
 * note): both required, both checked by the service.
 */
class TrainingNoteDialog extends Dialog {

    final Select<Removal> removal = new Select<>();
    final TextField note = new TextField();
    final Button save = new Button();

    TrainingNoteDialog(String title, String explanation, boolean withRemoval, String saveText,
                       BiConsumer<Removal, String> saving, String savedKey, Runnable refresh) {
        setHeaderTitle(title);
        setId("training-note-dialog");
        removal.setLabel(getTranslation("trainingPage.removal"));
        removal.setItems(Removal.values());
        removal.setItemLabelGenerator(r -> getTranslation("training.removal." + r.name()));
        removal.setRequiredIndicatorVisible(true);
        removal.setId("training-removal");
        note.setLabel(getTranslation("trainingPage.note"));
        note.setId("training-note");
        note.setMaxLength(400);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        FormErrors errors = new FormErrors().field("removal", removal).field("note", note);
        add(new Paragraph(explanation), withRemoval ? new FormLayout(removal, note) : new FormLayout(note));
        save.setText(saveText);
        save.setId("training-note-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> DialogSave.run(this, errors, "trainingPage.",
                () -> saving.accept(removal.getValue(), note.getValue()), savedKey, refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
