package vn.tayninh.dashboard.training;

/** A version of the training plan: a draft to compare, the one adopted, or one adopted before and replaced. */
public enum PlanState {
    DRAFT,
    ADOPTED,
    REPLACED
}
