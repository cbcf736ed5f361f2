package vn.tayninh.dashboard.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.Recipients;

/**
 * What the administrator sees of the e-mails still waiting for the SMTP server, and the one thing they can do about
 * them: try again now rather than at the next interval.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    /** One e-mail not yet taken by the SMTP server; {@code lastError} is the server's answer to the last try. */
    public record Waiting(String username, @Nullable String email, String text, Instant since, int attempts,
                          @Nullable Instant lastTry, @Nullable String lastError) {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MailOutboxRepository outbox;
    private final Recipients recipients;
    private final CommuneAccess access;
    private final NoticeMail mail;

    MailOutbox(MailOutboxRepository outbox, Recipients recipients, CommuneAccess access, NoticeMail mail) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.access = access;
        this.mail = mail;
    }

    /** Whether notices go by e-mail at all ({@code spring.mail.host} set). */
    public boolean mailConfigured() {
        access.requireAdministrator();
        return mail.enabled();
    }

    /** The e-mails waiting, oldest first, with the address each account has now. */
    public List<Waiting> waiting() {
        access.requireAdministrator();
        return outbox.findAllWithNotice().stream().map(entry -> {
            Notice notice = entry.getNotice();
            var account = recipients.anyById(notice.getUserId());
            return new Waiting(account.map(Recipients.Recipient::username).orElse("#" + notice.getUserId()),
                    account.map(Recipients.Recipient::email).orElse(null), notice.text().in(VIETNAMESE),
                    entry.getCreatedAt(), entry.getAttempts(), entry.getLastTryAt(), entry.getLastError());
        }).toList();
    }

    /** Tries every e-mail the SMTP server refused again now. */
    @Transactional(readOnly = false)
    public void retryNow() {
        access.requireAdministrator();
        mail.retryNow();
    }
}
