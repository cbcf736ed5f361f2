package vn.tayninh.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_FOR} after {@link #MAX_ATTEMPTS} wrong passwords in a row, on the form login
 * and on the API alike, so that passwords cannot be guessed; a successful login clears the count.
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

    @EventListener
    @Transactional
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .ifPresent(user -> user.loginFailed(clock.instant(), MAX_ATTEMPTS, LOCK_FOR));
    }

    @EventListener
    @Transactional
    public void succeeded(AuthenticationSuccessEvent event) {
        users.findByUsername(event.getAuthentication().getName())
                .filter(user -> user.getFailedAttempts() > 0)
                .ifPresent(AppUser::loginSucceeded);
    }
}
