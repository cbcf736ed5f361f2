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
    NO_DATA;

    /**
     * How good a judged status is, for saying whether a target went up or down between two dates: {@code MET} 3,
     * {@code ON_TRACK} 2, {@code BEHIND} 1, {@code NOT_MET} 0. Null for {@code NO_TARGET} and {@code NO_DATA},
     * which are not judged: a change from or to them is neither up nor down.
     */
    public Integer rank() {
        return switch (this) {
            case MET -> 3;
            case ON_TRACK -> 2;
            case BEHIND -> 1;
            case NOT_MET -> 0;
            case NO_TARGET, NO_DATA -> null;
        };
    }
}
