package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Translations;

/**
 * Every UI starts in Vietnamese unless the user switched this session to English, and the page's {@code lang}
 * says so: screen readers pronounce the text in that language.
 */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Object chosen = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getAttribute(Translations.SESSION_LOCALE);
            Locale locale = chosen instanceof Locale l ? l : Translations.VIETNAMESE;
            e.getUI().setLocale(locale);
            e.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }
}
