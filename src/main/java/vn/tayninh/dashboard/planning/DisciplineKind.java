package vn.tayninh.dashboard.planning;

/**
 * The disciplines that bar planning for a while (Quy định 377-QĐ/TW): a disciplined cadre may be planned for a
 * higher title only when the waiting period, counted from the discipline's date, has run (the defaults here; the
 * months are settings, {@link PlanningSettings}).
 */
public enum DisciplineKind {
    /** Khiển trách. */
    KHIEN_TRACH(24),
    /** Cảnh cáo. */
    CANH_CAO(36),
    /** Cách chức. */
    CACH_CHUC(60);

    private final int defaultMonths;

    DisciplineKind(int defaultMonths) {
        this.defaultMonths = defaultMonths;
    }

    public int defaultMonths() {
        return defaultMonths;
    }
}
