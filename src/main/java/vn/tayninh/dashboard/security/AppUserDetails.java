package vn.tayninh.dashboard.security;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The security principal: Spring's user, carrying the {@link CurrentUser} taken from the account. */
final class AppUserDetails extends User {

    private final CurrentUser user;
    private final Instant lockedUntil;
    /** The account's security stamp at sign-in; null for a principal that is no account. */
    private final Long securityStamp;
    /** Whether the account is a demo one (published password) and whether it has an authenticator app set up. */
    private final boolean demo;
    private final boolean authenticatorApp;

    AppUserDetails(AppUser account, Instant now) {
        super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true,
                !account.isLockedAt(now), List.of(new SimpleGrantedAuthority(account.getRole().authority())));
        this.user = CurrentUser.of(account);
        this.lockedUntil = account.isLockedAt(now) ? account.getLockedUntil() : null;
        this.securityStamp = account.getSecurityStamp();
        this.demo = account.isDemo();
        this.authenticatorApp = account.hasAuthenticatorApp();
    }

    /** A principal that is no account, such as the system running start-up work. */
    AppUserDetails(CurrentUser user) {
        super(user.username(), "", true, true, true, true,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
        this.lockedUntil = null;
        this.securityStamp = null;
        this.demo = false;
        this.authenticatorApp = false;
    }

    boolean demo() {
        return demo;
    }

    boolean authenticatorApp() {
        return authenticatorApp;
    }

    /** The account's security stamp when it signed in, or null for a principal that is no account. */
    Long securityStamp() {
        return securityStamp;
    }

    /** The end of the account's lock when it was locked at loading, else null. */
    Instant lockedUntil() {
        return lockedUntil;
    }

    CurrentUser user() {
        return user;
    }
}
