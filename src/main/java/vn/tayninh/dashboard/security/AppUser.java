package vn.tayninh.dashboard.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;

/** A login account. A commune editor is bound to exactly one commune; every other role to none. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    /** Encoded with the delegating password encoder, so it carries its algorithm, e.g. {@code {bcrypt}…}. */
    @Column(name = "password_hash", nullable = false, length = 120)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commune_id")
    private Commune commune;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Created by the demo profile with the published demo password; never in production. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Where notices go by e-mail as well, when mail is configured; null for in-app notices only. */
    @Column(length = 254)
    private String email;

    /** The language of the notices sent to the account: {@code vi} or {@code en}, the last one chosen on screen. */
    @Column(nullable = false, length = 5)
    private String language = "vi";

    /** Bumped by every change that must end the account's open sessions; see {@link #revokeSessions()}. */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    /** Set when the administrator chose the password: the holder replaces it at the next sign-in. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * The key of the account's authenticator app (base32), null while no app is set up; see {@link TwoFactor}. Kept
     * readable since every code is checked against it; a code alone opens nothing without the password.
     */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The 30-second step of the last code accepted, so that a code is used once; null before the first. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** The SHA-256 hashes (hex, comma-separated) of the recovery codes not used yet; null when there are none. */
    @Column(name = "recovery_codes", length = 700)
    private String recoveryCodes;

    /** Wrong codes in a row at the second step; a right one clears it. */
    @Column(name = "factor_failures", nullable = false)
    private int factorFailures;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, Role role, Commune commune) {
        this.username = Objects.requireNonNull(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName);
        assign(role, commune);
    }

    /** Changes the role together with the commune, since the two are only valid in pairs. */
    public void assign(Role role, Commune commune) {
        if ((role == Role.COMMUNE_EDITOR) != (commune != null)) {
            throw new IllegalArgumentException("A commune editor needs a commune and no other role may have one: "
                    + role + ", " + commune);
        }
        this.role = role;
        this.commune = commune;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    /** The display name as stored: what an administrator typed, or a translation key for a name the application gave. */
    public String getDisplayName() {
        return displayName;
    }

    /** The display name in the given language. */
    public String displayName(Locale locale) {
        return Translations.stored(displayName, locale);
    }

    public void setDisplayName(String displayName) {
        this.displayName = Objects.requireNonNull(displayName);
    }

    public Role getRole() {
        return role;
    }

    /** The commune of a commune editor, else null. A lazy proxy: its id is readable without loading it. */
    public Commune getCommune() {
        return commune;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts a failed login; the {@code maxAttempts}-th failure in a row locks the account until
     * {@code now + lockFor} and starts the count again.
     */
    public void loginFailed(Instant now, int maxAttempts, java.time.Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    /** A successful login forgets earlier failures. */
    public void loginSucceeded() {
        failedAttempts = 0;
    }

    /** Refuses logins until the given instant; null lifts the lock. */
    public void lockUntil(Instant until) {
        this.lockedUntil = until;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Locale locale() {
        return Translations.ENGLISH.getLanguage().equals(language) ? Translations.ENGLISH : Translations.VIETNAMESE;
    }

    public void setLocale(Locale locale) {
        this.language = Translations.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi";
    }

    /**
     * Ends the account's open sessions: each compares the stamp it was signed in with against this one on its next
     * request ({@link SessionRevocationFilter}).
     */
    public void revokeSessions() {
        securityStamp++;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public boolean hasAuthenticatorApp() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    /** Sets up (a key) or removes (null) the authenticator app, with its recovery codes (hashes); codes used before are forgotten. */
    void setAuthenticatorApp(String totpSecret, String recoveryCodes) {
        this.totpSecret = totpSecret;
        this.recoveryCodes = recoveryCodes;
        this.totpLastStep = null;
        this.factorFailures = 0;
    }

    String getRecoveryCodes() {
        return recoveryCodes;
    }

    void setRecoveryCodes(String recoveryCodes) {
        this.recoveryCodes = recoveryCodes;
    }

    int getFactorFailures() {
        return factorFailures;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return username;
    }
}
