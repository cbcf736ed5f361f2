package vn.tayninh.dashboard.base;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Input a service refuses, with a translatable message for each offending field; nothing was written.
 * Forms show each message at its field in the UI's language, the API returns them as a 400 body in Vietnamese.
 */
public class InvalidInputException extends RuntimeException {

    /**
     * @param field the field's name in code (the form's property, the API's JSON member)
     * @param reason the message's translation key and parameters
     */
    public record Problem(String field, Message reason) {

        public static Problem of(String field, String key, Object... args) {
            return new Problem(field, Message.of(key, args));
        }

        /** The message in the given language. */
        public String text(Locale locale) {
            return Translations.text(reason, locale);
        }

        /** The message in Vietnamese: the API's language and the log's. */
        public String message() {
            return text(Translations.VIETNAMESE);
        }
    }

    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String key, Object... args) {
        this(List.of(Problem.of(field, key, args)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
