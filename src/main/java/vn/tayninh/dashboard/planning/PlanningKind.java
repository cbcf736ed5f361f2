package vn.tayninh.dashboard.planning;

/** The two lists a commune keeps: the planning pool (an entry per title) and the source pool (no title). */
public enum PlanningKind {
    /** Quy hoạch: a person planned for a title of a term. */
    PLAN,
    /** Diện tạo nguồn: young cadres prepared for leadership (targets T9a–T9d); no title. */
    SOURCE
}
