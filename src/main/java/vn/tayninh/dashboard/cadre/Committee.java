package vn.tayninh.dashboard.cadre;

/** Party-committee membership as written in import files; BTV members are also BCH members. */
public enum Committee {
    NONE,
    BCH,
    BTV
}
