package vn.tayninh.dashboard.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.export.ReportRequest;
import vn.tayninh.dashboard.export.ReportService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.notification.NoticeMailRequested.MeetingPack;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The same notices by e-mail, in each recipient's language, when {@code spring.mail.host} is set (Spring Boot then
 * provides a {@link JavaMailSender}); without it nothing is kept and nothing complains.
 *
 * <p>Each e-mail is an event kept in the database by the event publication registry, written in the transaction of
 * the in-app notice ({@link #keep}). It leaves on the mail thread after the commit ({@link #deliver}), so a slow or
 * failing SMTP server never holds a transaction nor fails what the user did. An e-mail the server did not take stays
 * kept, is tried again every {@code app.mail-retry-every} ({@link #retry}), and is listed for the administrator
 * ({@link MailOutbox}) until it leaves; a restart loses none.
 */
@Component
class NoticeMail {

    /** The name of the mail thread's executor. */
    static final String THREAD = "noticeMailExecutor";

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final Recipients recipients;
    private final ReportService reports;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<FailedEventPublications> failed;
    private final ThreadPoolTaskExecutor thread;
    private final Duration retryEvery;
    /** A freeze mails one meeting pack to many people: it is made once per scope and date, on the mail thread. */
    private final Cache<MeetingPack, byte[]> packs = Caffeine.newBuilder().maximumSize(8)
            .expireAfterWrite(Duration.ofMinutes(30)).build();

    NoticeMail(ObjectProvider<JavaMailSender> sender, AppProperties properties, Recipients recipients,
               ReportService reports, ApplicationEventPublisher events, ObjectProvider<FailedEventPublications> failed,
               @org.springframework.beans.factory.annotation.Qualifier(THREAD) ThreadPoolTaskExecutor thread) {
        this.recipients = recipients;
        this.reports = reports;
        this.events = events;
        this.failed = failed;
        this.thread = thread;
        this.sender = sender.getIfAvailable();
        this.from = properties.mailFrom();
        this.retryEvery = properties.mailRetryEvery();
    }

    boolean enabled() {
        return sender != null;
    }

    /**
     * Keeps one e-mail for each recipient with an address; called inside the transaction that writes the in-app
     * notices, so both are written or neither.
     */
    void keep(List<Recipient> told, NoticeText text, @Nullable MeetingPack pack, Audience audience) {
        if (sender == null) {
            return;
        }
        for (Recipient recipient : told) {
            if (recipient.email() != null) {
                events.publishEvent(new NoticeMailRequested(recipient.userId(), text, audience, pack));
            }
        }
    }

    /**
     * Sends one kept e-mail, with the recipient's rights and address as they are now: one who may no longer read it
     * is not sent it, and the e-mail is done. An SMTP failure throws, which leaves the e-mail kept for the next try.
     */
    @KeptUntilSent
    void deliver(NoticeMailRequested mail) throws MessagingException {
        if (sender == null) {
            return;
        }
        Recipient recipient = recipients.byId(mail.userId()).filter(mail.audience()).filter(r -> r.email() != null)
                .orElse(null);
        if (recipient == null) {
            return;
        }
        byte[] file = mail.pack() == null ? null : pack(mail.pack());
        sender.send(message(recipient, mail, file));
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

    /** Tries again the e-mails the SMTP server did not take, once they have waited one interval. */
    @Scheduled(fixedDelayString = "${app.mail-retry-every:PT1M}", initialDelayString = "${app.mail-retry-every:PT1M}")
    void retry() {
        if (sender != null) {
            failed.ifAvailable(f -> f.resubmit(ResubmissionOptions.defaults().withMinAge(retryEvery)));
        }
    }

    private MimeMessage message(Recipient recipient, NoticeMailRequested mail, byte @Nullable [] file)
            throws MessagingException {
        Locale locale = recipient.locale();
        String line = mail.text().in(locale);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(Translations.stored(Translations.key("notice.mail.subject"), locale, line));
        helper.setText(Translations.stored(Translations.key("notice.mail.body"), locale, line));
        if (file != null) {
            helper.addAttachment(mail.pack().fileName(), new ByteArrayResource(file), "application/pdf");
        }
        return message;
    }

    /** Returns once every e-mail handed to the mail thread before the call has been sent or failed; for tests. */
    void awaitSent(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        thread.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
