package vn.tayninh.dashboard.base;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A save refused because someone else saved the same record since it was read (optimistic locking). Carries the
 * record's current values, field by field, so the user can see what changed before deciding again.
 */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;
    private final Map<String, String> currentValues;

    public EditConflictException(String entity, long expectedVersion, long currentVersion,
                                 Map<String, String> currentValues) {
        super(entity + " changed since it was read: version " + expectedVersion + " is now " + currentVersion);
        this.currentVersion = currentVersion;
        this.currentValues = Collections.unmodifiableMap(new LinkedHashMap<>(currentValues));
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Field name in code → current value as the audit trail writes it (null when empty), in form order. */
    public Map<String, String> currentValues() {
        return currentValues;
    }

    /**
     * Writes a service's pending changes now: when another transaction saved the same row after this one read it
     * (both saw the same version), the save is refused here as a conflict rather than failing at commit.
     */
    public static void flushOrConflict(EntityManager entityManager, String entity) {
        try {
            entityManager.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(entity, -1, -1, Map.of());
        }
    }
}
