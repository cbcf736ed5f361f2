package vn.tayninh.dashboard.position;

/** The two staffing blocs of a commune: the party and mass organisations, and the state administration. */
public enum Bloc {
    DANG_DOAN_THE,
    NHA_NUOC
}
