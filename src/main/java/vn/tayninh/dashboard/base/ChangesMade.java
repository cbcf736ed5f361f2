package vn.tayninh.dashboard.base;

import java.util.List;

/**
 * Published by a service inside the transaction that made the changes, so that the audit trail is written
 * with them or not at all.
 */
public record ChangesMade(List<Change> changes) {

    public ChangesMade {
        changes = List.copyOf(changes);
    }
}
