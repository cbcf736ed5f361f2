package vn.tayninh.dashboard.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.FreeText;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;

/**
 * The one set of rules for a timeline note, whether it comes from the form or the API: a title of at most
 * {@link #TITLE_MAX} characters, and a date on the charts' span, from the year before the 2025 merger to the end of
 * the resolution's term plus five years. The commune, when named, must exist (checked by the service).
 */
public final class TimelineNoteRules {

    public static final int TITLE_MAX = 200;
    public static final LocalDate EARLIEST = LocalDate.of(2024, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2035, 12, 31);

    private TimelineNoteRules() {
    }

    public static List<Problem> check(LocalDate date, String title) {
        List<Problem> problems = new ArrayList<>();
        if (date == null) {
            problems.add(Problem.of("date", "entry.rule.required"));
        } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            problems.add(Problem.of("date", "timeline.rule.dateRange", Formats.date(EARLIEST), Formats.date(LATEST)));
        }
        if (title == null || title.isBlank()) {
            problems.add(Problem.of("title", "entry.rule.required"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(Problem.of("title", "timeline.rule.titleLength", TITLE_MAX));
        } else {
            FreeText.check(title, FreeText.Lines.ONE).ifPresent(reason ->
                    problems.add(new Problem("title", reason)));
        }
        return problems;
    }
}
