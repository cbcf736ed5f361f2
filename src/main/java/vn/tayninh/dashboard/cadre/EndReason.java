package vn.tayninh.dashboard.cadre;

/** Why a cadre left, or why a title or seat was given up. */
public enum EndReason {
    RETIREMENT,
    TRANSFER,
    DISMISSAL,
    DEATH,
    OTHER,
    /**
     * Not a departure: the record was entered by mistake (a duplicate, a wrong person) and was removed. Its end is its
     * start, so it counts on no day anywhere; only {@link CadreEditor#remove} writes it.
     */
    ENTERED_IN_ERROR
}
