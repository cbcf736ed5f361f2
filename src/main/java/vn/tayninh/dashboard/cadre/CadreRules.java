package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Collection;
import java.util.Optional;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.position.Position;

/**
 * The plausibility rules of a cadre's data, field by field: one definition for the form's instant feedback and for
 * the service, which checks them again whatever the caller sent. Each returns the problem, if any.
 */
public final class CadreRules {

    public static final int NAME_MAX = 120;
    public static final int ETHNICITY_MAX = 40;
    public static final int DECISION_MAX = 60;
    public static final int MIN_AGE = 18;
    public static final int MAX_AGE = 70;
    /** Ratings before the resolution's baseline data are not entered. */
    public static final int FIRST_RATING_YEAR = 2020;

    /** The earliest end of a course in progress that a record may carry. */
    public static final LocalDate EARLIEST_STUDY_END = LocalDate.of(2020, 1, 1);
    /** How far ahead a course in progress may end. */
    public static final int STUDY_YEARS_AHEAD = 10;

    private CadreRules() {
    }

    public static Optional<Message> fullName(String name) {
        String text = name == null ? "" : name.strip();
        if (text.isEmpty() || text.length() > NAME_MAX) {
            return Optional.of(Message.of("entry.rule.fullName", NAME_MAX));
        }
        return plainText(text);
    }

