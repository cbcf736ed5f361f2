package vn.tayninh.dashboard.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.RetirementRule;
import vn.tayninh.dashboard.position.ApprovedSeat;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Each rule of Quy định 377-QĐ/TW alone, on hand-made cadres of one commune, with its edges: the day a discipline's
 * waiting period ends, a retirement on the term's last day. Every refusal names the rule and the person in Vietnamese.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PlanningRulesTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Autowired
    Planning planning;
    @Autowired
    DisciplineRecords disciplines;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    private Commune commune;
    private long term;

    @BeforeEach
    void setUp() {
        commune = communes.findByCode("xa-hung-dien").orElseThrow();
        term = planning.term("2030-2035").orElseThrow().getId();
    }

    @Test
    void onlyAHigherTitleThanTheHighestHeld() {
        Cadre vice = cadre("Nguyễn Văn Phó", LocalDate.of(1985, 1, 1));
        HandMadeRoster.hold(em, vice, MERGER, Position.PCT_UBND, Position.BCH);
        assertRefused(() -> propose(vice, PlannedTitle.PCT_HDND), "title",
                "Chỉ quy hoạch chức danh cao hơn chức danh đang giữ (QĐ 377-QĐ/TW): Nguyễn Văn Phó đang giữ Phó chủ tịch"
                        + " UBND, không quy hoạch được Phó chủ tịch HĐND");
        assertRefused(() -> propose(vice, PlannedTitle.BTV), "title", "Nguyễn Văn Phó đang giữ Phó chủ tịch UBND");
        assertThat(propose(vice, PlannedTitle.CT_UBND).state()).isEqualTo(EntryState.PROPOSED);

        Cadre member = cadre("Trần Văn Ủy", LocalDate.of(1986, 1, 1));
        HandMadeRoster.hold(em, member, MERGER, Position.BTV, Position.BCH);
        assertRefused(() -> propose(member, PlannedTitle.BCH), "title", "Trần Văn Ủy đang giữ Ủy viên BTV");
        // no title held: rank 0, every title is higher
        assertThat(propose(cadre("Lê Văn Mới", LocalDate.of(1990, 1, 1)), PlannedTitle.BCH).state())
                .isEqualTo(EntryState.PROPOSED);
    }

    @Test
    void atMostThreePersonsPerOneSeatTitleCountingProposals() {
        for (int i = 1; i <= 3; i++) {
            propose(cadre("Người thứ " + i, LocalDate.of(1985, 1, i)), PlannedTitle.BI_THU);
        }
        Cadre fourth = cadre("Người thứ tư", LocalDate.of(1985, 2, 1));
        assertRefused(() -> propose(fourth, PlannedTitle.BI_THU), "title",
                "Mỗi chức danh quy hoạch không quá 3 người (QĐ 377-QĐ/TW): Bí thư nhiệm kỳ 2030-2035 của xã, phường"
                        + " đã đủ, không thêm được Người thứ tư");
        // a proposal sent back no longer takes a place
        EntryView first = asBoard(() -> planning.openEntries(commune.getId(), TODAY)).get(0);
        asBoard(() -> planning.returnProposal(first.id(), first.version(), "Chưa đủ hồ sơ"));
        assertThat(propose(fourth, PlannedTitle.BI_THU).state()).isEqualTo(EntryState.PROPOSED);
    }

    @Test
    void threePerApprovedSeatForTitlesWithSeveralSeats() {
        em.persist(new ApprovedSeat(commune, Position.PCT_UBND, 2));
        em.flush();
        assertThat(planning.personsLimit(commune.getId(), PlannedTitle.PCT_UBND)).isEqualTo(6);
        assertThat(planning.personsLimit(commune.getId(), PlannedTitle.PCT_HDND)).isEqualTo(3);
        for (int i = 1; i <= 6; i++) {
            propose(cadre("Ứng viên " + i, LocalDate.of(1985, 3, i)), PlannedTitle.PCT_UBND);
        }
        assertRefused(() -> propose(cadre("Ứng viên 7", LocalDate.of(1985, 3, 7)), PlannedTitle.PCT_UBND), "title",
                "không quá 6 người");
    }

    @Test
    void atMostThreeTitlesPerPersonAndTerm() {
        Cadre busy = cadre("Phạm Văn Nhiều", LocalDate.of(1984, 5, 5));
        propose(busy, PlannedTitle.BI_THU);
        propose(busy, PlannedTitle.CT_UBND);
        propose(busy, PlannedTitle.CT_HDND);
        assertRefused(() -> propose(busy, PlannedTitle.PHO_BI_THU_TT), "title",
                "Một cán bộ quy hoạch không quá 3 chức danh trong một nhiệm kỳ (QĐ 377-QĐ/TW): Phạm Văn Nhiều đã có 3"
                        + " chức danh nhiệm kỳ 2030-2035");
        assertRefused(() -> propose(busy, PlannedTitle.BI_THU), "title", "đã có trong danh sách");
    }

    @Test
    void noEntryWhileADisciplinesWaitingPeriodRunsAndExactlyTheLastMonthIsAllowed() {
        Cadre reprimanded = cadre("Võ Văn Khiển", LocalDate.of(1985, 4, 4));
        DisciplineView record = asBoard(() -> disciplines.add(reprimanded.getId(), DisciplineKind.KHIEN_TRACH,
                TODAY.minusMonths(24).plusDays(1), "12-QĐ/UBKT"));
        assertRefused(() -> propose(reprimanded, PlannedTitle.BCH), "cadreId",
                "Chưa hết thời hạn sau kỷ luật (QĐ 377-QĐ/TW): Võ Văn Khiển bị kỷ luật khiển trách ngày 23/11/2024,"
                        + " chỉ được quy hoạch sau 24 tháng, từ ngày 23/11/2026");
        // exactly 24 months after the reprimand: allowed
        asBoard(() -> disciplines.correct(record.id(), record.version(), DisciplineKind.KHIEN_TRACH,
                TODAY.minusMonths(24), "12-QĐ/UBKT"));
        assertThat(propose(reprimanded, PlannedTitle.BCH).state()).isEqualTo(EntryState.PROPOSED);

        Cadre warned = cadre("Đỗ Văn Cảnh", LocalDate.of(1985, 4, 5));
        asBoard(() -> disciplines.add(warned.getId(), DisciplineKind.CANH_CAO, TODAY.minusMonths(36).plusDays(1), null));
        assertRefused(() -> propose(warned, PlannedTitle.BCH), "cadreId", "sau 36 tháng");
        Cadre warnedLongAgo = cadre("Đỗ Văn Xưa", LocalDate.of(1985, 4, 6));
        asBoard(() -> disciplines.add(warnedLongAgo.getId(), DisciplineKind.CANH_CAO, TODAY.minusMonths(36), null));
        assertThat(propose(warnedLongAgo, PlannedTitle.BCH).state()).isEqualTo(EntryState.PROPOSED);

        Cadre removed = cadre("Bùi Văn Cách", LocalDate.of(1985, 4, 7));
        asBoard(() -> disciplines.add(removed.getId(), DisciplineKind.CACH_CHUC, TODAY.minusMonths(59), null));
        assertRefused(() -> propose(removed, PlannedTitle.BCH), "cadreId", "sau 60 tháng");
    }

    @Test
    void theRetirementDateOnTheTermsLastDayIsAllowedTheDayBeforeIsNot() {
        LocalDate lastDay = LocalDate.of(2035, 6, 30);
        assertThat(planning.term("2030-2035").orElseThrow().getLastDay()).isEqualTo(lastDay);
        LocalDate bornOnTime = LocalDate.of(1973, 6, 30);
        LocalDate bornADayEarly = LocalDate.of(1973, 6, 29);
        assertThat(RetirementRule.retirementDate(Gender.NAM, bornOnTime)).contains(lastDay);
        assertThat(RetirementRule.retirementDate(Gender.NAM, bornADayEarly)).contains(lastDay.minusDays(1));

        assertThat(propose(cadre("Hồ Văn Đủ", bornOnTime), PlannedTitle.BCH).state()).isEqualTo(EntryState.PROPOSED);
        Cadre early = cadre("Hồ Văn Sớm", bornADayEarly);
        assertRefused(() -> propose(early, PlannedTitle.BCH), "cadreId",
                "Không đủ tuổi công tác trọn nhiệm kỳ: Hồ Văn Sớm nghỉ hưu ngày 29/06/2035, trước ngày kết thúc nhiệm kỳ"
                        + " 2030-2035 (30/06/2035)");
        Cadre unknown = cadre("Hồ Văn Thiếu", null);
        assertRefused(() -> propose(unknown, PlannedTitle.BCH), "cadreId",
                "Không kiểm tra được tuổi nghỉ hưu của Hồ Văn Thiếu");
    }

    @Test
    void theSourcePoolHasNoTitleAndOneEntryPerTerm() {
        Cadre young = cadre("Lý Thị Nguồn", LocalDate.of(1996, 1, 1));
        assertRefused(() -> asBoard(() -> planning.propose(young.getId(), term, PlanningKind.SOURCE,
                PlannedTitle.BCH, null)), "title", "Diện tạo nguồn không có chức danh");
        asBoard(() -> planning.propose(young.getId(), term, PlanningKind.SOURCE, null, null));
        assertRefused(() -> asBoard(() -> planning.propose(young.getId(), term, PlanningKind.SOURCE, null, null)),
                "kind", "Lý Thị Nguồn đã có trong diện tạo nguồn nhiệm kỳ 2030-2035");
        // the unknown titles are for the entries carried over from the old flags only
        assertRefused(() -> propose(young, PlannedTitle.KEY_UNKNOWN), "title", "Chọn chức danh cụ thể");
    }

    @Test
    void theRulesAreCheckedAgainOnApprovalOnTheDayItTakesEffect() {
        Cadre later = cadre("Cao Văn Sau", LocalDate.of(1987, 7, 7));
        EntryView proposed = propose(later, PlannedTitle.BCH);
        // a reprimand entered after the proposal, before the approval
        asBoard(() -> disciplines.add(later.getId(), DisciplineKind.KHIEN_TRACH, TODAY.minusDays(10), "7-QĐ/UBKT"));
        assertRefused(() -> asBoard(() -> planning.approve(proposed.id(), proposed.version(),
                new Decision("15-QĐ/TU", TODAY, "Ban Thường vụ Tỉnh ủy", null))), "cadreId", "Cao Văn Sau");
        assertThat(asBoard(() -> planning.entry(proposed.id())).state()).isEqualTo(EntryState.PROPOSED);
    }

    @Test
    void anUnknownTitleIsCompletedWithinItsGroup() {
        Cadre carried = cadre("Mai Văn Cũ", LocalDate.of(1982, 2, 2));
        long id = HandMadeRoster.planned(em, carried, "PLAN", "KEY_UNKNOWN", MERGER);
        em.clear();
        EntryView entry = asBoard(() -> planning.entry(id));
        assertThat(entry.title()).isEqualTo(PlannedTitle.KEY_UNKNOWN);
        assertRefused(() -> asBoard(() -> planning.completeTitle(id, entry.version(), PlannedTitle.BCH)), "title",
                "cùng nhóm");
        EntryView completed = asBoard(() -> planning.completeTitle(id, entry.version(), PlannedTitle.CT_UBND));
        assertThat(completed.title()).isEqualTo(PlannedTitle.CT_UBND);
        assertThat(completed.inEffectOn(TODAY)).isTrue();
    }

    @Test
    void theReviewRechecksAnEntryAlreadyMadeWithoutCountingItself() {
        Cadre kept = cadre("Tạ Văn Giữ", LocalDate.of(1984, 4, 4));
        long fine = HandMadeRoster.planned(em, kept, "PLAN", "BCH", MERGER);
        Cadre carried = cadre("Tạ Văn Già", LocalDate.of(1970, 1, 1)); // retires 01/01/2032
        long old = HandMadeRoster.planned(em, carried, "PLAN", "KEY_UNKNOWN", MERGER);
        em.clear();
        assertThat(asBoard(() -> planning.recheck(fine, TODAY))).isEmpty();
        asBoard(() -> disciplines.add(kept.getId(), DisciplineKind.CANH_CAO, TODAY.minusMonths(2), "9-QĐ/UBKT"));
        assertThat(asBoard(() -> planning.recheck(fine, TODAY))).extracting(InvalidInputException.Problem::message)
                .containsExactly("Chưa hết thời hạn sau kỷ luật (QĐ 377-QĐ/TW): Tạ Văn Giữ bị kỷ luật cảnh cáo ngày"
                        + " 22/09/2026, chỉ được quy hoạch sau 36 tháng, từ ngày 22/09/2029");
        // an entry whose title is unknown is checked on the person only
        assertThat(asBoard(() -> planning.recheck(old, TODAY))).extracting(InvalidInputException.Problem::message)
                .containsExactly("Không đủ tuổi công tác trọn nhiệm kỳ: Tạ Văn Già nghỉ hưu ngày 01/01/2032, trước ngày"
                        + " kết thúc nhiệm kỳ 2030-2035 (30/06/2035)");
    }

    private EntryView propose(Cadre cadre, PlannedTitle title) {
        return asBoard(() -> planning.propose(cadre.getId(), term, PlanningKind.PLAN, title, null));
    }

    private Cadre cadre(String name, LocalDate birth) {
        Cadre c = HandMadeRoster.cadre(em, commune, name, MERGER, Gender.NAM, birth,
                "Kinh", Education.DAI_HOC, PoliticalTheory.TRUNG_CAP, false);
        em.flush();
        return c;
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }

    static void assertRefused(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            List<InvalidInputException.Problem> problems = e.problems();
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.message()).contains(message);
            });
        });
    }
}
