package vn.tayninh.dashboard.base;

import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * An action the user's role or commune does not allow, with a translatable reason: the screen shows it in the UI's
 * language, the exception's own message (the API's and the log's) is in Vietnamese.
 */
public class AccessRefusedException extends AccessDeniedException {

    private final Message reason;

    public AccessRefusedException(String key, Object... args) {
        this(Message.of(key, args));
    }

    private AccessRefusedException(Message reason) {
        super(Translations.text(reason, Translations.VIETNAMESE));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    /** The reason in the given language. */
    public String text(Locale locale) {
        return Translations.text(reason, locale);
    }

    /** The reason of any refusal in the given language; one without a translatable reason keeps its message. */
    public static String text(AccessDeniedException refusal, Locale locale) {
        return refusal instanceof AccessRefusedException translatable ? translatable.text(locale) : refusal.getMessage();
    }
}
