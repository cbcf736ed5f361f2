package vn.tayninh.dashboard.quality;

import java.util.Set;

/** A line of a work list: an active record with at least one problem; the problems in their declared order. */
public record QualityRecord(long cadreId, String communeCode, String communeName, String fullName,
                            Set<Problem> problems) {

    public QualityRecord {
        problems = java.util.Collections.unmodifiableSet(problems.isEmpty() ? java.util.EnumSet.noneOf(Problem.class)
                : java.util.EnumSet.copyOf(problems));
    }
}
