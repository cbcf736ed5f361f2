package vn.tayninh.dashboard.indicator;

/** Who a target counts; see docs/indicators.md for the exact definitions. */
public enum Population {
    /** Every active cadre. */
    ALL,
    /** Holders of at least one key title. */
    LEADERS,
    /** Planning pool for key titles. */
    PLAN_KEY,
    /** Planning pool for the party committee and leadership (key title or committee). */
    PLAN,
    /** Party-committee members (BCH, including BTV). */
    COMMITTEE,
    /** Standing-committee members. */
    BTV,
    /** Young source cadres. */
    SOURCE,
    /** Active cadres with a rating for the rating year. */
    RATED,
    /** Communes in scope (per-commune checks T7e, T8d). */
    COMMUNES,
    /** Short courses held in the period (T9d). */
    COURSES
}
