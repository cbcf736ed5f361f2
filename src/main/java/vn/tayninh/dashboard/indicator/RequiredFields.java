package vn.tayninh.dashboard.indicator;

/**
 * The one test of a complete record (target T5): every required field filled — gender, birth date, ethnicity,
 * education, political theory and bloc. The data-quality check MISSING_FIELDS is its negation.
 */
public final class RequiredFields {

    /** True for a complete record; a SQL condition on the cadre table under the alias {@code c}. */
    public static final String COMPLETE_SQL = "(c.gender IS NOT NULL AND c.birth_date IS NOT NULL AND c.ethnicity IS NOT NULL"
            + " AND c.ethnicity <> '' AND c.education IS NOT NULL AND c.political_theory IS NOT NULL AND c.bloc IS NOT NULL)";

    private RequiredFields() {
    }
}
