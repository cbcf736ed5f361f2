package vn.tayninh.dashboard.indicator;

/** Where a target stands at an as-of date (docs/indicators.md, "Status of a target"). */
public enum Status {
    /** Đạt: the value satisfies the target. */
    MET,
    /** Đúng tiến độ: not met, but at or above the required path from the 2026 baseline to the 2030 target. */
    ON_TRACK,
    /** Chậm tiến độ: below the required path. */
    BEHIND,
    /** Không đạt: an annual target missed for its year, or the deadline has passed. */
    NOT_MET,
    /** Không có chỉ tiêu số: shown, never judged. */
    NO_TARGET,
    /** Chưa có số liệu: empty population. */
    NO_DATA
}
