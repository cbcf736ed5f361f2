package vn.tayninh.dashboard.cadre;

public enum Gender {
    NAM,
    NU
}
