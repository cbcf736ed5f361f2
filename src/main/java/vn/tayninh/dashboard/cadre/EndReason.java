package vn.tayninh.dashboard.cadre;

/** Why a cadre left, or why a title or seat was given up. */
public enum EndReason {
    RETIREMENT,
    TRANSFER,
    DISMISSAL,
    DEATH,
    OTHER
}
