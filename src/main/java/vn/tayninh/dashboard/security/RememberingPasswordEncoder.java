package vn.tayninh.dashboard.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, remembering for a few minutes the passwords it has just verified.
 * <p>
 * An API client sends its password with every request (HTTP Basic, no session), and checking a bcrypt hash costs
 * tens of milliseconds of CPU by design: a script calling the API a few times a second keeps a core busy for
 * nothing (measured with 200 simulated people: most of the server's CPU went to bcrypt). After a successful check,
 * the stored hash is remembered with an HMAC-SHA-256 of the password, under a key drawn at start and kept only in
 * memory; the same password against the same stored hash within {@link #REMEMBER_FOR} is accepted on the HMAC.
 * <ul>
 * <li>A failed check is never remembered: every wrong guess costs a full bcrypt and counts towards the lockout.</li>
 * <li>A new password changes the stored hash, which matches nothing remembered.</li>
 * <li>Disabled and locked accounts are refused before their password is looked at (Spring Security's checks run
 * first), so remembering changes nothing for them.</li>
 * </ul>
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    static final int CAPACITY = 10_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(byte[] mac, Instant until) {
    }

    RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    /**
     * Whether this password was verified against this hash in the last few minutes: then it matches without a bcrypt
     * check, and the sign-in needs no attempt counted (nothing is written, so a read-only database still lets it in).
     */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        Verified known = verified.get(encodedPassword);
        return known != null && clock.instant().isBefore(known.until())
                && MessageDigest.isEqual(known.mac(), mac(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        if (remembers(rawPassword, encodedPassword)) {
            return true;
        }
        byte[] mac = mac(rawPassword);
        Instant now = clock.instant();
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= CAPACITY) {
                verified.values().removeIf(entry -> !now.isBefore(entry.until()));
                if (verified.size() >= CAPACITY) {
                    verified.clear();
                }
            }
            verified.put(encodedPassword, new Verified(mac, now.plus(REMEMBER_FOR)));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
