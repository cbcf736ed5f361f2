package vn.tayninh.dashboard.notification;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Service;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.Recipients;

/**
 * What the administrator sees of the e-mails still waiting for the SMTP server, and the one thing they can do about
 * them: try again now rather than at the next interval.
 */
@Service
public class MailOutbox {

    /** One e-mail not yet taken by the SMTP server. */
    public record Waiting(String username, @Nullable String email, String text, Instant since, int attempts,
                          @Nullable Instant lastTry) {
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final EventPublicationRegistry registry;
    private final FailedEventPublications failed;
    private final Recipients recipients;
    private final CommuneAccess access;
    private final NoticeMail mail;

    MailOutbox(EventPublicationRegistry registry, FailedEventPublications failed, Recipients recipients,
               CommuneAccess access, NoticeMail mail) {
        this.registry = registry;
        this.failed = failed;
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
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof NoticeMailRequested)
                .sorted(Comparator.comparing(TargetEventPublication::getPublicationDate))
                .map(this::waiting)
                .toList();
    }

    private Waiting waiting(TargetEventPublication publication) {
        NoticeMailRequested mail = (NoticeMailRequested) publication.getEvent();
        var account = recipients.anyById(mail.userId());
        return new Waiting(account.map(Recipients.Recipient::username).orElse("#" + mail.userId()),
                account.map(Recipients.Recipient::email).orElse(null), mail.text().in(VIETNAMESE),
                publication.getPublicationDate(), publication.getCompletionAttempts(),
                publication.getLastResubmissionDate());
    }

    /** Tries every e-mail the SMTP server refused again now. */
    public void retryNow() {
        access.requireAdministrator();
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
