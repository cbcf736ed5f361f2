package vn.tayninh.dashboard.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Translations;

/**
 * Vaadin's own messages (session expired, internal error, out of sync, cookies disabled) in the user's
 * language, Vietnamese unless the page is in English; Vaadin's defaults are English.
 * <p>
 * An expired session shows no notice: the browser reloads the page at once, the sign-in page says why
 * ({@code SignInReason}) and, once signed in, the person is back on the page they were on.
 */
@Component
class SystemMessagesInitializer implements VaadinServiceInitListener {

    private final Translations translations;

    SystemMessagesInitializer(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(
                UI.getCurrent() != null && UI.getCurrent().getLocale() != null ? UI.getCurrent().getLocale()
                        : Translations.VIETNAMESE));
    }

    SystemMessages messages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredCaption(text("system.sessionExpired.caption", locale));
        messages.setSessionExpiredMessage(text("system.sessionExpired.message", locale));
        messages.setInternalErrorCaption(text("system.internalError.caption", locale));
        messages.setInternalErrorMessage(text("system.internalError.message", locale));
        messages.setSyncErrorCaption(text("system.syncError.caption", locale));
        messages.setSyncErrorMessage(text("system.syncError.message", locale));
        messages.setCookiesDisabledCaption(text("system.cookiesDisabled.caption", locale));
        messages.setCookiesDisabledMessage(text("system.cookiesDisabled.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
