package vn.tayninh.dashboard.explanation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.Explanations.Answer;
import vn.tayninh.dashboard.explanation.Explanations.NewRequest;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The whole loop on one commune and target, step by step: the states, the history, the audit trail and the event of
 * each step; every bad input refused with a Vietnamese message naming the field, and nothing written.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@RecordApplicationEvents
class ExplanationsTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final LocalDate DUE = TODAY.plusDays(14);
    static final String COMMUNE = "xa-hung-dien";

    @Autowired
    Explanations explanations;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    jakarta.persistence.EntityManager entityManager;

    long commune;

    @BeforeEach
    void commune() {
        commune = communes.findByCode(COMMUNE).orElseThrow().getId();
    }

    @Test
    void requestAnswerReturnAnswerAgainAccept() {
        ExplanationDetails asked = asBoard(() -> explanations.request(COMMUNE, request()));
        assertThat(asked.state()).isEqualTo(ExplanationState.REQUESTED);
        assertThat(asked.overdue()).isFalse();
        assertThat(asked.requestedBy()).isEqualTo("board");

        ExplanationDetails answered = asEditor(() -> explanations.answer(asked.id(), asked.version(),
                new Answer("  Thiếu nguồn đào tạo  ", "Cử 2 cán bộ học đại học", LocalDate.of(2027, 6, 30))));
        assertThat(answered.state()).isEqualTo(ExplanationState.ANSWERED);
        assertThat(answered.cause()).isEqualTo("Thiếu nguồn đào tạo");

        ExplanationDetails returned = asBoard(() -> explanations.giveBack(asked.id(), answered.version(),
                "Nêu rõ số người"));
        assertThat(returned.state()).isEqualTo(ExplanationState.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Nêu rõ số người");

        ExplanationDetails again = asEditor(() -> explanations.answer(asked.id(), returned.version(),
                new Answer("Thiếu 3 người có bằng đại học", "Cử 3 cán bộ học đại học", LocalDate.of(2027, 9, 30))));
        ExplanationDetails accepted = asBoard(() -> explanations.accept(asked.id(), again.version()));

        assertThat(accepted.state()).isEqualTo(ExplanationState.ACCEPTED);
        assertThat(accepted.cause()).isEqualTo("Thiếu 3 người có bằng đại học");
        assertThat(accepted.expectedBy()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(accepted.history()).extracting(ExplanationDetails.Step::state, ExplanationDetails.Step::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ExplanationState.REQUESTED, "board"),
                        org.assertj.core.groups.Tuple.tuple(ExplanationState.ANSWERED, "commune_editor"),
                        org.assertj.core.groups.Tuple.tuple(ExplanationState.RETURNED, "board"),
                        org.assertj.core.groups.Tuple.tuple(ExplanationState.ANSWERED, "commune_editor"),
                        org.assertj.core.groups.Tuple.tuple(ExplanationState.ACCEPTED, "board"));
        assertThat(accepted.history().get(1).note()).isEqualTo("Thiếu nguồn đào tạo");
        assertThat(accepted.history()).allMatch(step -> step.at().equals(FixedClockConfig.NOW));

        assertThat(events.stream(ExplanationStepTaken.class)).containsExactly(
                step(asked.id(), ExplanationState.REQUESTED, "board"),
                step(asked.id(), ExplanationState.ANSWERED, "commune_editor"),
                step(asked.id(), ExplanationState.RETURNED, "board"),
                step(asked.id(), ExplanationState.ANSWERED, "commune_editor"),
                step(asked.id(), ExplanationState.ACCEPTED, "board"));
        assertThat(jdbc.queryForList("""
                SELECT CONCAT(actor, ' ', field, ' ', COALESCE(old_value, '-'), ' > ', new_value)
                FROM audit_entry WHERE entity = 'EXPLANATION' AND field = 'state' ORDER BY id""", String.class))
                .containsExactly("board state - > REQUESTED", "commune_editor state REQUESTED > ANSWERED",
                        "board state ANSWERED > RETURNED", "commune_editor state RETURNED > ANSWERED",
                        "board state ANSWERED > ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity = 'EXPLANATION'", Long.class))
                .isEqualTo(5 + 4 + 2 + 4 + 1);
        assertThat(asLeader(() -> explanations.accepted(null, AS_OF, AS_OF))).extracting(ExplanationDetails::cause)
                .containsExactly("Thiếu 3 người có bằng đại học");
    }

    @Test
    void aSecondOpenRequestOnTheSameTargetIsRefusedAndTheBulkRequestSkipsIt() {
        asBoard(() -> explanations.request(COMMUNE, request()));

        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, request())),
                "communeCode", "Xã, phường đã có yêu cầu giải trình chưa kết thúc về chỉ tiêu này");
        Explanations.Requested bulk = asBoard(() -> explanations.requestAll(
                List.of(COMMUNE, "phuong-tan-ninh", "xa-ninh-dien"), request()));

        assertThat(bulk.created()).extracting(ExplanationDetails::communeCode)
                .containsExactly("phuong-tan-ninh", "xa-ninh-dien");
        assertThat(bulk.skippedCommuneCodes()).containsExactly(COMMUNE);
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void badRequestsNameTheirFieldInVietnameseAndWriteNothing() {
        assertRefused(() -> asBoard(() -> explanations.request("xa-khong-co", request())),
                "communeCode", "Không có xã, phường mã \"xa-khong-co\"");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, new NewRequest("T99", AS_OF, DUE, "Giải trình"))),
                "targetCode", "Không có chỉ tiêu mã \"T99\"");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30), "Giải trình"))),
                "asOf", "Ngày số liệu không được sau hôm nay");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", AS_OF, LocalDate.of(2026, 5, 31), "Giải trình"))),
                "dueDate", "Hạn giải trình không được trước ngày số liệu");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, new NewRequest("T2", AS_OF, DUE, "   "))),
                "request", "Bắt buộc nhập");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", AS_OF, DUE, "x".repeat(1001)))),
                "request", "Tối đa 1.000 ký tự");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, new NewRequest("T2", AS_OF, DUE, "a\u0007b"))),
                "request", "Không được có ký tự điều khiển (như NUL, ESC, BEL, tab); chỉ được xuống dòng");
        // a lone half of a surrogate pair and U+FFFF would come out of the DOCX as "?"
        for (String unprintable : new String[] {"a\uD800b", "a\uDC00b", "a\uFFFFb", "a\uD83F\uDFFFb"}) {
            assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, new NewRequest("T2", AS_OF, DUE,
                            unprintable))), "request",
                    "Có ký tự không hiển thị được (nửa cặp ký tự thay thế hoặc mã U+FFFE, U+FFFF); hãy gõ lại đoạn chữ này");
        }
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE, new NewRequest("T2", null, null, "x"))),
                "asOf", "Bắt buộc nhập");
        // dates within 2000–2100, as every other date of the product
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", LocalDate.of(1, 1, 1), DUE, "Giải trình"))),
                "asOf", "Ngày phải từ 01/01/2000 đến 31/12/2100");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", LocalDate.of(-1, 1, 1), DUE, "Giải trình"))),
                "asOf", "Ngày phải từ 01/01/2000 đến 31/12/2100");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", AS_OF, LocalDate.MAX, "Giải trình"))),
                "dueDate", "Ngày phải từ 01/01/2000 đến 31/12/2100");
        assertRefused(() -> asBoard(() -> explanations.request(COMMUNE,
                        new NewRequest("T2", AS_OF, LocalDate.of(2101, 1, 1), "Giải trình"))),
                "dueDate", "Ngày phải từ 01/01/2000 đến 31/12/2100");
        assertThat(count()).isZero();
        assertThat(audited()).isZero();
        assertThat(events.stream(ExplanationStepTaken.class)).isEmpty();
    }

    @Test
    void badAnswersAndDecisionsNameTheirFieldAndWriteNothing() {
        ExplanationDetails asked = asBoard(() -> explanations.request(COMMUNE, request()));
        long audited = audited();

        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null, new Answer("", "Biện pháp", null))),
                "cause", "Bắt buộc nhập");
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null, new Answer("Nguyên nhân", "Biện pháp", null))),
                "expectedBy", "Bắt buộc nhập");
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null,
                        new Answer("Nguyên nhân", "x".repeat(2001), LocalDate.of(2027, 1, 1)))),
                "remedy", "Tối đa 2.000 ký tự");
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null,
                        new Answer("Nguyên nhân", "Biện pháp", LocalDate.of(2026, 1, 1)))),
                "expectedBy", "Ngày dự kiến chuyển biến không được trước ngày số liệu");
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null,
                        new Answer("Nguyên nhân", "Biện pháp", LocalDate.of(999999999, 12, 31)))),
                "expectedBy", "Ngày phải từ 01/01/2000 đến 31/12/2100");
        assertRefused(() -> asBoard(() -> explanations.accept(asked.id(), null)),
                "state", "Yêu cầu chưa được giải trình hoặc đã xử lý (trạng thái hiện tại: Chờ giải trình)");
        assertRefused(() -> asBoard(() -> explanations.giveBack(asked.id(), null, "Làm lại")),
                "state", "Yêu cầu chưa được giải trình hoặc đã xử lý (trạng thái hiện tại: Chờ giải trình)");

        ExplanationDetails answered = asEditor(() -> explanations.answer(asked.id(), null, answer()));
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null, answer())),
                "state", "Yêu cầu không chờ giải trình (trạng thái hiện tại: Đã giải trình)");
        assertRefused(() -> asBoard(() -> explanations.giveBack(asked.id(), null, " ")), "comment", "Bắt buộc nhập");
        asBoard(() -> explanations.accept(asked.id(), null));
        assertRefused(() -> asEditor(() -> explanations.answer(asked.id(), null, answer())),
                "state", "Yêu cầu không chờ giải trình (trạng thái hiện tại: Đã chấp nhận)");
        assertThatThrownBy(() -> asBoard(() -> explanations.accept(999_999, null)))
                .isInstanceOf(UnknownRecordException.class);

        assertThat(audited()).isEqualTo(audited + 4 + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM explanation_step", Long.class)).isEqualTo(3);
        assertThat(answered.state()).isEqualTo(ExplanationState.ANSWERED);
    }

    @Test
    void anUnansweredRequestPastItsDueDateIsOverdueAndAnnouncedOnce() {
        ExplanationDetails late = asBoard(() -> explanations.request(COMMUNE, request()));
        ExplanationDetails answered = asBoard(() -> explanations.request("phuong-tan-ninh", request()));
        asEditorOf("phuong-tan-ninh", () -> explanations.answer(answered.id(), null, answer()));
        jdbc.update("UPDATE explanation SET due_date = ?", TODAY.minusDays(1));
        entityManager.clear(); // the rows were changed behind this transaction's persistence context
        events.clear();

        assertThat(explanations.announceOverdue()).isEqualTo(1);
        assertThat(explanations.announceOverdue()).isZero();

        assertThat(events.stream(ExplanationStepTaken.class)).containsExactly(new ExplanationStepTaken(late.id(),
                COMMUNE, "T2", AS_OF, TODAY.minusDays(1), ExplanationState.REQUESTED, true, null));
        ExplanationDetails read = asLeader(() -> explanations.get(late.id()));
        assertThat(read.overdue()).isTrue();
        assertThat(read.version()).isEqualTo(late.version());
        assertThat(asLeader(() -> explanations.find(new ExplanationFilter(null, null, "T2", true))))
                .extracting(ExplanationDetails::id).containsExactly(late.id());
        assertThat(asLeader(() -> explanations.find(new ExplanationFilter(null, null, "T2", false))))
                .extracting(ExplanationDetails::id).containsExactly(answered.id());
    }

    @Test
    void anEditorListsOnlyTheirCommuneWhateverTheFilterSays() {
        asBoard(() -> explanations.request(COMMUNE, request()));
        asBoard(() -> explanations.request("phuong-tan-ninh", request()));

        assertThat(asEditor(() -> explanations.find(ExplanationFilter.ALL))).extracting(ExplanationDetails::communeCode)
                .containsExactly(COMMUNE);
        assertThat(asLeader(() -> explanations.find(ExplanationFilter.ALL))).hasSize(2);
        assertThat(asLeader(() -> explanations.latestByCommune("T2"))).containsOnlyKeys(commune,
                communes.findByCode("phuong-tan-ninh").orElseThrow().getId());
    }

    private void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(Problem::field, Problem::message)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, message)));
    }

    private ExplanationStepTaken step(long id, ExplanationState state, String actor) {
        return new ExplanationStepTaken(id, COMMUNE, "T2", AS_OF, DUE, state, false, actor);
    }

    static NewRequest request() {
        return new NewRequest("T2", AS_OF, DUE, "Giải trình vì sao tỷ lệ đại học thấp");
    }

    static Answer answer() {
        return new Answer("Thiếu nguồn", "Cử đi học", LocalDate.of(2027, 6, 30));
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM explanation", Long.class);
    }

    private long audited() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity = 'EXPLANATION'", Long.class);
    }

    private <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }

    private <T> T asLeader(Supplier<T> work) {
        return TestUsers.callAs(Role.LEADER, null, work);
    }

    private <T> T asEditor(Supplier<T> work) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, commune, work);
    }

    private <T> T asEditorOf(String code, Supplier<T> work) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, communes.findByCode(code).orElseThrow().getId(), work);
    }
}
