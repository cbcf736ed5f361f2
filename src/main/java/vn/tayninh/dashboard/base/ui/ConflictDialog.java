package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import vn.tayninh.dashboard.base.EditConflictException;

/**
 * Tells a user that someone else saved the record first: nothing of theirs was written. Shows the record's
 * current values and offers to start again from them.
 */
public class ConflictDialog extends Dialog {

    /**
     * @param fieldKeyPrefix translation-key prefix of the field labels, e.g. {@code cadre.}
     * @param current        the current values, field by field (from the refusal, or read again)
     * @param reload         called when the user chooses to start again from the current values
     */
    public ConflictDialog(String fieldKeyPrefix, Map<String, String> current, Runnable reload) {
        setHeaderTitle(getTranslation("conflict.title"));
        addClassName("conflict-dialog");
        add(new Paragraph(getTranslation("conflict.text")));
        DescriptionList values = new DescriptionList();
        current.forEach((field, value) -> values.add(new DescriptionList.Term(getTranslation(fieldKeyPrefix + field)),
                new DescriptionList.Description(value == null ? getTranslation("conflict.empty") : value)));
        add(values);
        Button again = new Button(getTranslation("conflict.reload"), e -> {
            close();
            reload.run();
        });
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.setId("conflict-reload");
        getFooter().add(new Button(getTranslation("common.close"), e -> close()), again);
    }

    public static void show(String fieldKeyPrefix, EditConflictException conflict, Runnable reload) {
        new ConflictDialog(fieldKeyPrefix, conflict.currentValues(), reload).open();
    }
}
