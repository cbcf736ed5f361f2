package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.DatabaseFailure;

/**
 * When an action on a screen fails, the user is told in their language, in a notification that stays until closed,
 * and the page stays usable. A database that cannot serve (stopped or restarting, read-only, disk full) is named as
 * such: nothing was saved, since the transaction rolled back. Any other failure is logged at ERROR under a short
 * reference that the notification quotes; the exception's text is never shown. What Vaadin ignores (a browser that
 * went away mid-request) stays ignored.
 */
@Component
class ScreenErrorHandler extends DefaultErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ScreenErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable throwable = event.getThrowable();
        if (browserWentAway(throwable)) {
            return;
        }
        Optional<DatabaseFailure> failure = DatabaseFailure.of(throwable);
        UI ui = UI.getCurrent();
        if (failure.isPresent()) {
            log.warn("Action refused on screen, the database is {}: {}", failure.get(), throwable.toString());
            if (ui != null) {
                show(ui, ui.getTranslation(failure.get().messageKey()), "database-failure");
            }
            return;
        }
        String reference = FailureReference.log("Action on screen failed", throwable);
        if (ui != null) {
            show(ui, ui.getTranslation("error.action.text", reference), "action-failure");
        }
    }

    /** Vaadin's own list of what is no fault (a socket closed by the browser), anywhere in the chain of causes. */
    private boolean browserWentAway(Throwable throwable) {
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            if (!shouldHandle(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void show(UI ui, String text, String className) {
        Notification notification = new Notification();
        notification.setText(text);
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName(className);
        notification.getElement().setAttribute("role", "alert");
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
    }
}
