package vn.tayninh.dashboard.indicator;

import vn.tayninh.dashboard.position.Position;

/**
 * The counts the database returns per commune; every target's numerator and denominator is one of them.
 * Populations and conditions follow docs/indicators.md.
 */
public enum Counter {
    ALL, UNIVERSITY, POSTGRADUATE, COMPLETE,
    RATED, RATED_WELL,
    LEADERS, LEADERS_MEETING_STANDARD,
    PLAN_KEY, PLAN_KEY_MEETING_STANDARD, PLAN_KEY_WOMEN,
    PLAN, PLAN_YOUNG, PLAN_WOMEN, PLAN_STEM, PLAN_MINORITY,
    COMMITTEE, COMMITTEE_YOUNG, COMMITTEE_STEM, COMMITTEE_WOMEN, COMMITTEE_MINORITY,
    BTV, BTV_WOMEN,
    SOURCE, SOURCE_TRAINED, SOURCE_POSTGRADUATE,
    /** Seats filled per position (vacancies). */
    FILLED_BI_THU, FILLED_PHO_BI_THU_TT, FILLED_CT_HDND, FILLED_PCT_HDND, FILLED_CT_UBND, FILLED_PCT_UBND,
    FILLED_BCH, FILLED_BTV;

    public static Counter filled(Position position) {
        return valueOf("FILLED_" + position.name());
    }
}
