package vn.tayninh.dashboard.roster;

import java.util.List;

/** A roster file with faults; none of it was written. */
public class InvalidRosterException extends RuntimeException {

    private final List<ImportError> errors;

    InvalidRosterException(List<ImportError> errors) {
        super(errors.size() + " faults in the roster file, first: " + errors.getFirst());
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
