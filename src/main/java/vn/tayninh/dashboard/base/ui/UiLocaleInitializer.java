package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Texts;
import vn.tayninh.dashboard.base.Translations;

/**
 * Every UI starts in Vietnamese unless the user switched this session to English, and the page's {@code lang}
 * says so: screen readers pronounce the text in that language. The connection indicator's messages (connection
 * lost and trying again, given up, back online), English in Vaadin, are in that language too: Flow hands the
 * reconnect configuration's two texts to the indicator, and the third is set on it directly.
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
            connectionTexts(e.getUI(), new Texts(locale));
        });
    }

    static void connectionTexts(UI ui, Texts texts) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(texts.get("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(texts.get("connection.lost"));
        ui.getPage().executeJs("""
                const set = () => {
                  const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
                  if (indicator) {
                    indicator.reconnectingText = $0;
                    indicator.offlineText = $1;
                    indicator.onlineText = $2;
                  }
                  return !!indicator;
                };
                if (!set()) {
                  customElements.whenDefined('vaadin-connection-indicator').then(set);
                }""", reconnect.getDialogText(), reconnect.getDialogTextGaveUp(), texts.get("connection.online"));
    }
}
