package vn.tayninh.dashboard.security;

import java.util.function.Supplier;

/** Runs test code signed in as a user of a given role (and commune), through the real principal type. */
public final class TestUsers {

    private TestUsers() {
    }

    public static <T> T callAs(Role role, Long communeId, Supplier<T> work) {
        CurrentUser user = new CurrentUser(1000 + role.ordinal(), role.name().toLowerCase(), role.name(), role,
                communeId);
        return SystemUser.callAs(user, work);
    }

    /** Runs test code signed in as a stored account, so that what is kept per user (notices) is theirs. */
    public static <T> T callAs(AppUser account, Supplier<T> work) {
        return SystemUser.callAs(CurrentUser.of(account), work);
    }
}
