package vn.tayninh.dashboard.quality;

import java.util.List;
import java.util.Set;

/**
 * A line of a work list: an active record with at least one problem; the problems in their declared order. With
 * {@link Problem#MISSING_FIELDS}, {@code missingFields} names the empty required fields (as the entry form names
 * them: {@code gender}, {@code birthDate}, …); with {@link Problem#POSSIBLE_DUPLICATE}, {@code twinsHere} and
 * {@code twinsElsewhere} count the other active records sharing its name and birth date in its own commune and in
 * the other communes.
 */
public record QualityRecord(long cadreId, String communeCode, String communeName, String fullName,
                            Set<Problem> problems, List<String> missingFields, long twinsHere, long twinsElsewhere) {

    public QualityRecord {
        problems = java.util.Collections.unmodifiableSet(problems.isEmpty() ? java.util.EnumSet.noneOf(Problem.class)
                : java.util.EnumSet.copyOf(problems));
        missingFields = List.copyOf(missingFields);
    }

    public QualityRecord(long cadreId, String communeCode, String communeName, String fullName, Set<Problem> problems) {
        this(cadreId, communeCode, communeName, fullName, problems, List.of(), 0, 0);
    }
}
