package vn.tayninh.dashboard.explanation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A request for explanation as the screens, the API and the exports read it, with its history of steps; detached
 * from the database.
 *
 * @param overdue unanswered or returned past the due date, as of today
 */
public record ExplanationDetails(long id, long communeId, String communeCode, String communeName, String targetCode,
                                 LocalDate asOf, LocalDate dueDate, String request, ExplanationState state,
                                 boolean overdue, String cause, String remedy, LocalDate expectedBy,
                                 String returnComment, String requestedBy, Instant requestedAt, long version,
                                 List<Step> history) {

    /** One step: the state it led to, who took it and when, and what they wrote. */
    public record Step(ExplanationState state, String actor, Instant at, String note, String remedy,
                       LocalDate expectedBy) {
    }

    /** When the commune last answered; null while it has not. */
    public Instant answeredAt() {
        return history.reversed().stream().filter(step -> step.state() == ExplanationState.ANSWERED)
                .map(Step::at).findFirst().orElse(null);
    }
}
