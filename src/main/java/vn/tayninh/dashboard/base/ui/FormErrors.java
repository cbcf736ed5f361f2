package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Translations;

/**
 * Shows a service's refusal at the fields it names, so that a rule checked only on the server (a seat already
 * filled, a rating already entered) reads like any other field error; a problem without a field becomes a message.
 */
public final class FormErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows the refusal's messages in the current UI's language. */
    public void show(InvalidInputException refusal) {
        UI ui = UI.getCurrent();
        show(refusal, ui == null ? Translations.VIETNAMESE : ui.getLocale());
    }

    public void show(InvalidInputException refusal, Locale locale) {
        clear();
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        StringBuilder elsewhere = new StringBuilder();
        for (InvalidInputException.Problem problem : refusal.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                elsewhere.append(elsewhere.isEmpty() ? "" : "\n").append(problem.text(locale));
            } else {
                messages.merge(field, problem.text(locale), (a, b) -> a + "; " + b);
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        if (!elsewhere.isEmpty()) {
            Notification.show(elsewhere.toString(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
