package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;

/**
 * One cadre of a target's population at the as-of date and what the projection does to it: {@code leaves} by the
 * projection date; in the target's numerator {@code today}, on the stayers {@code untrained} (aged only) and
 * {@code projected} (aged and trained). Codes are the stored ones (education, political theory, gender).
 */
public record ProjectionMember(long cadreId, String fullName, long communeId, String gender, LocalDate birthDate,
                               String education, String studyingFor, LocalDate studyEnd, String politicalTheory,
                               String llctStudyingFor, LocalDate llctStudyEnd, boolean leaves, boolean today,
                               boolean untrained, boolean projected) {

    /** Reaches the numerator by a course in progress. */
    public boolean trained() {
        return !leaves && projected && !untrained;
    }

    /** Leaves the numerator because it is no longer young at the projection date. */
    public boolean agedOut() {
        return !leaves && today && !untrained;
    }
}
