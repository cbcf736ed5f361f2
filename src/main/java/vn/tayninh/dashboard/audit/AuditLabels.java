package vn.tayninh.dashboard.audit;

import java.util.function.Function;

/**
 * Which translation names a field of an audited record, so that the trail reads "Nguyên nhân" rather than
 * {@code cause}. One key per field and kind of record, looked up once: nothing is tried and missed. The kinds are
 * named by the strings the writing services use ({@code SEAT} of {@code position.SeatService} and so on), because
 * the audit package depends on none of them; {@code AuditLabelsTest} reads every audited field from the code and
 * fails when one has no label in either language.
 */
public final class AuditLabels {

    private AuditLabels() {
    }

    /**
     * The translation key of a field. An approved-seat change names the title ({@code position.BCH}); a staffing
     * quota its bloc; a target level the part of the level changed (the code in front is added by {@link #label});
     * a request for explanation its own form's labels; every other record the data-entry form's labels.
     */
    public static String fieldKey(String entity, String field) {
        return switch (entity) {
            case "SEAT" -> "position." + field;
            case "TARGET" -> "targetAdmin.field." + field.substring(field.lastIndexOf('.') + 1);
            case "EXPLANATION" -> "explanation.field." + field;
            default -> "entry.field." + field;
        };
    }

    /** A field as the trail shows it, e.g. "Nguyên nhân", or "T2 · Mức" for a target's level. */
    public static String label(String entity, String field, Function<String, String> translate) {
        if (field == null) {
            return "";
        }
        String label = translate.apply(fieldKey(entity, field));
        int dot = field.lastIndexOf('.');
        return "TARGET".equals(entity) && dot > 0 ? field.substring(0, dot) + " · " + label : label;
    }
}
