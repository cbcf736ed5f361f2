package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.DatabaseFailure;

/**
 * When an action on a screen fails because the database cannot serve (stopped or restarting, read-only, disk
 * full), the user is told so in their language, in a notification that stays until closed, and the page stays
 * usable; nothing was saved, since the transaction rolled back. Any other failure is handled as before.
 */
@Component
class DatabaseErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseErrorHandler.class);
    private final transient DefaultErrorHandler fallback = new DefaultErrorHandler();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Optional<DatabaseFailure> failure = DatabaseFailure.of(event.getThrowable());
        UI ui = UI.getCurrent();
        if (failure.isEmpty() || ui == null) {
            fallback.error(event);
            return;
        }
        log.warn("Action refused on screen, the database is {}: {}", failure.get(), event.getThrowable().toString());
        show(ui, failure.get());
    }

    static void show(UI ui, DatabaseFailure failure) {
        Notification notification = new Notification();
        notification.setText(ui.getTranslation(failure.messageKey()));
        notification.setDuration(0);
        notification.setPosition(Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.addClassName("database-failure");
        notification.getElement().setAttribute("role", "alert");
        notification.getElement().addEventListener("click", e -> notification.close());
        notification.open();
    }
}
