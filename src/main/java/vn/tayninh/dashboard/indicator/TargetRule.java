package vn.tayninh.dashboard.indicator;

/** How a target's value is judged. */
public enum TargetRule {
    /** value ≥ lower bound. */
    AT_LEAST,
    /** value = 100 %. */
    ALL_OF,
    /** lower bound ≤ value ≤ upper bound; below the band is judged like an AT_LEAST target. */
    BAND,
    /** shown, never judged. */
    NONE,
    /** a count ≥ lower bound over the period. */
    COUNT
}
