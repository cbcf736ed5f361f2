package vn.tayninh.dashboard.planning;

import java.time.Instant;
import java.time.LocalDate;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;

/**
 * A planning entry as pages, the API and the forms read it, with what they show of the person; taken inside the
 * service's transaction, so it can be read anywhere. {@code version} is what a change names.
 */
public record EntryView(long id, long version, long cadreId, String cadreName, Gender gender, LocalDate birthDate,
                        Education education, PoliticalTheory politicalTheory, String ethnicity, long communeId,
                        String communeCode, String communeName, long termId, String termCode, LocalDate termLastDay,
                        PlanningKind kind, PlannedTitle title, EntryState state, String proposedBy,
                        Instant proposedAt, String proposalNote, String returnReason, String decisionNumber,
                        LocalDate decisionDate, String decisionBody, LocalDate effectiveDate, String approvedBy,
                        ExitState exitState, ExitReason exitReason, String exitNote, String exitProposedBy,
                        String exitReturnReason, LocalDate endDate, ExitReason endReason, String endNote,
                        String endDecisionNumber, LocalDate endDecisionDate) {

    static EntryView of(PlanningEntry e) {
        Cadre c = e.getCadre();
        PlanningTerm t = e.getTerm();
        return new EntryView(e.getId(), e.getVersion(), c.getId(), c.getFullName(), c.getGender(), c.getBirthDate(),
                c.getEducation(), c.getPoliticalTheory(), c.getEthnicity(), e.getCommune().getId(),
                e.getCommune().getCode(), e.getCommune().getName(), t.getId(), t.getCode(), t.getLastDay(),
                e.getKind(), e.getTitle(), e.getState(), e.getProposedBy(), e.getProposedAt(), e.getProposalNote(),
                e.getReturnReason(), e.getDecisionNumber(), e.getDecisionDate(), e.getDecisionBody(),
                e.getEffectiveDate(), e.getApprovedBy(), e.getExitState(), e.getExitReason(), e.getExitNote(),
                e.getExitProposedBy(), e.getExitReturnReason(), e.getEndDate(), e.getEndReason(), e.getEndNote(),
                e.getEndDecisionNumber(), e.getEndDecisionDate());
    }

    /** Approved, in effect on {@code date} and not ended by it: what the figures count on that date. */
    public boolean inEffectOn(LocalDate date) {
        return state == EntryState.APPROVED && effectiveDate != null && !effectiveDate.isAfter(date)
                && (endDate == null || endDate.isAfter(date));
    }

    /** A proposal (an addition or an exit) awaiting the board. */
    public boolean awaitingBoard() {
        return state == EntryState.PROPOSED || exitState == ExitState.PROPOSED;
    }
}