    /**
     * Every text of a cadre's data is one line of printable characters: a control character (U+0000–U+001F,
     * U+007F–U+009F, tab and line breaks included) would be stored invisibly and carried into every export.
     */
    public static Optional<Message> plainText(String text) {
        return hasControlCharacters(text) ? Optional.of(Message.of("entry.rule.controlCharacters"))
                : vn.tayninh.dashboard.base.FreeText.check(text, vn.tayninh.dashboard.base.FreeText.Lines.ONE);
    }

    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }

    /** Unknown is allowed (it counts against the completeness target); a known one must give an age of 18–70. */
    public static Optional<Message> birthDate(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        int age = birthDate.isAfter(today) ? -1 : Period.between(birthDate, today).getYears();
        return age < MIN_AGE || age > MAX_AGE
                ? Optional.of(Message.of("entry.rule.birthDate", MIN_AGE, MAX_AGE)) : Optional.empty();
    }

    public static Optional<Message> ethnicity(String ethnicity) {
        return ethnicity != null && ethnicity.strip().length() > ETHNICITY_MAX
                ? Optional.of(Message.of("entry.rule.ethnicity", ETHNICITY_MAX)) : plainText(ethnicity);
    }

    /** A start (of a record or of a title) is known, not in the future, and not before the given earliest day. */
    public static Optional<Message> startDate(LocalDate start, LocalDate today, LocalDate earliest) {
        if (start == null) {
            return Optional.of(Message.of("entry.rule.required"));
        }
        if (start.isAfter(today)) {
            return Optional.of(Message.of("entry.rule.startFuture"));
        }
        if (earliest != null && start.isBefore(earliest)) {
            return Optional.of(Message.of("entry.rule.startBefore", Formats.date(earliest)));
        }
        return Optional.empty();
    }

    /** A departure or the end of a title: known, not in the future, and after the start. */
    public static Optional<Message> endDate(LocalDate end, LocalDate start, LocalDate today) {
        if (end == null) {
            return Optional.of(Message.of("entry.rule.required"));
        }
        if (end.isAfter(today)) {
            return Optional.of(Message.of("entry.rule.endFuture"));
        }
        if (start != null && !end.isAfter(start)) {
            return Optional.of(Message.of("entry.rule.endAfterStart", Formats.date(start)));
        }
        return Optional.empty();
    }

    public static Optional<Message> decisionNumber(String number) {
        return number != null && number.strip().length() > DECISION_MAX
                ? Optional.of(Message.of("entry.rule.decisionNumber", DECISION_MAX)) : plainText(number);
    }

    /** A rating year of a record whose start is not known as a working start (a roster file's rows start on the import day). */
    public static Optional<Message> ratingYear(Integer year, LocalDate today) {
        return ratingYear(year, today, null);
    }

    /**
     * A rating year: from {@link #FIRST_RATING_YEAR} to the current year, and not before the year the cadre started
     * ({@code start}; null when unknown): a cadre who started on 01/12/2026 may be rated for 2026, not for 2025.
     */
    public static Optional<Message> ratingYear(Integer year, LocalDate today, LocalDate start) {
        int last = Year.from(today).getValue();
        if (year == null || year < FIRST_RATING_YEAR || year > last) {
            return Optional.of(Message.of("entry.rule.ratingYear", String.valueOf(FIRST_RATING_YEAR), String.valueOf(last)));
        }
        if (start != null && year < start.getYear()) {
            return Optional.of(Message.of("entry.rule.ratingBeforeStart", Formats.date(start), String.valueOf(year)));
        }
        return Optional.empty();
    }

    /** The years a cadre who started on {@code start} (null: unknown) may be rated for, latest first. */
    public static java.util.List<Integer> ratingYears(LocalDate today, LocalDate start) {
        int first = start == null ? FIRST_RATING_YEAR : Math.max(FIRST_RATING_YEAR, start.getYear());
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int year = Year.from(today).getValue(); year >= first; year--) {
            years.add(year);
        }
        return years;
    }

    /**
     * The reason of a departure or of a title given up: known, and not {@link EndReason#ENTERED_IN_ERROR}, which only
     * the removal of a record entered by mistake writes.
     */
    public static Optional<Message> endReason(EndReason reason) {
        if (reason == null) {
            return Optional.of(Message.of("entry.rule.required"));
        }
        return reason == EndReason.ENTERED_IN_ERROR ? Optional.of(Message.of("entry.rule.removalReason")) : Optional.empty();
    }

    public static final int REMOVAL_NOTE_MAX = 500;

    /** Why a record is removed as entered by mistake: required, one line, up to {@link #REMOVAL_NOTE_MAX} characters. */
    public static Optional<Message> removalNote(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > REMOVAL_NOTE_MAX) {
            return Optional.of(Message.of("entry.rule.removalNote", REMOVAL_NOTE_MAX));
        }
        return plainText(text);
    }

    /** A commune never holds more of a title or seat than approved: {@code heldAfter} counts the newcomer. */
    public static Optional<Message> seats(int approved, int heldAfter) {
        return heldAfter > approved ? Optional.of(Message.of("entry.rule.seatsFull", approved)) : Optional.empty();
    }

    /** The titles and seats one cadre may hold together: a standing-committee member sits on the party committee. */
    public static Optional<Message> positionsHeld(Collection<Position> held) {
        return held.contains(Position.BTV) && !held.contains(Position.BCH)
                ? Optional.of(Message.of("entry.rule.btvNeedsBch")) : Optional.empty();
    }

    /**
     * A degree in progress: a university degree or higher, above the cadre's current education (an unknown one
     * admits any degree), since the projection only ever raises a level.
     */
    public static Optional<Message> studyingFor(Education current, Education level) {
        if (level == null) {
            return Optional.empty();
        }
        boolean above = current == null || level.ordinal() < current.ordinal();
        return level.isUniversityOrHigher() && above ? Optional.empty()
                : Optional.of(Message.of("entry.rule.studyingFor"));
    }

    /** A political-theory course in progress: intermediate or advanced, above the cadre's current level. */
    public static Optional<Message> llctStudyingFor(PoliticalTheory current, PoliticalTheory level) {
        if (level == null) {
            return Optional.empty();
        }
        boolean meetsStandard = level == PoliticalTheory.TRUNG_CAP || level == PoliticalTheory.CU_NHAN_CAO_CAP;
        boolean above = current == null || level.ordinal() < current.ordinal();
        return meetsStandard && above ? Optional.empty() : Optional.of(Message.of("entry.rule.llctStudyingFor"));
    }

    /**
     * The end of a course in progress: required with a level and empty without one; from
     * {@link #EARLIEST_STUDY_END} (a course that ended before is a level held) to {@link #STUDY_YEARS_AHEAD} years
     * from today.
     */
    public static Optional<Message> studyEnd(Enum<?> level, LocalDate end, LocalDate today) {
        if (level == null) {
            return end == null ? Optional.empty() : Optional.of(Message.of("entry.rule.studyEndWithoutLevel"));
        }
        if (end == null) {
            return Optional.of(Message.of("entry.rule.required"));
        }
        LocalDate latest = today.plusYears(STUDY_YEARS_AHEAD);
        return end.isBefore(EARLIEST_STUDY_END) || end.isAfter(latest)
                ? Optional.of(Message.of("entry.rule.studyEnd", Formats.date(EARLIEST_STUDY_END), Formats.date(latest)))
                : Optional.empty();
    }

    public static <T> Optional<Message> required(T value) {
        return value == null ? Optional.of(Message.of("entry.rule.required")) : Optional.empty();
    }
}
