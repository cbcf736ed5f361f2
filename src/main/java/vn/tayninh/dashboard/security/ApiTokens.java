package vn.tayninh.dashboard.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.security.ApiToken.Scope;

/**
 * The administrator issues, lists and revokes the API's keys for machines; the API's filter asks here who a key
 * stands for. A key is 32 random bytes, shown once; the database keeps its SHA-256 hash (a key is random and long, so
 * a fast hash is enough: there is nothing to guess from it), its first characters, and its use.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    public static final String ENTITY = "API_TOKEN";
    /** Every key starts so, which makes one found in a file or a log recognisable (and easy to scan for). */
    static final String KEY_START = "tnk_";
    /** The longest validity the administrator may give a key. */
    static final int MAX_YEARS = 2;
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    /** A key just issued: the only moment its text is known. */
    public record Issued(ApiToken token, String key) {
    }

    private final ApiTokenRepository tokens;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, CommuneAccess access, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public List<ApiToken> findAll() {
        access.requireAdministrator();
        return tokens.findAllForList();
    }

    /** Issues a key named {@code name} (lower-case letters, digits, dots and dashes) accepted until {@code expiresOn}. */
    @Transactional
    public Issued issue(String name, Scope scope, LocalDate expiresOn) {
        CurrentUser admin = access.requireAdministrator();
        String cleanName = name == null ? "" : name.strip();
        LocalDate today = LocalDate.now(clock);
        List<Problem> problems = new ArrayList<>();
        if (!NAME.matcher(cleanName).matches()) {
            problems.add(Problem.of("name", "token.rule.name"));
        } else if (tokens.existsByName(cleanName)) {
            problems.add(Problem.of("name", "token.rule.nameTaken"));
        }
        if (scope == null) {
            problems.add(Problem.of("scope", "entry.rule.required"));
        }
        if (expiresOn == null || expiresOn.isBefore(today) || expiresOn.isAfter(today.plusYears(MAX_YEARS))) {
            problems.add(Problem.of("expiresOn", "token.rule.expiry", MAX_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = KEY_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = tokens.save(new ApiToken(cleanName, hash(key), key.substring(0, 10), scope, clock.instant(),
                admin.username(), expiresOn));
        events.publishEvent(new ChangesMade(FieldChanges.of(null, ENTITY, token.getId(), Action.CREATE)
                .field("name", null, cleanName).field("scope", null, scope).field("expiresOn", null, expiresOn).list()));
        return new Issued(token, key);
    }

    /** Revokes a key at once: the next call presenting it is refused, on every instance. */
    @Transactional
    public void revoke(long id) {
        CurrentUser admin = access.requireAdministrator();
        ApiToken token = tokens.findById(id).orElseThrow(() -> new InvalidInputException("id", "entry.record.unknown"));
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(clock.instant(), admin.username());
        events.publishEvent(new ChangesMade(FieldChanges.of(null, ENTITY, id, Action.UPDATE)
                .field("revoked", false, true).list()));
    }

    /**
     * Who a presented key stands for, as the services see a signed-in user: the key's name (prefixed {@code token:},
     * so that the audit trail tells a machine from a person) with its scope's role; empty when the key is unknown,
     * revoked or expired. The call is counted.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<CurrentUser> authenticate(String key) {
        if (key == null || !key.startsWith(KEY_START) || key.length() > 100) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.findByTokenHash(hash(key))
                .filter(found -> found.isActive(LocalDate.now(clock)));
        token.ifPresent(found -> tokens.recordCall(found.getId(), clock.instant()));
        return token.map(found -> new CurrentUser(-found.getId(), "token:" + found.getName(), found.getName(),
                found.getScope().role(), null));
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
