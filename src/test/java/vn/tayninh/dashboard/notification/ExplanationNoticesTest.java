package vn.tayninh.dashboard.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.ExplanationStepTaken;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.AppUserRepository;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Who is told of each step on a request for explanation, counted exactly: two communes with their editors, two
 * board members, a leader and an administrator, and a step that rolls back telling nobody.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FixedClockConfig.class)
class ExplanationNoticesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AppUserRepository users;
    @Autowired
    CommuneService communes;
    @Autowired
    Notices notices;
    @Autowired
    JdbcTemplate jdbc;

    Commune first;
    Commune second;
    AppUser editorOfFirst;
    AppUser otherEditorOfFirst;
    AppUser editorOfSecond;
    AppUser board;
    AppUser otherBoard;
    AppUser leader;
    AppUser admin;

    @BeforeEach
    void accounts() {
        List<Commune> all = communes.findAll();
        first = all.get(0);
        second = all.get(1);
        editorOfFirst = account("nt-editor-1a", Role.COMMUNE_EDITOR, first);
        otherEditorOfFirst = account("nt-editor-1b", Role.COMMUNE_EDITOR, first);
        editorOfSecond = account("nt-editor-2", Role.COMMUNE_EDITOR, second);
        board = account("nt-board-1", Role.BOARD, null);
        otherBoard = account("nt-board-2", Role.BOARD, null);
        leader = account("nt-leader", Role.LEADER, null);
        admin = account("nt-admin", Role.ADMIN, null);
    }

    @AfterEach
    void forget() {
        jdbc.update("DELETE FROM notice");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'nt-%'");
    }

    @Test
    void aNewRequestTellsTheEditorsOfThatCommuneOnly() {
        step(first, ExplanationState.REQUESTED, false, "nt-board-1");
        assertThat(unread()).containsExactly(1L, 1L, 0L, 0L, 0L, 0L, 0L);
        String text = TestUsers.callAs(editorOfFirst, () -> notices.latest()).getFirst().text(Translations.VIETNAMESE);
        assertThat(text).isEqualTo("Ban Tổ chức yêu cầu giải trình chỉ tiêu T1 – Trình độ đại học trở lên"
                + " (số liệu ngày 01/06/2026), hạn trả lời 15/12/2026");
        assertThat(TestUsers.callAs(editorOfFirst, () -> notices.latest()).getFirst().text(Translations.ENGLISH))
                .startsWith("The organization board asks for an explanation of target T1 – ");
    }

    @Test
    void aReturnedRequestTellsTheEditorsOfThatCommuneOnly() {
        step(second, ExplanationState.RETURNED, false, "nt-board-1");
        assertThat(unread()).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L);
    }

    @Test
    void anAnswerAndAnOverdueRequestTellTheBoard() {
        step(first, ExplanationState.ANSWERED, false, "nt-editor-1a");
        step(second, ExplanationState.REQUESTED, true, null);
        assertThat(unread()).containsExactly(0L, 0L, 0L, 2L, 2L, 0L, 0L);
        assertThat(TestUsers.callAs(board, () -> notices.latest())).extracting(n -> n.text(Translations.VIETNAMESE))
                .containsExactly(second.getName() + " quá hạn trả lời yêu cầu giải trình chỉ tiêu T1 – Trình độ đại học"
                                + " trở lên (số liệu ngày 01/06/2026, hạn 15/12/2026)",
                        first.getName() + " đã trả lời yêu cầu giải trình chỉ tiêu T1 – Trình độ đại học trở lên"
                                + " (số liệu ngày 01/06/2026)");
    }

    @Test
    void anAcceptedAnswerTellsNobody() {
        step(first, ExplanationState.ACCEPTED, false, "nt-board-1");
        assertThat(unread()).containsOnly(0L);
    }

    @Test
    void aStepThatRollsBackTellsNobody() {
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            events.publishEvent(event(first, ExplanationState.REQUESTED, false, "nt-board-1"));
            tx.setRollbackOnly();
        });
        assertThat(unread()).containsOnly(0L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notice", Long.class)).isZero();
    }

    @Test
    void aDisabledAccountIsNotTold() {
        otherBoard.setEnabled(false);
        otherBoard = users.save(otherBoard);
        step(first, ExplanationState.ANSWERED, false, "nt-editor-1a");
        assertThat(unread()).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L);
    }

    @Test
    void eachUserMarksTheirOwnNoticesRead() {
        step(first, ExplanationState.ANSWERED, false, "nt-editor-1a");
        step(first, ExplanationState.ANSWERED, false, "nt-editor-1a");
        step(second, ExplanationState.ANSWERED, false, "nt-editor-2");
        long firstNotice = TestUsers.callAs(board, () -> notices.latest()).getLast().getId();

        TestUsers.callAs(board, () -> {
            notices.markRead(firstNotice);
            notices.markRead(firstNotice);
            return null;
        });
        assertThat(unread()).containsExactly(0L, 0L, 0L, 2L, 3L, 0L, 0L);
        assertThatThrownBy(() -> TestUsers.callAs(otherBoard, () -> {
            notices.markRead(firstNotice);
            return null;
        })).isInstanceOf(UnknownRecordException.class);

        assertThat(TestUsers.callAs(otherBoard, () -> notices.markAllRead())).isEqualTo(3);
        assertThat(unread()).containsExactly(0L, 0L, 0L, 2L, 0L, 0L, 0L);
        assertThat(TestUsers.callAs(board, () -> notices.latest())).extracting(Notice::isRead)
                .containsExactly(false, false, true);
    }

    private void step(Commune commune, ExplanationState state, boolean overdue, String actor) {
        new TransactionTemplate(transactions).executeWithoutResult(tx ->
                events.publishEvent(event(commune, state, overdue, actor)));
    }

    private static ExplanationStepTaken event(Commune commune, ExplanationState state, boolean overdue, String actor) {
        return new ExplanationStepTaken(7, commune.getCode(), "T1", AS_OF, DUE, state, overdue, actor);
    }

    /** The unread count of each account, in the order they were made. */
    private List<Long> unread() {
        return List.of(editorOfFirst, otherEditorOfFirst, editorOfSecond, board, otherBoard, leader, admin).stream()
                .map(user -> TestUsers.callAs(user, () -> notices.unreadCount())).toList();
    }

    private AppUser account(String username, Role role, Commune commune) {
        return users.save(new AppUser(username, "{noop}x", username, role, commune));
    }
}
