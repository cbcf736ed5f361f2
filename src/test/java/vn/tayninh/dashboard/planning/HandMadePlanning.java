package vn.tayninh.dashboard.planning;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import vn.tayninh.dashboard.cadre.Cadre;

/**
 * Planning entries for the tests that count them by hand, written as the records would stand after the board's
 * decisions (the rules are not checked: a test may need an entry that the rules refuse today).
 */
public final class HandMadePlanning {

    private HandMadePlanning() {
    }

    /** An entry of {@code term} approved and in effect from {@code effective}; {@code title} null: the source pool. */
    public static PlanningEntry approved(EntityManager em, Cadre cadre, PlanningTerm term, PlannedTitle title,
                                         LocalDate effective) {
        PlanningEntry entry = new PlanningEntry(cadre, term, title == null ? PlanningKind.SOURCE : PlanningKind.PLAN,
                title, "test", Instant.parse("2026-01-01T00:00:00Z"), null);
        entry.setState(EntryState.APPROVED);
        entry.setDecisionNumber("01-QĐ/TU");
        entry.setDecisionDate(effective);
        entry.setEffectiveDate(effective);
        entry.setApprovedBy("bantochuc");
        em.persist(entry);
        return entry;
    }

    /** A proposal awaiting the board. */
    public static PlanningEntry proposed(EntityManager em, Cadre cadre, PlanningTerm term, PlannedTitle title) {
        PlanningEntry entry = new PlanningEntry(cadre, term, title == null ? PlanningKind.SOURCE : PlanningKind.PLAN,
                title, "test", Instant.parse("2026-01-01T00:00:00Z"), null);
        em.persist(entry);
        return entry;
    }

    /** Ends an approved entry on {@code day} (exclusive: it no longer counts that day). */
    public static void end(PlanningEntry entry, LocalDate day, ExitReason reason) {
        entry.setEndDate(day);
        entry.setEndReason(reason);
    }
}
