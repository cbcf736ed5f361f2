package vn.tayninh.dashboard.planning;

/** Why an entry ends (docs/planning.md); {@code OTHER} needs a note. */
public enum ExitReason {
    /** Appointed or elected to the planned title: the entry ends as a success. */
    APPOINTED,
    /** Reaches retirement age before the term's end. */
    RETIREMENT,
    DISCIPLINE,
    /** Rated "Không hoàn thành nhiệm vụ". */
    NOT_COMPLETED,
    /** Left the commune or died. */
    LEFT,
    /** No longer meets the standard. */
    STANDARD_NOT_MET,
    OWN_REQUEST,
    OTHER
}
