package vn.tayninh.dashboard.quality;

import vn.tayninh.dashboard.indicator.RequiredFields;

/**
 * The data-quality problems a cadre record can have (docs/data-quality.md), each defined once here as a SQL
 * condition on an active record {@code c} at the as-of date; every count, list, page and API answer reads these.
 * The parameters are set by {@link QualityQueries}; {@code c.twins} counts the active records of the province that
 * share the record's name key and birth date.
 */
public enum Problem {
    /** ĐỦ: one of T5's required fields is empty — the negation of T5's own test. */
    MISSING_FIELDS(Group.COMPLETE, "NOT " + RequiredFields.COMPLETE_SQL),
    /** ĐÚNG: under 18 or over 65 at the as-of date, birthday counted. */
    AGE_OUT_OF_RANGE(Group.PLAUSIBLE, "(c.birth_date > :adultSince OR c.birth_date <= :over65Since)"),
    /** ĐÚNG: started before the 18th birthday (dates compared as yyyymmdd numbers, which both databases compute). */
    STARTED_UNDER_18(Group.PLAUSIBLE, "(c.birth_date IS NOT NULL AND"
            + " EXTRACT(YEAR FROM c.start_date) * 10000 + EXTRACT(MONTH FROM c.start_date) * 100 + EXTRACT(DAY FROM c.start_date)"
            + " - (EXTRACT(YEAR FROM c.birth_date) * 10000 + EXTRACT(MONTH FROM c.birth_date) * 100"
            + " + EXTRACT(DAY FROM c.birth_date)) < 180000)"),
    /** ĐÚNG: a master's or doctorate under 22 at the as-of date. */
    POSTGRAD_UNDER_22(Group.PLAUSIBLE, "(c.education IN ('THAC_SI', 'TIEN_SI') AND c.birth_date > :postgradSince)"),
    /** SẠCH: another active record in the province with the same normalized name and birth date. */
    POSSIBLE_DUPLICATE(Group.CLEAN, "c.twins > 1"),
    /** SỐNG: no change in the 365 days before the as-of date (a record never touched counts from its start). */
    STALE(Group.CURRENT, "COALESCE(c.last_changed, c.start_date) < :staleBefore"),
    /**
     * ĐỦ: planned (an approved entry in effect at the as-of date) for a title not known — the entries made from the
     * old yes/no flags, which said "a key title" or "a committee seat" only (docs/planning.md).
     */
    PLAN_TITLE_UNKNOWN(Group.COMPLETE, "EXISTS (SELECT 1 FROM planning_entry pe WHERE pe.cadre_id = c.id"
            + " AND pe.state = 'APPROVED' AND pe.title IN ('KEY_UNKNOWN', 'COMMITTEE_UNKNOWN')"
            + " AND pe.effective_date <= :asOf AND (pe.end_date IS NULL OR pe.end_date > :asOf))");

    /** The four requirements of the national cadre database: đủ, đúng, sạch, sống. */
    public enum Group { COMPLETE, PLAUSIBLE, CLEAN, CURRENT }

    private final Group group;
    private final String condition;

    Problem(Group group, String condition) {
        this.group = group;
        this.condition = condition;
    }

    public Group group() {
        return group;
    }

    /** Whether a record has this problem by itself, whatever the other records (all but possible duplicates). */
    boolean isOwn() {
        return this != POSSIBLE_DUPLICATE;
    }

    /** The SQL condition that is true when an active record {@code c} has this problem. */
    String condition() {
        return condition;
    }
}
