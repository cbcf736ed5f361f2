package vn.tayninh.dashboard.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A named key a machine presents to the API ({@code Authorization: Bearer …}) instead of a person's password: it can
 * be limited to reading, expires, shows when it was last used, and is revoked without touching anyone's account. Only
 * a hash of the key is stored; the key itself is shown once, when issued.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** What a token may do: read everything a leader reads, or also write as the board does (imports). */
    public enum Scope {
        READ(Role.LEADER),
        READ_WRITE(Role.BOARD);

        private final Role role;

        Scope(Role role) {
            this.role = role;
        }

        /** The role whose rights the services grant to a call made with such a token. */
        public Role role() {
            return role;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The key's first characters, so that a person can tell which key a script holds without the key being stored. */
    @Column(nullable = false, length = 16)
    private String prefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    /** The last day the key is accepted. */
    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(nullable = false)
    private long calls;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 80)
    private String revokedBy;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String prefix, Scope scope, Instant createdAt, String createdBy,
             LocalDate expiresOn) {
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.scope = scope;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.expiresOn = expiresOn;
    }

    /** Accepted on {@code day}: not revoked and not past its last day. */
    public boolean isActive(LocalDate day) {
        return revokedAt == null && !day.isAfter(expiresOn);
    }

    void revoke(Instant at, String by) {
        revokedAt = at;
        revokedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public long getCalls() {
        return calls;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public long getVersion() {
        return version;
    }
}
