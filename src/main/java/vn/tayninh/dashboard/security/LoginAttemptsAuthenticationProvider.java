package vn.tayninh.dashboard.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Spring's password check with the lockout in front of it: a password is checked only after a failed attempt has
 * been counted for it in the database ({@link LoginAttempts#claim}), so that guesses made at the same moment cannot
 * slip past the lock; a locked account is refused with the end of its lock.
 */
@Component
class LoginAttemptsAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final SecondFactorRule secondFactor;
    private final java.time.Clock clock;

    LoginAttemptsAuthenticationProvider(AppUserDetailsService users, PasswordEncoder passwordEncoder,
                                        LoginAttempts attempts, SecondFactorRule secondFactor, java.time.Clock clock) {
        super(users);
        this.secondFactor = secondFactor;
        this.clock = clock;
        setPasswordEncoder(passwordEncoder);
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        setPreAuthenticationChecks(user -> {
            if (user instanceof AppUserDetails details && details.lockedUntil() != null && !user.isAccountNonLocked()) {
                throw new AccountLockedException(details.lockedUntil());
            }
            new AccountStatusChecks().check(user);
        });
    }

    /**
     * One password check at a time per account in this instance: calls of one account arriving together (a script's
     * first calls, several tabs) wait for the first check, whose success is then remembered, instead of each counting
     * an attempt before any success is known — thirty of them used to lock the account. Guesses are checked one after
     * another all the same, so at most {@link LoginAttempts#MAX_ATTEMPTS} reach the password before the lock.
     */
    private final com.github.benmanes.caffeine.cache.LoadingCache<String, java.util.concurrent.locks.ReentrantLock>
            checking = com.github.benmanes.caffeine.cache.Caffeine.newBuilder().weakValues()
            .build(username -> new java.util.concurrent.locks.ReentrantLock());

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        java.util.concurrent.locks.ReentrantLock lock = checking.get(user.getUsername());
        lock.lock();
        try {
            // a password verified minutes ago is no guess: a script's next call is let in without writing a count
            boolean remembered = authentication.getCredentials() != null
                    && passwordEncoder instanceof RememberingPasswordEncoder remembering
                    && remembering.remembers(authentication.getCredentials().toString(), user.getPassword());
            if (!remembered) {
                attempts.claim(user.getUsername()).ifPresent(until -> {
                    throw new AccountLockedException(until);
                });
            }
            super.additionalAuthenticationChecks(user, authentication);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The right password of an account that signs in in two steps is no sign-in yet: the session keeps a
     * {@link SecondFactorPending}, which opens nothing until {@link TwoFactor} has the code.
     */
    @Override
    protected org.springframework.security.core.Authentication createSuccessAuthentication(Object principal,
            org.springframework.security.core.Authentication authentication, UserDetails user) {
        org.springframework.security.core.Authentication signedIn = super.createSuccessAuthentication(principal,
                authentication, user);
        if (user instanceof AppUserDetails account && account.securityStamp() != null && secondFactor.asks(account)) {
            return new SecondFactorPending(new SecondFactorPending.Person(account.user().id(), account.getUsername(),
                    account.securityStamp(), clock.instant(), account.authenticatorApp()));
        }
        return signedIn;
    }

    /** Spring's default checks before the password: locked, disabled, expired. */
    private static final class AccountStatusChecks {
        void check(UserDetails user) {
            if (!user.isAccountNonLocked()) {
                throw new org.springframework.security.authentication.LockedException("User account is locked");
            }
            if (!user.isEnabled()) {
                throw new org.springframework.security.authentication.DisabledException("User is disabled");
            }
            if (!user.isAccountNonExpired()) {
                throw new org.springframework.security.authentication.AccountExpiredException("User account has expired");
            }
        }
    }
}
