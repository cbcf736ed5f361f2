package vn.tayninh.dashboard.roster;

import java.util.List;

/** A roster file with faults; none of it was written. */
public class InvalidRosterException extends RuntimeException {

    private final List<ImportError> errors;
    private final long errorCount;

    InvalidRosterException(List<ImportError> errors, long errorCount) {
        super(errorCount + " faults in the roster file, first: " + errors.getFirst());
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    /** The first faults, at most {@value RosterFormat#MAX_REPORTED_ERRORS}, in the order of the file. */
    public List<ImportError> errors() {
        return errors;
    }

    /** Every fault found, those not listed included. */
    public long errorCount() {
        return errorCount;
    }

    /** Faults found but not listed. */
    public long unlisted() {
        return errorCount - errors.size();
    }
}
