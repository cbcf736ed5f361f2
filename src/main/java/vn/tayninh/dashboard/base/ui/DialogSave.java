package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;

/**
 * What every editing dialog does on save: call the service; on success close, refresh the page and say so; on a
 * refusal show each problem at its field and stay open; on a conflict close and show the record's current values,
 * from which the page is refreshed.
 */
public final class DialogSave {

    private DialogSave() {
    }

    /**
     * @param fieldKeyPrefix translation-key prefix of the field labels shown in a conflict
     * @param savedKey       translation key of the message after a save
     * @param refresh        reads the page's data again, after a save or a conflict
     */
    public static void run(Dialog dialog, FormErrors errors, String fieldKeyPrefix, Runnable save, String savedKey,
                           Runnable refresh) {
        try {
            save.run();
            dialog.close();
            refresh.run();
            Notification.show(dialog.getTranslation(savedKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        } catch (EditConflictException conflict) {
            dialog.close();
            ConflictDialog.show(fieldKeyPrefix, conflict, refresh);
        }
    }
}
