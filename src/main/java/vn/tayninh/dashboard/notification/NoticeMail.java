package vn.tayninh.dashboard.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;

/**
 * The same notices by e-mail, in each recipient's language, when {@code spring.mail.host} is set (Spring Boot then
 * provides a {@link JavaMailSender}); without it nothing is sent and nothing complains. Mail leaves on a thread of
 * its own, after the data has committed, so a slow or failing SMTP server never holds a transaction nor fails what
 * the user did: a failure is logged at WARN and the in-app notice stays.
 */
@Component
class NoticeMail {

    /** A file attached to the e-mail, made on the mail thread only when someone has an address. */
    record Attachment(String fileName, String contentType, Supplier<byte[]> content) {
    }

    private static final Logger log = LoggerFactory.getLogger(NoticeMail.class);

    private final @Nullable JavaMailSender sender;
    private final String from;
    private final Recipients recipients;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("notice-mail").daemon(true).factory());

    NoticeMail(ObjectProvider<JavaMailSender> sender, AppProperties properties, Recipients recipients) {
        this.recipients = recipients;
        this.sender = sender.getIfAvailable();
        this.from = properties.mailFrom();
    }

    boolean enabled() {
        return sender != null;
    }

    void send(List<Recipient> told, NoticeText text, @Nullable Attachment attachment, Predicate<Recipient> audience) {
        List<Recipient> withAddress = told.stream().filter(r -> r.email() != null).toList();
        if (sender == null || withAddress.isEmpty()) {
            return;
        }
        thread.execute(() -> {
            // the rights as they are now, just before anything leaves: an account changed or disabled in between
            // is not sent what it may no longer read
            List<Recipient> stillAdmitted = new java.util.ArrayList<>();
            for (Recipient recipient : withAddress) {
                recipients.byId(recipient.userId()).filter(audience).filter(now -> now.email() != null)
                        .ifPresent(stillAdmitted::add);
            }
            if (stillAdmitted.isEmpty()) {
                return;
            }
            byte[] file = null;
            if (attachment != null) {
                try {
                    file = attachment.content().get();
                } catch (RuntimeException e) {
                    log.warn("The attachment {} of a notice could not be made; the e-mail goes without it",
                            attachment.fileName(), e);
                }
            }
            for (Recipient recipient : stillAdmitted) {
                try {
                    sender.send(message(recipient, text, attachment, file));
                } catch (MailException | MessagingException e) {
                    log.warn("A notice could not be e-mailed to {}: {}", recipient.username(), e.toString());
                }
            }
        });
    }

    private MimeMessage message(Recipient recipient, NoticeText text, @Nullable Attachment attachment,
                                byte[] file) throws MessagingException {
        Locale locale = recipient.locale();
        String line = text.in(locale);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, file != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(recipient.email());
        helper.setSubject(Translations.stored(Translations.key("notice.mail.subject"), locale, line));
        helper.setText(Translations.stored(Translations.key("notice.mail.body"), locale, line));
        if (file != null) {
            helper.addAttachment(attachment.fileName(), new ByteArrayResource(file), attachment.contentType());
        }
        return message;
    }

    /** Returns once every mail handed over before the call has been sent or given up; for tests. */
    void awaitSent(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        thread.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdown();
    }
}
