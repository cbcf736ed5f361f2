package vn.tayninh.dashboard.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The same notices by e-mail, in each recipient's language, when {@code spring.mail.host} is set (Spring Boot then
 * provides a {@link JavaMailSender}); without it nothing is kept and nothing complains.
 *
 * <p>Each e-mail is a row of {@code mail_outbox} written in the transaction of its in-app notice ({@link #keep}). After
 * the commit it leaves on a thread of its own, so a slow or failing SMTP server never holds a transaction nor fails
 * what the user did. A row is deleted once the server has taken the e-mail; one the server refused stays, is tried
 * again every {@code app.mail-retry-every} ({@link #retry}), and is listed for the administrator ({@link MailOutbox});
 * a restart loses none. A try first claims its row with a conditional update, so that two instances, or a retry and
 * the first try, never send one e-mail twice at once; a claim left by a stopped server lapses after {@link #CLAIM}.
 */
@Component
class NoticeMail {

    /** How long one try holds its row; a longer try (a hung server) is bounded well below by the SMTP timeouts. */
    static final Duration CLAIM = Duration.ofMinutes(10);
    private static final int RETRY_BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final Recipients recipients;
    private final ReportService reports;
    private final MailOutboxRepository outbox;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration retryEvery;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("notice-mail").daemon(true).factory());
    /** A freeze mails one meeting pack to many people: it is made once per scope and date, on the mail thread. */
    private final Cache<MeetingPack, byte[]> packs = Caffeine.newBuilder().maximumSize(8)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    NoticeMail(ObjectProvider<JavaMailSender> sender, AppProperties properties, Recipients recipients,
               ReportService reports, MailOutboxRepository outbox, PlatformTransactionManager transactions, Clock clock) {
        this.recipients = recipients;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = sender.getIfAvailable();
        this.from = properties.mailFrom();
        this.retryEvery = properties.mailRetryEvery();
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Keeps one e-mail for each notice whose recipient has an address, in the transaction writing the notices (both
     * are written or neither); they leave after its commit.
     */
    void keep(List<Notice> notices, List<Recipient> told, @Nullable MeetingPack pack, Audience audience) {
        if (sender == null) {
            return;
        }
        Instant now = clock.instant();
        List<MailOutboxEntry> kept = new ArrayList<>();
        for (int i = 0; i < notices.size(); i++) {
            if (told.get(i).email() != null) {
                kept.add(new MailOutboxEntry(notices.get(i), audience, pack, now));
            }
        }
        if (kept.isEmpty()) {
            return;
        }
        List<Long> ids = outbox.saveAll(kept).stream().map(MailOutboxEntry::getId).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ids.forEach(id -> thread.execute(() -> deliver(id)));
            }
        });
    }

    /** Tries again the e-mails the SMTP server refused, once they have waited one interval. */
    @Scheduled(fixedDelayString = "${app.mail-retry-every:PT1M}", initialDelayString = "${app.mail-retry-every:PT1M}")
    void retry() {
        if (sender == null) {
            return;
        }
        List<Long> due = ownTransaction.execute(status -> outbox.due(clock.instant(), PageRequest.of(0, RETRY_BATCH)));
        due.forEach(id -> thread.execute(() -> deliver(id)));
    }

    /** Makes every refused e-mail due and tries them now. */
    void retryNow() {
        ownTransaction.executeWithoutResult(status -> outbox.makeFailedDue());
        retry();
    }

    /** One try of one kept e-mail: claimed, sent with the recipient's rights and address as they are now, then done. */
    private void deliver(long id) {
        try {
            Instant now = clock.instant();
            Attempt attempt = ownTransaction.execute(status -> {
                if (outbox.claim(id, now, now.plus(CLAIM)) == 0) {
                    return null;
                }
                MailOutboxEntry entry = outbox.findById(id).orElseThrow();
                Notice notice = entry.getNotice();
                return new Attempt(notice.getUserId(), notice.text(), entry.audience(), entry.pack());
            });
            if (attempt == null) {
                return;
            }
            String refused = send(attempt);
            ownTransaction.executeWithoutResult(status -> {
                if (refused == null) {
                    outbox.deleteById(id);
                } else {
                    Instant at = clock.instant();
                    outbox.findById(id).ifPresent(entry -> entry.failed(at, refused, at.plus(retryEvery)));
                }
            });
        } catch (RuntimeException e) {
            // the database itself failed: the claim lapses and the e-mail is tried again
            log.warn("A kept notice e-mail could not be handled now: {}", e.toString());
        }
    }

    private record Attempt(long userId, NoticeText text, Audience audience, @Nullable MeetingPack pack) {
    }

    /** Sends one e-mail; null when it left or is no longer allowed, else why the server refused it. */
    private @Nullable String send(Attempt attempt) {
        Recipient recipient = recipients.byId(attempt.userId()).filter(attempt.audience())
                .filter(r -> r.email() != null).orElse(null);
        if (recipient == null) {
            return null;
        }
        byte[] file = attempt.pack() == null ? null : pack(attempt.pack());
        try {
            sender.send(message(recipient, attempt, file));
            return null;
        } catch (MailException | MessagingException e) {
            log.warn("A notice could not be e-mailed to {} and is kept to be tried again: {}", recipient.username(),
                    e.toString());
            return e.toString();
        }
    }

    private byte @Nullable [] pack(MeetingPack pack) {
        try {
            return packs.get(pack, p -> SystemUser.call(() -> reports.meetingPackPdf(ReportRequest.frozen(
                    p.communeCode() == null ? Scope.province() : Scope.commune(p.communeCode()), p.asOf()))));
        } catch (RuntimeException e) {
            log.warn("The meeting pack {} for a notice could not be made; the e-mail goes without it",
                    pack.fileName(), e);
            return null;
        }
    }

    private MimeMessage message(Recipient recipient, Attempt attempt, byte @Nullable [] file)
            throws MessagingException {
        Locale locale = recipient.locale();
        String line = attempt.text().in(locale);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(Translations.stored(Translations.key("notice.mail.subject"), locale, line));
        helper.setText(Translations.stored(Translations.key("notice.mail.body"), locale, line));
        if (file != null) {
            helper.addAttachment(attempt.pack().fileName(), new ByteArrayResource(file), "application/pdf");
        }
        return message;
    }

    /** Returns once every e-mail handed to the mail thread before the call has been tried; for tests. */
    void awaitSent(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        thread.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
