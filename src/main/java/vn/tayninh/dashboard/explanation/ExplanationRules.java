package vn.tayninh.dashboard.explanation;

import java.time.LocalDate;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.FreeText;
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
        } else {
            FreeText.check(text, FreeText.Lines.SEVERAL).ifPresent(reason -> problems.add(new Problem(field, reason)));
        }
        return text;
    }

    /** The first and last day a date of a request (as-of, due, expected by) may name, as the product's other dates. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    /** A problem under {@code field} when the date is missing or outside {@link #EARLIEST}–{@link #LATEST}. */
    static void date(String field, LocalDate value, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.of(field, "entry.rule.required"));
        } else if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            problems.add(Problem.of(field, "explanation.rule.dateRange", Formats.date(EARLIEST), Formats.date(LATEST)));
        }
    }
}
