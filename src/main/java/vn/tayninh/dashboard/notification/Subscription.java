package vn.tayninh.dashboard.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one user asked to be told of, for the province (no commune) or one commune. A status subscription keeps
 * the statuses it last told of, so that each change is told once.
 */
@Entity
@Table(name = "notice_subscription")
public class Subscription {

    public enum Kind {
        /** A target of the scope changes status. */
        STATUS,
        /** A new reporting date is frozen; the e-mail carries the scope's meeting pack. */
        FREEZE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    /** Null for the whole province. */
    @Column(name = "commune_id")
    private Long communeId;

    @Column(name = "last_statuses", length = 1000)
    private String lastStatuses;

    protected Subscription() {
    }

    Subscription(long userId, Kind kind, Long communeId) {
        this.userId = userId;
        this.kind = kind;
        this.communeId = communeId;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getCommuneId() {
        return communeId;
    }

    String getLastStatuses() {
        return lastStatuses;
    }
}
