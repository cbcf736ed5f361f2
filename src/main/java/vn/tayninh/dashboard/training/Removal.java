package vn.tayninh.dashboard.training;

/** Why a participant was taken off a course. */
public enum Removal {
    /** Left the commune's service (retired, moved, resigned). */
    LEFT,
    /** Dropped out of the course. */
    DROPPED_OUT,
    /** Replaced by another person, or another reason written in the note. */
    OTHER
}
