package vn.tayninh.dashboard.indicator;

/**
 * The counts the database returns per commune; every target's numerator and denominator is one of them.
 * Populations and conditions follow indicators.md.
 */
public enum Counter {
    ALL, UNIVERSITY, POSTGRADUATE, COMPLETE,
    RATED, RATED_WELL,
    LEADERS, LEADERS_MEETING_STANDARD,
    PLAN_KEY, PLAN_KEY_MEETING_STANDARD, PLAN_KEY_WOMEN,
    PLAN, PLAN_YOUNG, PLAN_WOMEN, PLAN_STEM, PLAN_MINORITY,
    COMMITTEE, COMMITTEE_YOUNG, COMMITTEE_STEM, COMMITTEE_WOMEN, COMMITTEE_MINORITY,
    BTV, BTV_WOMEN,
    SOURCE, SOURCE_TRAINED, SOURCE_POSTGRADUATE
}
