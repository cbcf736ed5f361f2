package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.tayninh.dashboard.base.ui.DialogSave;
import vn.tayninh.dashboard.base.ui.FormErrors;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreRules;

/**
 * Removes a record entered by mistake (a duplicate, a wrong person), with the reason the trail keeps. Says what
 * happens: the record counts nowhere from then on, nothing is deleted, and a person who really left is a departure.
 */
class RemoveDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button save = new Button();

    RemoveDialog(CadreEditor editor, Cadre cadre, Runnable refresh) {
        setHeaderTitle(getTranslation("entry.remove.title", cadre.getFullName()));
        setId("remove-dialog");
        setWidth("min(32rem, 100%)");
        FormErrors errors = new FormErrors().field("removalNote", note).field("cadre", note);
        note.setLabel(getTranslation("entry.field.removalNote"));
        note.setId("remove-note");
        note.setPlaceholder(getTranslation("entry.remove.placeholder"));
        note.setMaxLength(CadreRules.REMOVAL_NOTE_MAX);
        note.setRequiredIndicatorVisible(true);
        note.setWidthFull();
        add(new Paragraph(getTranslation("entry.remove.explanation")), note);

        save.setText(getTranslation("entry.remove.action"));
        save.setId("remove-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        save.addClickListener(e -> DialogSave.run(this, errors, "entry.field.",
                () -> editor.remove(cadre.getId(), cadre.getVersion(), note.getValue()), "entry.saved.removed", refresh));
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
