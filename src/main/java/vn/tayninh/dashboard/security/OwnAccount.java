package vn.tayninh.dashboard.security;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Translations;

/**
 * What every signed-in person does with their own account: change their password (the current one required; their
 * other sessions end, this one goes on) and the address and language of their notices. A password chosen by the
 * administrator must be replaced here before any other page opens ({@link #mustChangePassword()}).
 */
@Service
@Transactional(readOnly = true)
public class OwnAccount {

    /** What the person's page shows of their account. */
    public record Profile(String username, String displayName, Role role, String communeName, String email,
                          Locale language, boolean passwordChangeRequired, long version) {
    }

    private final AuthenticatedUser authenticated;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final EntityManager entityManager;
    private final Clock clock;

    OwnAccount(AuthenticatedUser authenticated, AppUserRepository users, PasswordEncoder passwordEncoder,
               LoginAttempts attempts, ApplicationEventPublisher events, Translations translations,
               EntityManager entityManager, Clock clock) {
        this.authenticated = authenticated;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.events = events;
        this.translations = translations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Profile profile() {
        AppUser user = own();
        return new Profile(user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getCommune() == null ? null : user.getCommune().getName(), user.getEmail(), user.locale(),
                user.isPasswordChangeRequired(), user.getVersion());
    }

    /** Whether the signed-in person must replace a password the administrator chose before using the product. */
    public boolean mustChangePassword() {
        return authenticated.get().flatMap(user -> users.findPasswordChangeRequired(user.id())).orElse(false);
    }

    /**
     * Replaces the signed-in person's password. The current one is checked as a sign-in is (a wrong one counts toward
     * the lockout); the new one follows {@link PasswordRules} and differs from the current one. The account's other
     * sessions end at their next request; the session making the change is renewed and goes on.
     */
    @Transactional
    public void changePassword(String current, String next, String repeated) {
        AppUser user = own();
        List<Problem> problems = new ArrayList<>();
        if (current == null || current.isEmpty()) {
            problems.add(Problem.of("current", "entry.rule.required"));
        } else {
            attempts.claim(user.getUsername()).ifPresent(until -> {
                throw new InvalidInputException("current", "login.locked", new AccountLockedException(until).untilText());
            });
            if (!passwordEncoder.matches(current, user.getPasswordHash())) {
                problems.add(Problem.of("current", "account.own.wrongCurrent"));
            }
        }
        if (problems.isEmpty()) {
            users.forgetAttempts(user.getUsername());
            problems.addAll(PasswordRules.check(next, user.getUsername()));
            if (problems.isEmpty() && next.equals(current)) {
                problems.add(Problem.of("password", "account.own.sameAsCurrent"));
            }
            if (problems.isEmpty() && !next.equals(repeated)) {
                problems.add(Problem.of("repeated", "account.own.repeatDiffers"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.setPasswordHash(passwordEncoder.encode(next));
        user.setPasswordChangeRequired(false);
        user.revokeSessions();
        renewThisSession(user);
        events.publishEvent(new ChangesMade(FieldChanges.of(communeId(user), UserAdministration.ENTITY, user.getId(),
                Action.UPDATE).field("password", "••••", translations.vietnamese("account.own.passwordChanged")).list()));
    }

    /**
     * Sets where the person's notices go by e-mail (empty: in the application only) and their language, as read at
     * {@code expectedVersion}.
     */
    @Transactional
    public void updateNotices(String email, Locale language, long expectedVersion) {
        AppUser user = own();
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > UserAdministration.EMAIL_MAX
                || !UserAdministration.EMAIL.matcher(address).matches())) {
            throw new InvalidInputException("email", "account.rule.email");
        }
        if (user.getVersion() != expectedVersion) {
            throw new EditConflictException(UserAdministration.ENTITY, expectedVersion, user.getVersion(),
                    java.util.Map.of("email", String.valueOf(user.getEmail())));
        }
        Locale before = user.locale();
        FieldChanges changes = FieldChanges.of(communeId(user), UserAdministration.ENTITY, user.getId(), Action.UPDATE)
                .field("email", user.getEmail(), address);
        user.setEmail(address);
        if (language != null) {
            user.setLocale(language);
            changes.field("language", before.getLanguage(), user.locale().getLanguage());
        }
        EditConflictException.flushOrConflict(entityManager, UserAdministration.ENTITY);
        events.publishEvent(new ChangesMade(changes.list()));
    }

    private AppUser own() {
        CurrentUser current = authenticated.require();
        return users.findById(current.id()).orElseThrow(() -> new InvalidInputException(List.of(
                Problem.of("id", "entry.record.unknown"))));
    }

    /** The session making the change takes the account's new stamp, so that only the others end. */
    private void renewThisSession(AppUser user) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof AppUserDetails) {
            AppUserDetails renewed = new AppUserDetails(user, clock.instant());
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(renewed, null,
                    renewed.getAuthorities());
            token.setDetails(current.getDetails());
            SecurityContextHolder.getContext().setAuthentication(token);
        }
    }

    private static Long communeId(AppUser user) {
        return user.getCommune() == null ? null : user.getCommune().getId();
    }
}
