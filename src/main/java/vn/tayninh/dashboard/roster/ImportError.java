package vn.tayninh.dashboard.roster;

import java.util.Locale;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.Translations;

/**
 * A fault in a roster file.
 *
 * @param line   the physical line where the faulty row starts; the header is line 1
 * @param column the header name of the faulty column, or null when the fault concerns the whole row
 * @param reason what is wrong: a translation key and its parameters
 */
public record ImportError(int line, String column, Message reason) {

    /** What is wrong, in the given language. */
    public String text(Locale locale) {
        return Translations.text(reason, locale);
    }

    /** What is wrong, in Vietnamese: the API's language. */
    public String message() {
        return text(Translations.VIETNAMESE);
    }
}
