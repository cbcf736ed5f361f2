package vn.tayninh.dashboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.ExplanationStepTaken;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.AppUserRepository;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.UserAdministration;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The notices by e-mail, through a real SMTP server started here: each message is read back as it arrived
 * (recipient, subject, body in the recipient's language, the meeting pack attached to a freeze notice), and an SMTP
 * server that is down costs the e-mail only, never the user's action or the in-app notice.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FixedClockConfig.class)
class NoticeMailTest {

    static final int PORT = freePort();
    static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("app.mail-from", () -> "thongbao@tayninh.example");
    }

    @BeforeAll
    static void start() {
        SMTP.start();
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    FreezeService freezes;

    static final LocalDate QUARTER_III = LocalDate.of(2026, 10, 1);
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Notices notices;
    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneService communes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NoticeMail mail;
    @Autowired
    MailOutbox outbox;
    @Autowired
    UserAdministration administration;
    @Autowired
    vn.tayninh.dashboard.security.Recipients recipients;

    Commune commune;
    AppUser board;
    AppUser editor;
    AppUser leader;

    @BeforeEach
    void accounts() throws Exception {
        SMTP.purgeEmailFromAllMailboxes();
        commune = communes.findAll().get(2);
        board = account("nm-board", Role.BOARD, null, "bantochuc@tayninh.example", "vi");
        editor = account("nm-editor", Role.COMMUNE_EDITOR, commune, "xa@tayninh.example", "en");
        leader = account("nm-leader", Role.LEADER, null, null, "vi");
    }

    @AfterEach
    void forget() throws Exception {
        // a mail still on its way would land in the next test's mailbox
        mail.awaitSent(Duration.ofMinutes(2));
        jdbc.update("DELETE FROM mail_outbox");
        jdbc.update("DELETE FROM notice");
        jdbc.update("DELETE FROM notice_subscription");
        // only the freeze this test made: the demo's baseline freeze is other tests' too
        jdbc.update("DELETE FROM frozen_value WHERE freeze_id IN (SELECT id FROM reporting_freeze WHERE as_of_date = ?)",
                QUARTER_III);
        jdbc.update("DELETE FROM reporting_freeze WHERE as_of_date = ?", QUARTER_III);
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'nm-%'");
    }

    @Test
    void aFreezeIsMailedWithTheMeetingPackOfTheScopeFollowed() throws Exception {
        TestUsers.callAs(board, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, null));
        TestUsers.callAs(editor, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, commune.getId()));
        TestUsers.callAs(leader, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, null));

        SystemUser.call(() -> freezes.freeze(QUARTER_III, 2026, "Quý III/2026"));

        for (AppUser user : List.of(board, editor, leader)) {
            assertThat(TestUsers.callAs(user, () -> notices.unreadCount())).as(user.getUsername()).isEqualTo(1);
        }
        assertThat(SMTP.waitForIncomingEmail(60_000, 2)).isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);

        MimeMessage toBoard = to("bantochuc@tayninh.example", received);
        assertThat(toBoard.getFrom()[0].toString()).isEqualTo("thongbao@tayninh.example");
        assertThat(toBoard.getSubject())
                .isEqualTo("[Cán bộ cơ sở Tây Ninh] Đã chốt số liệu kỳ báo cáo ngày 01/10/2026 (Toàn tỉnh)");
        Multipart parts = (Multipart) toBoard.getContent();
        assertThat(text(parts)).startsWith("Đã chốt số liệu kỳ báo cáo ngày 01/10/2026 (Toàn tỉnh)")
                .contains("Bảng theo dõi chất lượng cán bộ cơ sở");
        BodyPart pdf = attachment(parts);
        assertThat(pdf.getFileName()).isEqualTo("bao-cao-hop-toan-tinh-2026-10-01.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(new String(pdf.getInputStream().readNBytes(5))).isEqualTo("%PDF-");

        MimeMessage toCommune = to("xa@tayninh.example", received);
        assertThat(toCommune.getSubject()).isEqualTo("[Tay Ninh commune cadres] The figures were frozen at a new"
                + " reporting date, 01/10/2026 (" + commune.getName() + ")");
        assertThat(attachment((Multipart) toCommune.getContent()).getFileName())
                .isEqualTo("bao-cao-hop-" + commune.getCode() + "-2026-10-01.pdf");
    }

    @Test
    void aRequestIsMailedToTheCommuneEditorInTheirLanguage() throws Exception {
        editor.setLocale(java.util.Locale.forLanguageTag("vi"));
        editor = users.save(editor);
        step(ExplanationState.REQUESTED);

        assertThat(SMTP.waitForIncomingEmail(60_000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("xa@tayninh.example");
        assertThat(message.getSubject()).isEqualTo("[Cán bộ cơ sở Tây Ninh] Ban Tổ chức yêu cầu giải trình chỉ tiêu"
                + " T1 – Trình độ đại học trở lên (số liệu ngày 01/06/2026), hạn trả lời 15/12/2026");
        assertThat((String) message.getContent()).startsWith("Ban Tổ chức yêu cầu giải trình chỉ tiêu T1");
    }

    @Test
    void anEMailTheServerRefusedIsKeptListedAndSentWhenTheServerReturns() throws Exception {
        AppUser admin = account("nm-admin", Role.ADMIN, null, null, "vi");
        SMTP.stop();
        try {
            step(ExplanationState.REQUESTED);
            mail.awaitSent(Duration.ofMinutes(2));
            // the user's step and the in-app notice stand; the e-mail waits in the database, not in memory
            assertThat(TestUsers.callAs(editor, () -> notices.unreadCount())).isEqualTo(1);
            assertThat(keptMails()).isEqualTo(1);
            List<MailOutbox.Waiting> waiting = TestUsers.callAs(admin, () -> outbox.waiting());
            assertThat(waiting).singleElement().satisfies(w -> {
                assertThat(w.username()).isEqualTo("nm-editor");
                assertThat(w.email()).isEqualTo("xa@tayninh.example");
                assertThat(w.text()).startsWith("Ban Tổ chức yêu cầu giải trình chỉ tiêu T1");
                assertThat(w.attempts()).isEqualTo(1);
            });
        } finally {
            SMTP.start();
        }
        TestUsers.callAs(admin, () -> {
            outbox.retryNow();
            return null;
        });
        mail.awaitSent(Duration.ofMinutes(2));
        assertThat(SMTP.waitForIncomingEmail(60_000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("xa@tayninh.example");
        assertThat(message.getSubject()).startsWith("[Tay Ninh commune cadres]");
        assertThat(keptMails()).isZero();
        assertThat(TestUsers.callAs(admin, () -> outbox.waiting())).isEmpty();
    }

    @Test
    void onlyTheAdministratorReadsOrRetriesTheWaitingMail() {
        for (AppUser user : List.of(board, editor, leader)) {
            assertThatThrownBy(() -> TestUsers.callAs(user, () -> outbox.waiting())).as(user.getUsername())
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> TestUsers.callAs(user, () -> {
                outbox.retryNow();
                return null;
            })).as(user.getUsername()).isInstanceOf(AccessRefusedException.class);
        }
    }

    @Test
    void anEditorMovedToAnotherCommuneIsNoLongerSentTheFormerCommunesPack() throws Exception {
        TestUsers.callAs(editor, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, commune.getId()));
        Commune other = communes.findAll().get(3);
        changeRights(editor, Role.COMMUNE_EDITOR, other);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_subscription WHERE user_id = ?", Long.class,
                editor.getId())).isZero();
        SystemUser.call(() -> freezes.freeze(QUARTER_III, 2026, "Quý III/2026"));
        mail.awaitSent(Duration.ofMinutes(2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE user_id = ?", Long.class, editor.getId()))
                .isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aLeaderMadeEditorAgainIsNoLongerSentTheProvincesPack() throws Exception {
        TestUsers.callAs(leader, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, null));
        TestUsers.callAs(leader, () -> subscriptions.subscribe(Subscription.Kind.STATUS, commune.getId()));
        leader.setEmail("lanhdao@tayninh.example");
        leader = users.save(leader);
        Commune own = communes.findAll().get(3);
        changeRights(leader, Role.COMMUNE_EDITOR, own);

        // the province and the other commune are gone; nothing else was kept for the account
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice_subscription WHERE user_id = ?", Long.class,
                leader.getId())).isZero();
        SystemUser.call(() -> freezes.freeze(QUARTER_III, 2026, "Quý III/2026"));
        mail.awaitSent(Duration.ofMinutes(2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE user_id = ?", Long.class, leader.getId()))
                .isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void aSubscriptionBeyondTheRightsHeldWhenTheNoticeGoesIsNotServed() throws Exception {
        // a subscription left from before the rule (or a role changed in the database by hand): the rights are read
        // again when the notice is given, and the editor's province subscription tells them nothing
        TestUsers.callAs(leader, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, null));
        TestUsers.callAs(board, () -> subscriptions.subscribe(Subscription.Kind.FREEZE, null));
        jdbc.update("UPDATE app_user SET role = 'COMMUNE_EDITOR', commune_id = ?, email = ? WHERE id = ?",
                commune.getId(), "cu-lanhdao@tayninh.example", leader.getId());

        SystemUser.call(() -> freezes.freeze(QUARTER_III, 2026, "Quý III/2026"));
        assertThat(SMTP.waitForIncomingEmail(60_000, 1)).isTrue();
        mail.awaitSent(Duration.ofMinutes(2));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice WHERE user_id = ?", Long.class, leader.getId()))
                .isZero();
        assertThat(SMTP.getReceivedMessages()).extracting(m -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                .containsExactly("bantochuc@tayninh.example");
    }

    @Test
    void aNoticeOfARequestIsNotMailedToAnEditorMovedAwayBeforeTheMailLeft() throws Exception {
        // the step's in-app notice is written with the rights of that moment; the mail thread reads them again
        Commune other = communes.findAll().get(3);
        List<vn.tayninh.dashboard.security.Recipients.Recipient> told = List.of(recipients.byId(editor.getId())
                .orElseThrow());
        jdbc.update("UPDATE app_user SET commune_id = ? WHERE id = ?", other.getId(), editor.getId());
        TestUsers.callAs(board, () -> {
            notices.tell(told, NoticeText.of("notice.freeze", "01/10/2026", commune.getName()),
                    new MeetingPack(commune.getCode(), QUARTER_III), Audience.followersOf(commune.getId()));
            return null;
        });
        mail.awaitSent(Duration.ofMinutes(2));
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        // done with, not kept to be tried for ever
        assertThat(keptMails()).isZero();
    }

    private long keptMails() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class);
    }

    private void changeRights(AppUser account, Role role, Commune to) {
        AppUser current = users.findById(account.getId()).orElseThrow();
        TestUsers.callAs(Role.ADMIN, null, () -> administration.update(current.getId(), current.getVersion(),
                new UserAdministration.AccountForm(current.getUsername(), current.getDisplayName(), role,
                        to == null ? null : to.getId(), null, current.getEmail())));
    }

    private void step(ExplanationState state) {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(new ExplanationStepTaken(
                9, commune.getCode(), "T1", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 15), state, false,
                "nm-board")));
    }

    private static MimeMessage to(String address, MimeMessage[] received) throws Exception {
        for (MimeMessage message : received) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                return message;
            }
        }
        throw new AssertionError("No message to " + address);
    }

    private static String text(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            Object content = parts.getBodyPart(i).getContent();
            if (content instanceof String text) {
                return text;
            }
            if (content instanceof Multipart inner) {
                return text(inner);
            }
        }
        throw new AssertionError("No text part");
    }

    private static BodyPart attachment(Multipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("No attachment");
    }

    private AppUser account(String username, Role role, Commune of, String email, String language) {
        AppUser user = new AppUser(username, "{noop}x", username, role, of);
        user.setEmail(email);
        user.setLocale(java.util.Locale.forLanguageTag(language));
        return users.save(user);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
