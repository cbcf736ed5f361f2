package vn.tayninh.dashboard.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}: Vietnamese (the base file, and the default)
 * and English. No fallback to the JVM's locale, so a server running in English still serves Vietnamese.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    /** Session attribute holding the language the user chose. */
    public static final String SESSION_LOCALE = "app.locale";
    static final String BUNDLE = "vaadin-i18n.translations";
    /** Starts a stored text that is a translation key rather than words in one language. */
    static final String KEY_PREFIX = "i18n:";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return text(key, locale, params);
    }

    /**
     * A stored text that names a translation key (made by {@link #key}) in the given language, with the
     * parameters; any other stored text (what a user typed) as it is.
     */
    public static String stored(String text, Locale locale, Object... params) {
        return text != null && text.startsWith(KEY_PREFIX)
                ? text(text.substring(KEY_PREFIX.length()), locale, params) : text;
    }

    /** The value to store for a text that is shown in the reader's language: a reference to a translation key. */
    public static String key(String key) {
        return KEY_PREFIX + key;
    }

    /** A message in the given language: Vietnamese unless the locale is English. */
    public static String text(Message message, Locale locale) {
        Object[] args = message.argArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Message inner) {
                args[i] = text(inner, locale);
            }
        }
        return text(message.key(), locale, args);
    }

    static String text(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        try {
            String text = bundle(locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' ({})", key, locale);
            return "!" + key;
        }
    }

    /** A text in Vietnamese whatever the UI language: for messages of data files and of the API. */
    public String vietnamese(String key, Object... params) {
        return getTranslation(key, VIETNAMESE, params);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale lookup = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, NO_FALLBACK);
    }
}
