package vn.tayninh.dashboard.planning;

import java.time.LocalDate;

/** A discipline record as pages and the API read it; {@code version} is what a change names. */
public record DisciplineView(long id, long version, long cadreId, DisciplineKind kind, LocalDate decisionDate,
                             String decisionNumber) {

    static DisciplineView of(DisciplineRecord r) {
        return new DisciplineView(r.getId(), r.getVersion(), r.getCadre().getId(), r.getKind(), r.getDecisionDate(),
                r.getDecisionNumber());
    }
}
