package vn.tayninh.dashboard.planning;

/** Where an entry stands: proposed by the commune, sent back by the board, or approved (then counted while in effect). */
public enum EntryState {
    PROPOSED,
    RETURNED,
    APPROVED
}
