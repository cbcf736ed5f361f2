package vn.tayninh.dashboard.commune;

/** Kind of commune-level unit: a rural commune (xã) or an urban ward (phường). */
public enum CommuneType {
    XA,
    PHUONG
}
