package vn.tayninh.dashboard.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Translations;

/**
 * The second sign-in step: a one-time code from an authenticator app (RFC 6238: six digits, a new one every 30
 * seconds, the app's clock allowed one step off), or one of ten recovery codes for a lost phone.
 * <p>
 * After the right password of an account that needs it ({@link SecondFactorRule}), the session holds a
 * {@link SecondFactorPending}, which opens nothing; {@link #signIn} or, the first time, {@link #setUpAndSignIn} turn
 * it into the sign-in. A code is taken once (its step is stored, so a code seen over a shoulder is useless), a
 * recovery code once. Wrong codes count apart from wrong passwords: every {@value #FAILURES_PER_LOCK} in a row lock
 * the account for {@link LoginAttempts#LOCK_FOR}, and {@value #FAILURES_TO_DISABLE} in a row disable it until the
 * administrator looks — so whoever holds the password alone has twenty guesses of a million. The administrator
 * resets a lost app ({@link #reset}); everyone may set one up for their own account and make new recovery codes.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactor {

    /** The route of the second-step page. */
    public static final String PAGE = "xac-thuc-hai-buoc";
    /** Where the person was going when the second step was asked, as a path of this application, in the session. */
    public static final String TARGET = "app.secondStep.target";

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    /** How long the password stays good for its second step. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);
    static final int RECOVERY_CODES = 10;
    static final int FAILURES_PER_LOCK = 5;
    static final int FAILURES_TO_DISABLE = 20;
    /** What the person's phone shows as the issuer of the codes; plain letters, which every app displays. */
    static final String ISSUER = "Can bo Tay Ninh";
    private static final String RECOVERY_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

    private static final Logger log = LoggerFactory.getLogger(TwoFactor.class);

    /**
     * What a person sets their app up with: the key (also shown as text, for typing in) and the {@code otpauth:}
     * address that the QR code carries.
     */
    public record Setup(String key, String address) {

        /** The key in groups of four, as it is easiest to type. */
        public String groupedKey() {
            return String.join(" ", key.split("(?<=\\G.{4})"));
        }
    }

    /** The end of a second step. */
    public enum Outcome {
        /** The person is signed in. */
        SIGNED_IN,
        /** The code was wrong, used already or not a code at all. */
        WRONG_CODE,
        /** Too many wrong codes: the account is locked for a while ({@link Result#lockedUntil()}) or disabled. */
        LOCKED,
        /** There is no password waiting for its step any more (too old, or the account changed): sign in again. */
        EXPIRED
    }

    /**
     * @param recoveryCodes the new recovery codes, shown once, when the step set the app up; else empty
     * @param lockedUntil   when {@link Outcome#LOCKED}, until when; null when the account is disabled
     */
    public record Result(Outcome outcome, List<String> recoveryCodes, Instant lockedUntil) {

        static Result of(Outcome outcome) {
            return new Result(outcome, List.of(), null);
        }
    }

    /** What a person's own page shows of their second step. */
    public record State(boolean app, boolean mandatory, int recoveryCodesLeft) {
    }

    private final AppUserRepository users;
    private final SecondFactorRule rule;
    private final AuthenticatedUser authenticated;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator codes = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);

    TwoFactor(AppUserRepository users, SecondFactorRule rule, AuthenticatedUser authenticated, CommuneAccess access,
              ApplicationEventPublisher events, Translations translations, Clock clock) {
        this.users = users;
        this.rule = rule;
        this.authenticated = authenticated;
        this.access = access;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
    }

    // ---- the step after the password

    /** The user name whose password waits for its second step in this request's session, if any and still good. */
    public Optional<String> waiting() {
        return pending().map(SecondFactorPending.Person::username);
    }

    /** Whether the person waiting has an app set up already (else they set one up now). */
    public boolean waitingHasApp() {
        return pending().map(SecondFactorPending.Person::enrolled).orElse(false);
    }

    /**
     * Signs the waiting person in with a code of their app or a recovery code. The session of {@code request} then
     * holds the sign-in, under a new session id.
     */
    @Transactional
    public Result signIn(String code, HttpServletRequest request) {
        Optional<AppUser> waiting = waitingAccount();
        if (waiting.isEmpty()) {
            return Result.of(Outcome.EXPIRED);
        }
        AppUser account = waiting.get();
        if (account.isLockedAt(clock.instant())) {
            return new Result(Outcome.LOCKED, List.of(), account.getLockedUntil());
        }
        if (!account.hasAuthenticatorApp()) {
            return Result.of(Outcome.EXPIRED);
        }
        if (!takeCode(account, code) && !takeRecoveryCode(account, code)) {
            return failed(account);
        }
        complete(account, request);
        return Result.of(Outcome.SIGNED_IN);
    }

    /**
     * Sets up the waiting person's app with the key they were shown, proved by a code it made, and signs them in; the
     * result carries their recovery codes, to be shown once.
     */
    @Transactional
    public Result setUpAndSignIn(Setup setup, String code, HttpServletRequest request) {
        Optional<AppUser> waiting = waitingAccount();
        if (waiting.isEmpty() || waiting.get().hasAuthenticatorApp()) {
            return Result.of(Outcome.EXPIRED);
        }
        AppUser account = waiting.get();
        if (account.isLockedAt(clock.instant())) {
            return new Result(Outcome.LOCKED, List.of(), account.getLockedUntil());
        }
        OptionalLong step = matchingStep(setup.key(), code);
        if (step.isEmpty()) {
            return failed(account);
        }
        List<String> recovery = setUp(account, setup.key(), step.getAsLong());
        complete(account, request);
        // audited once signed in: the trail names the person who set their app up
        audit(account, "account.twoFactor.audit.off", "account.twoFactor.audit.on");
        return new Result(Outcome.SIGNED_IN, recovery, null);
    }

    /**
     * Forgets the password waiting for its second step (the person starts again, or it is no longer good); when
     * {@code expired}, the sign-in page says why.
     */
    public void abandon(HttpServletRequest request, boolean expired) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
            SecurityContextHolder.clearContext();
        }
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            session.removeAttribute(TARGET);
            if (expired) {
                session.setAttribute(SignInReason.ATTRIBUTE, SignInReason.SECOND_STEP_EXPIRED);
            }
        }
    }

    /** Where to go once signed in: the page asked for before the second step, else the start page. */
    public static String target(HttpServletRequest request) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(TARGET);
        if (target instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")) {
            return request.getContextPath() + path;
        }
        return request.getContextPath() + "/";
    }

    /** A new key for an app, for {@code username}; nothing is stored until a code of it is given. */
    public Setup newSetup(String username) {
        byte[] key = new byte[20];
        random.nextBytes(key);
        String base32 = new Base32().encodeToString(key).replace("=", "");
        String label = encode(ISSUER) + ":" + encode(username);
        return new Setup(base32, "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds());
    }

    // ---- a signed-in person's own account

    public State state() {
        AppUser account = own();
        String codes = account.getRecoveryCodes();
        return new State(account.hasAuthenticatorApp(), rule.mandatory(account.getRole(), account.isDemo()),
                codes == null || codes.isEmpty() ? 0 : codes.split(",").length);
    }

    /** Sets up the signed-in person's app (replacing one set up before), proved by a code; returns the recovery codes. */
    @Transactional
    public List<String> setUp(Setup setup, String code) {
        AppUser account = own();
        OptionalLong step = matchingStep(setup.key(), code);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "account.twoFactor.wrongCode");
        }
        boolean before = account.hasAuthenticatorApp();
        List<String> recovery = setUp(account, setup.key(), step.getAsLong());
        audit(account, before ? "account.twoFactor.audit.on" : "account.twoFactor.audit.off",
                before ? "account.twoFactor.audit.replaced" : "account.twoFactor.audit.on");
        return recovery;
    }

    /** New recovery codes for the signed-in person, the old ones no longer good. */
    @Transactional
    public List<String> renewRecoveryCodes() {
        AppUser account = own();
        if (!account.hasAuthenticatorApp()) {
            throw new InvalidInputException("code", "account.twoFactor.noApp");
        }
        List<String> recovery = newRecoveryCodes();
        account.setRecoveryCodes(hashes(recovery));
        audit(account, "account.twoFactor.audit.on", "account.twoFactor.audit.newCodes");
        return recovery;
    }

    /** Turns the second step off for the signed-in person, where their role does not require it. */
    @Transactional
    public void turnOff() {
        AppUser account = own();
        if (rule.mandatory(account.getRole(), account.isDemo())) {
            throw new InvalidInputException("code", "account.twoFactor.mandatory");
        }
        if (account.hasAuthenticatorApp()) {
            account.setAuthenticatorApp(null, null);
            audit(account, "account.twoFactor.audit.on", "account.twoFactor.audit.off");
        }
    }

    // ---- the administrator

    /**
     * Forgets an account's app and recovery codes (a lost phone), lifts a lock and ends its sessions: at the next
     * sign-in its holder sets up an app again where their role requires one.
     */
    @Transactional
    public void reset(long accountId) {
        access.requireAdministrator();
        AppUser account = users.findById(accountId).orElseThrow(() -> new InvalidInputException("id",
                "entry.record.unknown"));
        boolean had = account.hasAuthenticatorApp();
        account.setAuthenticatorApp(null, null);
        account.lockUntil(null);
        account.revokeSessions();
        audit(account, had ? "account.twoFactor.audit.on" : "account.twoFactor.audit.off",
                "account.twoFactor.audit.reset");
    }

    // ---- the parts

    private Optional<SecondFactorPending.Person> pending() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof SecondFactorPending pending
                && pending.person().passwordAt().plus(PENDING_FOR).isAfter(clock.instant())) {
            return Optional.of(pending.person());
        }
        return Optional.empty();
    }

    /** The account waiting, if it is still the one whose password was given (not disabled or changed since). */
    private Optional<AppUser> waitingAccount() {
        return pending().flatMap(person -> users.findById(person.id())
                .filter(AppUser::isEnabled)
                .filter(account -> account.getSecurityStamp() == person.securityStamp()));
    }

    private AppUser own() {
        CurrentUser current = authenticated.require();
        return users.findById(current.id()).orElseThrow(() -> new InvalidInputException("id", "entry.record.unknown"));
    }

    private boolean takeCode(AppUser account, String code) {
        OptionalLong step = matchingStep(account.getTotpSecret(), code);
        return step.isPresent() && users.takeCodeStep(account.getId(), step.getAsLong()) == 1;
    }

    private boolean takeRecoveryCode(AppUser account, String code) {
        String stored = account.getRecoveryCodes();
        String given = normalizedRecoveryCode(code);
        if (stored == null || given == null) {
            return false;
        }
        String hash = hash(given);
        List<String> left = new ArrayList<>(Arrays.asList(stored.split(",")));
        if (!left.remove(hash)) {
            return false;
        }
        return users.takeRecoveryCode(account.getId(), stored, left.isEmpty() ? null : String.join(",", left)) == 1;
    }

    /** The step of {@code code} among the current one and its two neighbours, for the app's key. */
    OptionalLong matchingStep(String key, String code) {
        String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (key == null || !digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        int given = Integer.parseInt(digits);
        long now = clock.instant().getEpochSecond() / STEP.toSeconds();
        SecretKeySpec secret = new SecretKeySpec(new Base32().decode(key), codes.getAlgorithm());
        for (long step : new long[] {now, now - 1, now + 1}) {
            if (codeAt(secret, step) == given) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private int codeAt(SecretKeySpec secret, long step) {
        try {
            return codes.generateOneTimePassword(secret, Instant.ofEpochSecond(step * STEP.toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an authenticator key that HMAC refuses", e);
        }
    }

    private Result failed(AppUser account) {
        users.countFactorFailure(account.getId());
        int failures = users.findFactorFailures(account.getId());
        AppUser current = users.findById(account.getId()).orElseThrow();
        if (failures >= FAILURES_TO_DISABLE) {
            current.setEnabled(false);
            current.revokeSessions();
            SystemUser.call(() -> {
                events.publishEvent(new ChangesMade(FieldChanges.of(communeId(current), UserAdministration.ENTITY,
                        current.getId(), Action.UPDATE).field("enabled", true, false).list()));
                return null;
            });
            log.warn("Disabled the account {} after {} wrong codes in a row at its second sign-in step",
                    current.getUsername(), failures);
            return new Result(Outcome.LOCKED, List.of(), null);
        }
        if (failures % FAILURES_PER_LOCK == 0) {
            Instant until = clock.instant().plus(LoginAttempts.LOCK_FOR);
            current.lockUntil(until);
            return new Result(Outcome.LOCKED, List.of(), until);
        }
        return Result.of(Outcome.WRONG_CODE);
    }

    private List<String> setUp(AppUser account, String key, long step) {
        List<String> recovery = newRecoveryCodes();
        account.setAuthenticatorApp(key, hashes(recovery));
        users.saveAndFlush(account);
        users.takeCodeStep(account.getId(), step);
        return recovery;
    }

    private void audit(AppUser account, String beforeKey, String afterKey) {
        events.publishEvent(new ChangesMade(FieldChanges.of(communeId(account), UserAdministration.ENTITY,
                account.getId(), Action.UPDATE).field("twoFactor", translations.vietnamese(beforeKey),
                translations.vietnamese(afterKey)).list()));
    }

    /** The session becomes the person's sign-in, under a new id (the id seen before the second step is worth nothing). */
    private void complete(AppUser account, HttpServletRequest request) {
        if (account.getFailedAttempts() > 0 || account.getLockedUntil() != null) {
            users.forgetAttempts(account.getUsername());
        }
        AppUser fresh = users.findById(account.getId()).orElseThrow();
        AppUserDetails details = new AppUserDetails(fresh, clock.instant());
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
        request.getSession();
        request.changeSessionId();
        request.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        log.info("{} signed in with the second step", fresh.getUsername());
    }

    private List<String> newRecoveryCodes() {
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 8; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            recovery.add(code.substring(0, 4) + "-" + code.substring(4));
        }
        return List.copyOf(recovery);
    }

    private static String hashes(List<String> recovery) {
        return String.join(",", recovery.stream().map(code -> hash(normalizedRecoveryCode(code))).toList());
    }

    /** A recovery code as stored: lower case without its dash and spaces; null when it cannot be one. */
    static String normalizedRecoveryCode(String code) {
        if (code == null) {
            return null;
        }
        String plain = code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        return plain.length() == 8 && plain.chars().allMatch(c -> RECOVERY_ALPHABET.indexOf(c) >= 0) ? plain : null;
    }

    private static String hash(String normalized) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Long communeId(AppUser user) {
        return user.getCommune() == null ? null : user.getCommune().getId();
    }
}
