package vn.tayninh.dashboard.planning;

/** A proposed exit of an approved entry: awaiting the board, or sent back (an approved exit ends the entry). */
public enum ExitState {
    PROPOSED,
    RETURNED
}
