package vn.tayninh.dashboard.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account is locked after too many wrong passwords, with the end of the lock. */
public final class AccountLockedException extends LockedException {

    private final Instant until;

    AccountLockedException(Instant until) {
        super("Account locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
