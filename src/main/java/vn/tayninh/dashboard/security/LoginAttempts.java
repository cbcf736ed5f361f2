package vn.tayninh.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_FOR} after {@link #MAX_ATTEMPTS} wrong passwords in a row, on the form login
 * and on the API alike, so that passwords cannot be guessed; a successful login clears the count.
 * <p>
 * Every attempt is counted as failed in the database before its password is checked ({@link #claim}, one atomic
 * {@code UPDATE … SET failed_attempts = failed_attempts + 1} under the row lock), and the attempt that reaches
 * the maximum locks the account at once; a successful check then forgets the count. So guesses sent at the same
 * moment queue on the row and at most {@link #MAX_ATTEMPTS} of them are checked before the lock, and no count is
 * lost to a conflict (the former read-modify-write on the entity answered 500 and rolled the counts back).
 */
@Component
class LoginAttempts {

    static final int MAX_ATTEMPTS = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final AppUserRepository users;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /**
     * Counts an attempt before its password is checked: empty when it may be checked, else the end of the lock
     * that refuses it. An unknown user name is counted nowhere (its check fails anyway).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> claim(String username) {
        Instant now = clock.instant();
        if (users.countAttempt(username, now) == 0) {
            return Optional.ofNullable(users.findLockedUntil(username)).filter(now::isBefore);
        }
        users.lockWhenReached(username, MAX_ATTEMPTS, now.plus(LOCK_FOR));
        return Optional.empty();
    }

    /** A successful sign-in forgets the attempts counted; when there are none nothing is written. */
    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        if (users.hasAttemptsOrLock(username)) {
            users.forgetAttempts(username);
        }
    }
}
