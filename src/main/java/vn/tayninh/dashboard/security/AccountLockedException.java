package vn.tayninh.dashboard.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked after too many wrong passwords, with the end of the lock. */
public final class AccountLockedException extends LockedException {

    private final Instant until;

    public AccountLockedException(Instant until) {
        super("Account locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** The end of the lock as people read it, in the province's time: "10:15 22/11/2026". */
    public String untilText() {
        return ApiAuthenticationEntryPoint.LOCK_END.format(until);
    }
}
