package vn.tayninh.dashboard.base;

import java.util.Set;

/**
 * Published inside a writing transaction when records of these communes changed in a way that no {@link ChangesMade}
 * reports (the day of last change moved on a save that changed no field): figures kept per roster version must be
 * recounted all the same.
 */
public record RostersTouched(Set<Long> communeIds) {

    public RostersTouched {
        communeIds = Set.copyOf(communeIds);
    }
}
