package vn.tayninh.dashboard.cadre;

/** Level of political-theory training (lý luận chính trị). */
public enum PoliticalTheory {
    CU_NHAN_CAO_CAP,
    TRUNG_CAP,
    SO_CAP,
    CHUA_CO
}
