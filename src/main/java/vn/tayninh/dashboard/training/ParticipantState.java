package vn.tayninh.dashboard.training;

/**
 * A person named for a course: proposed by a commune and awaiting the board, taken (in the plan), refused by the
 * board (not proposed again for that course), or taken off after being taken (with a {@link Removal}).
 */
public enum ParticipantState {
    PROPOSED,
    ACCEPTED,
    REFUSED,
    REMOVED
}
