package vn.tayninh.dashboard.position;

/**
 * The positions whose seats are approved per commune: six key titles and the two party-committee seats.
 * The codes are the ones commune staff use in import files.
 */
public enum Position {
    BI_THU(Kind.KEY_TITLE),
    PHO_BI_THU_TT(Kind.KEY_TITLE),
    CT_HDND(Kind.KEY_TITLE),
    PCT_HDND(Kind.KEY_TITLE),
    CT_UBND(Kind.KEY_TITLE),
    PCT_UBND(Kind.KEY_TITLE),
    BCH(Kind.COMMITTEE_SEAT),
    BTV(Kind.COMMITTEE_SEAT);

    public enum Kind {
        KEY_TITLE,
        COMMITTEE_SEAT
    }

    private final Kind kind;

    Position(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isKeyTitle() {
        return kind == Kind.KEY_TITLE;
    }
}
