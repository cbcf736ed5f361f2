package vn.tayninh.dashboard.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.tayninh.dashboard.base.Translations;

/**
 * One notice to one user. The text is kept as a translation key with its parameters, each parameter either words
 * as they are (a commune's name, a date) or itself a stored translation key ({@link Translations#key}), so that
 * every reader sees it in their own language.
 */
@Entity
@Table(name = "notice")
public class Notice {

    /** Separates the stored parameters; never typed by anyone. */
    static final String SEPARATOR = "\u001F";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "message_key", nullable = false, length = 80)
    private String messageKey;

    @Column(length = 1000)
    private String params;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(long userId, Instant createdAt, NoticeText text) {
        this.userId = userId;
        this.createdAt = createdAt;
        this.messageKey = text.key();
        this.params = String.join(SEPARATOR, text.params());
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public NoticeText text() {
        return new NoticeText(messageKey, params == null || params.isEmpty() ? List.of()
                : Arrays.asList(params.split(SEPARATOR, -1)));
    }

    /** The notice in the given language. */
    public String text(Locale locale) {
        return text().in(locale);
    }
}
