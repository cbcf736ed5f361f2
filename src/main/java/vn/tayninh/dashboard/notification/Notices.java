package vn.tayninh.dashboard.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.Recipients.Recipient;

/**
 * The in-app notices: each user reads and marks only their own. {@link #tell} is the one way a notice is given: it
 * writes one row per person, and keeps their e-mails ({@link NoticeMail}), in a transaction of its own (the step that
 * caused it has already committed); the e-mails leave after that commit, outside any transaction.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

    /** The most a list shows; older notices stay stored. */
    public static final int SHOWN = 50;

    private final NoticeRepository notices;
    private final AuthenticatedUser authenticatedUser;
    private final NoticeMail mail;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Notices(NoticeRepository notices, AuthenticatedUser authenticatedUser, NoticeMail mail,
            PlatformTransactionManager transactions, Clock clock) {
        this.notices = notices;
        this.authenticatedUser = authenticatedUser;
        this.mail = mail;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** How many notices the signed-in user has not read. */
    public long unreadCount() {
        return notices.countByUserIdAndReadAtIsNull(authenticatedUser.require().id());
    }

    /** The signed-in user's latest notices, newest first. */
    public List<Notice> latest() {
        return notices.findByUserIdOrderByIdDesc(authenticatedUser.require().id(), PageRequest.of(0, SHOWN));
    }

    /** Marks one of the signed-in user's notices read; another user's notice is unknown to them. */
    @Transactional
    public void markRead(long id) {
        long userId = authenticatedUser.require().id();
        notices.findById(id).filter(n -> n.getUserId() == userId)
                .orElseThrow(() -> new UnknownRecordException("id"))
                .markRead(Instant.now(clock));
    }

    /** Marks every notice of the signed-in user read; returns how many were unread. */
    @Transactional
    public int markAllRead() {
        return notices.markAllRead(authenticatedUser.require().id(), Instant.now(clock));
    }

    /**
     * Tells each recipient whom {@code audience} admits with the rights they hold now, in the application and, when
     * mail is configured and they have an address, by e-mail; the mail is held against the rights read again just
     * before it leaves, attachment included.
     */
    void tell(List<Recipient> recipients, NoticeText text, @Nullable MeetingPack pack, Audience audience) {
        List<Recipient> admitted = recipients.stream().filter(audience).toList();
        if (admitted.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        ownTransaction.executeWithoutResult(status -> mail.keep(
                notices.saveAll(admitted.stream().map(r -> new Notice(r.userId(), now, text)).toList()),
                admitted, pack, audience));
    }

    void tell(List<Recipient> recipients, NoticeText text, Audience audience) {
        tell(recipients, text, null, audience);
    }
}
