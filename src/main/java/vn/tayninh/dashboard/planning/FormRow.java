package vn.tayninh.dashboard.planning;

import java.util.List;

/**
 * The rows of the two statistical forms on commune leaders (Hướng dẫn 11-HD/BTCTW): Biểu 9C (the leaders holding
 * the titles) and Biểu 12C (the results of planning). Each row is one condition on the person; a person without the
 * field (birth date, ethnicity, education, political theory) is in no row of that group. Ages are whole years at
 * the form's date, birthday counted.
 */
public enum FormRow {
    TOTAL("1 = 1"),
    WOMEN("c.gender = 'NU'"),
    MINORITY("(c.ethnicity IS NOT NULL AND c.ethnicity <> '' AND LOWER(c.ethnicity) <> 'kinh')"),
    AGE_TO_40("c.birth_date > :born41"),
    AGE_41_TO_50("c.birth_date <= :born41 AND c.birth_date > :born51"),
    AGE_OVER_50("c.birth_date <= :born51"),
    COLLEGE("c.education = 'CAO_DANG'"),
    UNIVERSITY("c.education = 'DAI_HOC'"),
    POSTGRADUATE("c.education IN ('THAC_SI', 'TIEN_SI')"),
    THEORY_ELEMENTARY("c.political_theory = 'SO_CAP'"),
    THEORY_INTERMEDIATE("c.political_theory = 'TRUNG_CAP'"),
    THEORY_ADVANCED("c.political_theory = 'CU_NHAN_CAO_CAP'");

    /** Biểu 9C: every row. */
    public static final List<FormRow> LEADERS = List.of(values());
    /** Biểu 12C: every row but elementary political theory. */
    public static final List<FormRow> PLANNED = List.of(TOTAL, WOMEN, MINORITY, AGE_TO_40, AGE_41_TO_50,
            AGE_OVER_50, COLLEGE, UNIVERSITY, POSTGRADUATE, THEORY_INTERMEDIATE, THEORY_ADVANCED);

    final String condition;

    FormRow(String condition) {
        this.condition = condition;
    }

    /** The group the row is printed under (age, professional level, political theory), or null for a row alone. */
    public String group() {
        return switch (this) {
            case AGE_TO_40, AGE_41_TO_50, AGE_OVER_50 -> "AGE";
            case COLLEGE, UNIVERSITY, POSTGRADUATE -> "EDUCATION";
            case THEORY_ELEMENTARY, THEORY_INTERMEDIATE, THEORY_ADVANCED -> "THEORY";
            default -> null;
        };
    }
}
