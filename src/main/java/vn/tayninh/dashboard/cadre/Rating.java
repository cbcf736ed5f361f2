package vn.tayninh.dashboard.cadre;

/** Annual rating: excellent, well, completed, not completed. */
public enum Rating {
    HTXS,
    HTT,
    HT,
    KHT;

    /** Target T6 counts "completed tasks well" or better. */
    public boolean isWellOrBetter() {
        return this == HTXS || this == HTT;
    }
}
