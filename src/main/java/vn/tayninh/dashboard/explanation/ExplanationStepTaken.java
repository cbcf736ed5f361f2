package vn.tayninh.dashboard.explanation;

import java.time.LocalDate;

/**
 * Published inside the transaction of each step on a request for explanation (listeners that tell people act
 * after the commit), and once by the daily check when a request becomes overdue ({@code overdue} true, state
 * unchanged).
 *
 * @param state the state after the step
 * @param actor the username of who took the step; null for the daily overdue check
 */
public record ExplanationStepTaken(long explanationId, String communeCode, String targetCode, LocalDate asOf,
                                   LocalDate dueDate, ExplanationState state, boolean overdue, String actor) {
}
