package vn.tayninh.dashboard.indicator;

import static vn.tayninh.dashboard.indicator.Counter.*;

/**
 * What each target of the resolution counts: the one definition that cards, charts, grids, exports and the API
 * all read. A ratio is numerator / denominator over the summed counters of the communes in scope; a
 * commune check counts the communes in scope where a counter is above zero; T9d counts short courses.
 */
public enum Measure {
    T1(Kind.RATIO, UNIVERSITY, ALL),
    T2(Kind.RATIO, POSTGRADUATE, ALL),
    T3(Kind.RATIO, LEADERS_MEETING_STANDARD, LEADERS),
    T4(Kind.RATIO, PLAN_KEY_MEETING_STANDARD, PLAN_KEY),
    T5(Kind.RATIO, COMPLETE, ALL),
    T6(Kind.RATIO, RATED_WELL, RATED),
    T7a(Kind.RATIO, PLAN_YOUNG, PLAN),
    T7b(Kind.RATIO, PLAN_WOMEN, PLAN),
    T7c(Kind.RATIO, PLAN_STEM, PLAN),
    T7d(Kind.RATIO, PLAN_MINORITY, PLAN),
    T7e(Kind.COMMUNE_CHECK, PLAN_KEY_WOMEN, null),
    T8a(Kind.RATIO, COMMITTEE_YOUNG, COMMITTEE),
    T8b(Kind.RATIO, COMMITTEE_STEM, COMMITTEE),
    T8c(Kind.RATIO, COMMITTEE_WOMEN, COMMITTEE),
    T8d(Kind.COMMUNE_CHECK, BTV_WOMEN, null),
    T8e(Kind.RATIO, COMMITTEE_MINORITY, COMMITTEE),
    T9a(Kind.RATIO, SOURCE_TRAINED, SOURCE),
    T9c(Kind.RATIO, SOURCE_POSTGRADUATE, SOURCE),
    T9d(Kind.COURSES, null, null);

    public enum Kind { RATIO, COMMUNE_CHECK, COURSES }

    private final Kind kind;
    private final Counter numerator;
    private final Counter denominator;

    Measure(Kind kind, Counter numerator, Counter denominator) {
        this.kind = kind;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public Kind kind() {
        return kind;
    }

    public Counter numerator() {
        return numerator;
    }

    public Counter denominator() {
        return denominator;
    }

    /** Whether the projection of the roster to a later date judges it: not the annual ratings (T6), not courses (T9d). */
    public boolean isProjected() {
        return kind != Kind.COURSES && denominator != RATED;
    }

    public static Measure of(String targetCode) {
        return valueOf(targetCode);
    }
}
