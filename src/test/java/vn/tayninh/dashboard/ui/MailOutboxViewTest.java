package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.ExplanationStepTaken;

/**
 * The administrator sees an e-mail the SMTP server did not take: nothing listens on the configured port, as when the
 * province's mail server is down.
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@ViewPackages(classes = MailOutboxView.class)
class MailOutboxViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MailOutboxViewTest::closedPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    @WithUserDetails("admin")
    void theAdministratorSeesTheEMailWaitingForTheMailServer() throws Exception {
        MailOutboxView empty = navigate(MailOutboxView.class);
        assertThat(test(empty.grid).size()).isZero();
        assertThat(empty.summary.getText()).isEqualTo("Đang chờ gửi: 0 thư");

        String commune = jdbc.queryForObject("SELECT code FROM commune ORDER BY code LIMIT 1", String.class);
        jdbc.update("UPDATE app_user SET email = 'xa@tayninh.example' WHERE username = ?", commune);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new ExplanationStepTaken(
                9, commune, "T1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 15), ExplanationState.REQUESTED,
                false, "bantochuc")));
        awaitRefused();

        MailOutboxView view = navigate(MailOutboxView.class);
        assertThat(view.summary.getText()).isEqualTo("Đang chờ gửi: 1 thư");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo(commune);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("xa@tayninh.example");
        assertThat(test(view.grid).getCellText(0, 2)).startsWith("Ban Tổ chức yêu cầu giải trình chỉ tiêu T1");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("1");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Thông báo gửi qua thư điện tử được lưu lại"));
    }

    /** Waits until the mail thread has tried the e-mail once and the server refused it. */
    private void awaitRefused() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE attempts > 0", Long.class) == 0) {
            assertThat(Instant.now()).as("the e-mail was tried within a minute").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
