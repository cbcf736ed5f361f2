package vn.tayninh.dashboard.security;

/** What a user may do; see docs/data-entry.md for what each role may change. */
public enum Role {
    ADMIN,
    BOARD,
    LEADER,
    /** Edits the data of one commune only, so such a user is always bound to a commune. */
    COMMUNE_EDITOR;

    /** The Spring Security authority of this role, as {@code @RolesAllowed} expects it. */
    public String authority() {
        return "ROLE_" + name();
    }
}
