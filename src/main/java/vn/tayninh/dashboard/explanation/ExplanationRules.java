package vn.tayninh.dashboard.explanation;

import java.time.LocalDate;
import java.util.List;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;

/**
 * The rules on what a request, an answer and a return say, in one place for the forms and the API (both go
 * through {@link Explanations}). Texts may span lines but hold no other control characters.
 */
public final class ExplanationRules {

    public static final int MAX_REQUEST = 1000;
    public static final int MAX_CAUSE = 2000;
    public static final int MAX_REMEDY = 2000;
    public static final int MAX_COMMENT = 1000;

    private ExplanationRules() {
    }

    /** The text trimmed; a problem added under {@code field} when it is missing, too long or holds control characters. */
    static String text(String field, String value, int max, List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            problems.add(Problem.of(field, "entry.rule.required"));
        } else if (text.length() > max) {
            problems.add(Problem.of(field, "explanation.rule.tooLong", max));
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            problems.add(Problem.of(field, "explanation.rule.control"));
        }
        return text;
    }

    static void date(String field, LocalDate value, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "entry.rule.required"));
        }
    }
}
