package vn.tayninh.dashboard.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.ui.MainLayout;

/** Every UI starts in Vietnamese unless the user switched this session to English. */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Object chosen = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getAttribute(MainLayout.SESSION_LOCALE);
            e.getUI().setLocale(chosen instanceof Locale locale ? locale : Translations.VIETNAMESE);
        });
    }
}
