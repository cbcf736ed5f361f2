package vn.tayninh.dashboard.base;

import java.io.Serializable;
import java.util.Locale;

/**
 * The texts of one language, bound to it once: what work off the UI thread (a file made in the background) looks its
 * words up with, taken from the page when the work is asked for, so that the work never needs the page.
 *
 * @param locale the language; Vietnamese unless English
 */
public record Texts(Locale locale) implements Serializable {

    public Texts {
        locale = locale == null ? Translations.VIETNAMESE : locale;
    }

    /** The text of {@code key} in this language, with the parameters. */
    public String get(String key, Object... params) {
        return Translations.text(key, locale, params);
    }
}
