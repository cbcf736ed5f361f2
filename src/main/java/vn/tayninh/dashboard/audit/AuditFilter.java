package vn.tayninh.dashboard.audit;

import java.time.LocalDate;

/**
 * What to show of the audit trail; every part optional (null).
 *
 * @param communeId only this commune's changes
 * @param entity    only this kind of record ({@code CADRE}, {@code HOLDING}, …)
 * @param actor     only this user's changes (user name, exact)
 * @param from      changes on or after this day (Vietnam time)
 * @param to        changes on or before this day (Vietnam time)
 */
public record AuditFilter(Long communeId, String entity, String actor, LocalDate from, LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }

    public AuditFilter withCommune(Long communeId) {
        return new AuditFilter(communeId, entity, actor, from, to);
    }
}
