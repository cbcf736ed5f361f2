package vn.tayninh.dashboard.base;

/**
 * One field of one record changed by a user, as the audit trail keeps it. A created record has no old value, a
 * deleted or ended one no new value. Values are written as users read them (codes, dd/MM/yyyy dates).
 *
 * @param communeId the commune whose data changed; null for province-wide records such as accounts
 * @param entity    what kind of record, e.g. {@code CADRE}, {@code HOLDING}, {@code RATING}, {@code SEAT}, {@code USER}
 * @param field     the changed field's name in code, e.g. {@code fullName}; null for the record as a whole
 */
public record Change(Long communeId, String entity, Long entityId, Action action, String field, String oldValue,
                     String newValue) {

    public enum Action {
        CREATE,
        UPDATE,
        /** A record ended (a departure, a title given up): kept, but no longer active. */
        END,
        DELETE
    }
}
