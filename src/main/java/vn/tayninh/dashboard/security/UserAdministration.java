package vn.tayninh.dashboard.security;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
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
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;

/**
 * The administrator's work on accounts: create, bind to a commune, change the role, disable, reset a password.
 * Passwords are stored only as hashes and never written to the audit trail; every other change is. Disabling,
 * a password reset and a change of role or commune end the account's open sessions at once
 * ({@link AppUser#revokeSessions()}).
 */
@Service
@Transactional(readOnly = true)
public class UserAdministration {

    public static final String ENTITY = "USER";
    public static final int PASSWORD_MIN = PasswordRules.MIN_LENGTH;
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,79}");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int EMAIL_MAX = 254;

    /**
     * What an administrator fills in for an account; the password only when creating or resetting; the e-mail
     * address empty for notices in the application only.
     */
    public record AccountForm(String username, String displayName, Role role, Long communeId, String password,
                              String email) {

        public AccountForm(String username, String displayName, Role role, Long communeId, String password) {
            this(username, displayName, role, communeId, password, null);
        }

        /** The address as stored: stripped, null when empty. */
        String emailOrNull() {
            return email == null || email.isBlank() ? null : email.strip();
        }
    }

    private final AppUserRepository users;
    private final CommuneService communes;
    private final PasswordEncoder passwordEncoder;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final EntityManager entityManager;

    UserAdministration(AppUserRepository users, CommuneService communes, PasswordEncoder passwordEncoder,
                       CommuneAccess access, ApplicationEventPublisher events, Translations translations,
                       EntityManager entityManager) {
        this.users = users;
        this.communes = communes;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.events = events;
        this.translations = translations;
        this.entityManager = entityManager;
    }

    public List<AppUser> findAll() {
        access.requireAdministrator();
        List<AppUser> all = new ArrayList<>(users.findAllWithCommune());
        all.sort(Comparator.comparing(AppUser::getUsername));
        return all;
    }

    @Transactional
    public AppUser create(AccountForm form) {
        access.requireAdministrator();
        List<Problem> problems = new ArrayList<>();
        String username = form.username() == null ? "" : form.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(problem("username", "account.rule.username"));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(problem("username", "account.rule.usernameTaken"));
        }
        Commune commune = checkProfile(form, problems);
        checkEmail(form, problems);
        checkPassword(form.password(), username, problems);
        throwIfAny(problems);
        AppUser user = new AppUser(username, passwordEncoder.encode(form.password()),
                form.displayName().strip(), form.role(), commune);
        user.setEmail(form.emailOrNull());
        user.setPasswordChangeRequired(true);
        user = users.save(user);
        publish(FieldChanges.of(commune == null ? null : commune.getId(), ENTITY, user.getId(), Action.CREATE)
                .field("username", null, username)
                .field("displayName", null, user.getDisplayName())
                .field("role", null, form.role())
                .field("commune", null, commune == null ? null : commune.getName())
                .field("email", null, user.getEmail()));
        return user;
    }

    /** Changes the name, the role and the commune an account is bound to, as read at {@code expectedVersion}. */
    @Transactional
    public AppUser update(long id, long expectedVersion, AccountForm form) {
        CurrentUser admin = access.requireAdministrator();
        AppUser user = editable(id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        Commune commune = checkProfile(form, problems);
        checkEmail(form, problems);
        if (user.getId() == admin.id() && form.role() != Role.ADMIN) {
            problems.add(problem("role", "account.rule.ownRole"));
        }
        throwIfAny(problems);
        Commune before = user.getCommune();
        FieldChanges changes = FieldChanges.of(commune == null ? null : commune.getId(), ENTITY, id, Action.UPDATE)
                .field("displayName", user.getDisplayName(), form.displayName().strip())
                .field("role", user.getRole(), form.role())
                .field("commune", before == null ? null : before.getName(), commune == null ? null : commune.getName())
                .field("email", user.getEmail(), form.emailOrNull());
        user.setDisplayName(form.displayName().strip());
        user.setEmail(form.emailOrNull());
        boolean rightsChanged = user.getRole() != form.role() || !sameCommune(before, commune);
        if (rightsChanged) {
            // the open sessions hold the old role and commune: they end, and the person signs in with the new ones
            user.revokeSessions();
        }
        user.assign(form.role(), commune);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        publish(changes);
        if (rightsChanged) {
            // and what the account follows is held against the new rights, in this transaction
            events.publishEvent(new AccountRightsChanged(id));
        }
        return user;
    }

    /** An e-mail address is optional; when given, one address of at most {@link #EMAIL_MAX} characters. */
    private static void checkEmail(AccountForm form, List<Problem> problems) {
        String email = form.emailOrNull();
        if (email != null && (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches())) {
            problems.add(Problem.of("email", "account.rule.email"));
        }
    }

    /** Disables or enables an account; an administrator cannot disable their own. */
    @Transactional
    public void setEnabled(long id, long expectedVersion, boolean enabled) {
        CurrentUser admin = access.requireAdministrator();
        AppUser user = editable(id, expectedVersion);
        if (!enabled && user.getId() == admin.id()) {
            throw new InvalidInputException(List.of(problem("enabled", "account.rule.ownAccount")));
        }
        boolean before = user.isEnabled();
        user.setEnabled(enabled);
        if (!enabled) {
            user.revokeSessions();
        }
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        publish(FieldChanges.of(communeId(user), ENTITY, id, Action.UPDATE).field("enabled", before, enabled));
    }

    /** Sets a new password (to be handed to the user) and lifts a lockout; the trail notes that it changed, not what to. */
    @Transactional
    public void resetPassword(long id, String password) {
        access.requireAdministrator();
        AppUser user = users.findById(id).orElseThrow(() -> new InvalidInputException(List.of(
                problem("id", "entry.record.unknown"))));
        List<Problem> problems = new ArrayList<>();
        checkPassword(password, user.getUsername(), problems);
        throwIfAny(problems);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setPasswordChangeRequired(true);
        user.revokeSessions();
        user.loginSucceeded();
        user.lockUntil(null);
        user.setDemo(false);
        publish(FieldChanges.of(communeId(user), ENTITY, id, Action.UPDATE)
                .field("password", "••••", translations.vietnamese("account.passwordReset")));
    }

    private AppUser editable(long id, long expectedVersion) {
        AppUser user = users.findById(id).orElseThrow(() -> new InvalidInputException(List.of(
                problem("id", "entry.record.unknown"))));
        if (user.getVersion() != expectedVersion) {
            throw new EditConflictException(ENTITY, expectedVersion, user.getVersion(), Map.of(
                    "displayName", user.getDisplayName(), "role", user.getRole().name(),
                    "enabled", String.valueOf(user.isEnabled())));
        }
        return user;
    }

    private Commune checkProfile(AccountForm form, List<Problem> problems) {
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty() || name.length() > 120) {
            problems.add(problem("displayName", "account.rule.displayName"));
        }
        if (form.role() == null) {
            problems.add(problem("role", "entry.rule.required"));
            return null;
        }
        if (form.role() != Role.COMMUNE_EDITOR) {
            return null;
        }
        Commune commune = form.communeId() == null ? null : communes.findById(form.communeId()).orElse(null);
        if (commune == null) {
            problems.add(problem("commune", "account.rule.commune"));
        }
        return commune;
    }

    private static void checkPassword(String password, String username, List<Problem> problems) {
        problems.addAll(PasswordRules.check(password, username));
    }

    private Problem problem(String field, String key) {
        return Problem.of(field, key);
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static boolean sameCommune(Commune before, Commune after) {
        return before == null ? after == null : after != null && before.getId().equals(after.getId());
    }

    private static Long communeId(AppUser user) {
        return user.getCommune() == null ? null : user.getCommune().getId();
    }

    private void publish(FieldChanges changes) {
        events.publishEvent(new ChangesMade(changes.list()));
    }
}
