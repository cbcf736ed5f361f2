package vn.tayninh.dashboard.notification;

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
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One e-mail of one notice, kept until the SMTP server has taken it (table {@code mail_outbox}, V31). */
@Entity
@Table(name = "mail_outbox")
class MailOutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_kind", nullable = false, length = 12)
    private Audience.Kind audienceKind;

    @Column(name = "audience_commune_id")
    private Long audienceCommuneId;

    @Column(name = "pack_commune_code", length = 60)
    private String packCommuneCode;

    @Column(name = "pack_as_of")
    private LocalDate packAsOf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_try_at")
    private Instant lastTryAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected MailOutboxEntry() {
    }

    MailOutboxEntry(Notice notice, Audience audience, @Nullable MeetingPack pack, Instant createdAt) {
        this.notice = notice;
        this.audienceKind = audience.kind();
        this.audienceCommuneId = audience.communeId();
        this.packCommuneCode = pack == null ? null : pack.communeCode();
        this.packAsOf = pack == null ? null : pack.asOf();
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    Notice getNotice() {
        return notice;
    }

    Audience audience() {
        return new Audience(audienceKind, audienceCommuneId);
    }

    @Nullable MeetingPack pack() {
        return packAsOf == null ? null : new MeetingPack(packCommuneCode, packAsOf);
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    int getAttempts() {
        return attempts;
    }

    @Nullable Instant getLastTryAt() {
        return lastTryAt;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    /** A try the server refused: counted, and not tried again before {@code nextTry}. */
    void failed(Instant at, String error, Instant nextTry) {
        attempts++;
        lastTryAt = at;
        lastError = error.length() > 500 ? error.substring(0, 500) : error;
        claimedUntil = nextTry;
    }
}
