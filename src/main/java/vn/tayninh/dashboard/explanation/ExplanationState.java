package vn.tayninh.dashboard.explanation;

/**
 * Where a request for explanation (yêu cầu giải trình) stands. The board requests, the commune answers, the board
 * accepts the answer or returns it with a comment, after which the commune answers again:
 * REQUESTED → ANSWERED → ACCEPTED, or ANSWERED → RETURNED → ANSWERED.
 */
public enum ExplanationState {
    REQUESTED,
    ANSWERED,
    RETURNED,
    ACCEPTED
}
