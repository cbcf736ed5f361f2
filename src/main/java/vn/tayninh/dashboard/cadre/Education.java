package vn.tayninh.dashboard.cadre;

/** Highest professional qualification, from doctorate down to below intermediate. */
public enum Education {
    TIEN_SI,
    THAC_SI,
    DAI_HOC,
    CAO_DANG,
    TRUNG_CAP,
    DUOI_TRUNG_CAP;

    public boolean isUniversityOrHigher() {
        return this == TIEN_SI || this == THAC_SI || this == DAI_HOC;
    }

    public boolean isPostgraduate() {
        return this == TIEN_SI || this == THAC_SI;
    }
}
