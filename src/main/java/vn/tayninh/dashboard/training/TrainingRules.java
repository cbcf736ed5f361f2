package vn.tayninh.dashboard.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.base.FreeText;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;

/** The one set of rules for what the plan page, the API and the tests give the training plan. */
final class TrainingRules {

    static final int MAX_PLACES = 10_000;
    static final LocalDate EARLIEST_START = LocalDate.of(TrainingPlans.FIRST_YEAR, 1, 1);
    static final LocalDate LATEST_START = LocalDate.of(TrainingPlans.LAST_YEAR, 12, 31);
    static final LocalDate LATEST_END = LocalDate.of(2035, 12, 31);

    private TrainingRules() {
    }

    /** A version's name: required, one line, at most 200 characters. */
    static String planName(String name) {
        return text("name", name, 200, true);
    }

    /** Why a person is proposed or taken: optional, one line, at most 400 characters. */
    static String reason(String reason) {
        String text = text("reason", reason, 400, false);
        return text == null ? "" : text;
    }

    /** Why a person is refused or taken off: required, at most 400 characters. */
    static String note(String note) {
        return text("note", note, 400, true);
    }

    /** A course: every field required; start within the plan's period, end after the start, places 1–10 000. */
    static void check(CourseForm form) {
        List<Problem> problems = new ArrayList<>();
        if (form == null) {
            throw new InvalidInputException("kind", "training.course.kindRequired");
        }
        if (form.kind() == null) {
            problems.add(Problem.of("kind", "training.course.kindRequired"));
        }
        try {
            text("title", form.title(), 200, true);
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (form.startDate() == null) {
            problems.add(Problem.of("startDate", "training.course.startRequired"));
        } else if (form.startDate().isBefore(EARLIEST_START) || form.startDate().isAfter(LATEST_START)) {
            problems.add(Problem.of("startDate", "training.course.startOutside"));
        }
        if (form.endDate() == null) {
            problems.add(Problem.of("endDate", "training.course.endRequired"));
        } else if (form.startDate() != null && !form.endDate().isAfter(form.startDate())) {
            problems.add(Problem.of("endDate", "training.course.endBeforeStart"));
        } else if (form.endDate().isAfter(LATEST_END)) {
            problems.add(Problem.of("endDate", "training.course.endTooLate"));
        }
        if (form.places() == null) {
            problems.add(Problem.of("places", "training.course.placesRequired"));
        } else if (form.places() < 1 || form.places() > MAX_PLACES) {
            problems.add(Problem.of("places", "training.course.placesRange", MAX_PLACES));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                throw new InvalidInputException(field, "training.text.required");
            }
            return null;
        }
        if (text.length() > max) {
            throw new InvalidInputException(field, "training.text.tooLong", max);
        }
        FreeText.check(text, FreeText.Lines.ONE).ifPresent(message -> {
            throw new InvalidInputException(List.of(new Problem(field, message)));
        });
        return text;
    }
}
