package vn.tayninh.dashboard.indicator;

/**
 * The one test of a complete record (target T5): every required field filled — gender, birth date, ethnicity,
 * education, political theory and bloc. The data-quality check MISSING_FIELDS is its negation.
 */
public final class RequiredFields {

    /** True for a complete record; a SQL condition on the cadre table under the alias {@code c}. */
    public static final String COMPLETE_SQL = "(c.gender IS NOT NULL AND c.birth_date IS NOT NULL AND c.ethnicity IS NOT NULL"
            + " AND c.ethnicity <> '' AND c.education IS NOT NULL AND c.political_theory IS NOT NULL AND c.bloc IS NOT NULL)";

    /**
     * Each required field by the name the entry form and the audit trail give it, with the SQL condition (alias
     * {@code c}) that is true when it is empty: a record is complete when none is, as {@link #COMPLETE_SQL} says.
     */
    public static final java.util.Map<String, String> MISSING_SQL = missing();

    private static java.util.Map<String, String> missing() {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("gender", "c.gender IS NULL");
        fields.put("birthDate", "c.birth_date IS NULL");
        fields.put("ethnicity", "(c.ethnicity IS NULL OR c.ethnicity = '')");
        fields.put("education", "c.education IS NULL");
        fields.put("politicalTheory", "c.political_theory IS NULL");
        fields.put("bloc", "c.bloc IS NULL");
        return java.util.Collections.unmodifiableMap(fields);
    }

    private RequiredFields() {
    }
}
