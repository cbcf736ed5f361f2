package vn.tayninh.dashboard.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.RosterVersions;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.planning.PlanningReview.GapKind;
import vn.tayninh.dashboard.planning.PlanningReview.ProposedExit;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The yearly review on hand-made planning of two communes, on 22/11/2026 (the tests' day): each entry the rules now
 * exclude with its one reason and date, the edges (retirement on the term's last day; a discipline before the entry
 * took effect), the key titles with no or one candidate, the ratio gaps as the engine's cards give them, and the one
 * decision that ends the chosen exits — all or none, for the board only. The records are committed (the one decision
 * runs in its own transaction, as from the page) and removed after each test.
 */
@SpringBootTest
@ActiveProfiles("test")
class PlanningReviewTest {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final LocalDate PLANNED = LocalDate.of(2026, 1, 15);

    @Autowired
    PlanningReview review;
    @Autowired
    Planning planning;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RosterVersions versions;

    Commune hungDien;
    Commune tanNinh;
    PlanningTerm next;
    PlanningTerm current;
    long left;
    long appointed;
    Cadre retiree;
    long fine;
    @Autowired
    DisciplineRecords disciplines;

    @BeforeEach
    void planning() {
        transactions.executeWithoutResult(status -> write());
    }

    @AfterEach
    void cleanUp() {
        for (String table : List.of("audit_entry", "discipline_record", "annual_rating", "planning_entry",
                "position_holding", "cadre")) {
            jdbc.update("DELETE FROM " + table);
        }
        // written and removed past the services: the communes' kept figures are counted again, as after a write
        transactions.executeWithoutResult(status -> versions.refreshCommunes(List.of(hungDien.getId(),
                tanNinh.getId())));
    }

    private void write() {
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        next = planning.term("2030-2035").orElseThrow();
        current = planning.term("2025-2030").orElseThrow();

        Cadre p1 = cadre(hungDien, "Người đã chuyển đi", Gender.NAM, LocalDate.of(1985, 1, 1));
        left = approved(p1, next, PlannedTitle.PCT_UBND);
        p1.leave(LocalDate.of(2026, 10, 1), EndReason.TRANSFER);

        Cadre p2 = cadre(hungDien, "Người đã được bổ nhiệm", Gender.NAM, LocalDate.of(1985, 2, 1));
        appointed = approved(p2, next, PlannedTitle.PCT_UBND);
        HandMadeRoster.hold(em, p2, LocalDate.of(2026, 9, 1), Position.PCT_UBND);

        Cadre p3 = cadre(hungDien, "Người bị kỷ luật", Gender.NAM, LocalDate.of(1988, 3, 1));
        approved(p3, next, PlannedTitle.CT_UBND);
        em.persist(new DisciplineRecord(p3, DisciplineKind.KHIEN_TRACH, LocalDate.of(2026, 8, 15), "05-QĐ/ĐU"));

        Cadre p3b = cadre(hungDien, "Người bị kỷ luật trước khi quy hoạch", Gender.NU, LocalDate.of(1989, 3, 1));
        approved(p3b, next, PlannedTitle.CT_HDND);
        em.persist(new DisciplineRecord(p3b, DisciplineKind.KHIEN_TRACH, LocalDate.of(2023, 1, 10), "01-QĐ/ĐU"));

        Cadre p4 = cadre(hungDien, "Người không hoàn thành nhiệm vụ", Gender.NAM, LocalDate.of(1986, 4, 1));
        approved(p4, next, PlannedTitle.PHO_BI_THU_TT);
        em.persist(new AnnualRating(p4, 2025, Rating.HTT));
        em.persist(new AnnualRating(p4, 2026, Rating.KHT));

        retiree = cadre(hungDien, "Người nghỉ hưu trước khi hết nhiệm kỳ", Gender.NAM, LocalDate.of(1973, 6, 29));
        approved(retiree, next, PlannedTitle.BTV);
        approved(retiree, next, null);
        approved(retiree, current, PlannedTitle.BCH); // its term ends in 2030: no problem there
        Cadre onTheDay = cadre(hungDien, "Người nghỉ hưu đúng ngày cuối nhiệm kỳ", Gender.NAM, LocalDate.of(1973, 6, 30));
        approved(onTheDay, next, PlannedTitle.BCH);

        Cadre eligible = cadre(hungDien, "Người đủ điều kiện", Gender.NU, LocalDate.of(1990, 5, 1));
        approved(eligible, next, PlannedTitle.BI_THU);
        fine = eligible.getId();
        Cadre proposedOnly = cadre(hungDien, "Người mới được đề nghị", Gender.NAM, LocalDate.of(1966, 1, 1));
        HandMadeRoster.entry(em, proposedOnly, next.getCode(), "PLAN", "BCH", "PROPOSED", null, null); // never reviewed

        Cadre other = cadre(tanNinh, "Người ở phường khác", Gender.NAM, LocalDate.of(1985, 1, 1));
        approved(other, next, PlannedTitle.BI_THU);
        em.flush();
        versions.refreshCommunes(List.of(hungDien.getId(), tanNinh.getId()));
    }

    @Test
    void aCommunesReviewGivesEachExclusionItsReasonAndItsGaps() {
        PlanningReview.Review result = TestUsers.callAs(Role.BOARD, null,
                () -> review.review(Scope.commune(hungDien.getCode()), next));
        assertThat(result.date()).isEqualTo(FixedClockConfig.TODAY);
        assertThat(result.exits()).extracting(ProposedExit::cadreName, ProposedExit::title, ProposedExit::reason,
                        ProposedExit::since, ProposedExit::detail)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Người đã chuyển đi", PlannedTitle.PCT_UBND,
                                ExitReason.LEFT, LocalDate.of(2026, 10, 1), null),
                        org.assertj.core.groups.Tuple.tuple("Người đã được bổ nhiệm", PlannedTitle.PCT_UBND,
                                ExitReason.APPOINTED, LocalDate.of(2026, 9, 1), null),
                        org.assertj.core.groups.Tuple.tuple("Người bị kỷ luật", PlannedTitle.CT_UBND,
                                ExitReason.DISCIPLINE, LocalDate.of(2026, 8, 15), "KHIEN_TRACH"),
                        org.assertj.core.groups.Tuple.tuple("Người không hoàn thành nhiệm vụ",
                                PlannedTitle.PHO_BI_THU_TT, ExitReason.NOT_COMPLETED, null, "2026"),
                        org.assertj.core.groups.Tuple.tuple("Người nghỉ hưu trước khi hết nhiệm kỳ", PlannedTitle.BTV,
                                ExitReason.RETIREMENT, LocalDate.of(2035, 6, 29), null),
                        org.assertj.core.groups.Tuple.tuple("Người nghỉ hưu trước khi hết nhiệm kỳ", null,
                                ExitReason.RETIREMENT, LocalDate.of(2035, 6, 29), null));
        assertThat(result.exits()).allSatisfy(x -> {
            assertThat(x.termCode()).isEqualTo("2030-2035");
            assertThat(x.communeName()).isEqualTo("Xã Hưng Điền");
        });
        assertThat(result.exits().stream().filter(x -> x.title() == null).findFirst().orElseThrow().kind())
                .isEqualTo(PlanningKind.SOURCE);

        // key titles of active persons: BI_THU 1, PHO_BI_THU_TT 1, CT_HDND 1, CT_UBND 1, PCT_HDND 0, PCT_UBND 1
        // (the one who left is no candidate)
        assertThat(result.gaps().stream().filter(g -> g.title() != null)
                .map(g -> g.kind() + " " + g.title()).toList()).containsExactly(
                "ONE_CANDIDATE BI_THU", "ONE_CANDIDATE PHO_BI_THU_TT", "ONE_CANDIDATE CT_HDND",
                "ONE_CANDIDATE CT_UBND", "NO_CANDIDATE PCT_HDND", "ONE_CANDIDATE PCT_UBND");
        assertThat(result.candidates().get(Position.PCT_HDND)).containsExactly(1, 0, 0, 0);
        assertThat(result.candidates().get(Position.BI_THU)).containsExactly(0, 1, 0, 0);
        assertThat(result.communes()).isEqualTo(1);

        // the ratio gaps are the cards' gaps: the same engine, the same definitions
        Map<String, TargetResult> cards = new java.util.HashMap<>();
        engine.overview(Scope.commune(hungDien.getCode()), FixedClockConfig.TODAY, null).targets()
                .forEach(t -> cards.put(t.code(), t));
        for (String code : PlanningReview.POOL_TARGETS) {
            TargetResult card = cards.get(code);
            List<PlanningReview.Gap> gap = result.gaps().stream()
                    .filter(g -> g.kind() == GapKind.BELOW_TARGET && code.equals(g.targetCode())).toList();
            if (card.status() != vn.tayninh.dashboard.indicator.Status.MET && card.gapPersons() != null
                    && card.gapPersons() > 0) {
                assertThat(gap).as(code).singleElement().extracting(PlanningReview.Gap::persons)
                        .isEqualTo(card.gapPersons());
            } else {
                assertThat(gap).as(code).isEmpty();
            }
        }
        assertThat(result.gaps().stream().anyMatch(g -> g.kind() == GapKind.NO_WOMAN))
                .isEqualTo(cards.get("T7e").numerator() == 0);
    }

    @Test
    void aDisciplineRecordedAfterAReviewWasReadIsInTheNextReview() {
        Scope scope = Scope.commune(hungDien.getCode());
        PlanningReview.Review before = TestUsers.callAs(Role.BOARD, null, () -> review.review(scope, next));
        assertThat(before.exits()).extracting(ProposedExit::cadreName).doesNotContain("Người đủ điều kiện");
        assertThat(before.candidates().get(Position.BI_THU)).containsExactly(0, 1, 0, 0);

        TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(), () -> disciplines.add(fine, DisciplineKind.CANH_CAO,
                LocalDate.of(2026, 11, 20), "07-QĐ/ĐU"));

        PlanningReview.Review after = TestUsers.callAs(Role.BOARD, null, () -> review.review(scope, next));
        assertThat(after.exits()).filteredOn(x -> x.cadreName().equals("Người đủ điều kiện"))
                .extracting(ProposedExit::reason, ProposedExit::since, ProposedExit::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExitReason.DISCIPLINE, LocalDate.of(2026, 11, 20),
                        "CANH_CAO"));
        assertThat(after.exits()).hasSize(before.exits().size() + 1);
    }

    @Test
    void theProvincesReviewCoversEveryCommune() {
        PlanningReview.Review result = TestUsers.callAs(Role.LEADER, null, () -> review.review(Scope.province(), next));
        assertThat(result.communes()).isEqualTo(96);
        assertThat(result.exits()).hasSize(6);
        assertThat(result.candidates().get(Position.BI_THU)).containsExactly(94, 2, 0, 0);
        assertThat(result.candidates().get(Position.PCT_HDND)).containsExactly(96, 0, 0, 0);
        assertThat(result.gaps().stream().filter(g -> g.kind() == GapKind.NO_CANDIDATE).count())
                .isEqualTo(94 * 6 + 1 + 5);
    }

    @Test
    void theBoardEndsTheChosenExitsWithOneDecision() {
        List<ProposedExit> exits = TestUsers.callAs(Role.BOARD, null,
                () -> review.review(Scope.commune(hungDien.getCode()), next)).exits();
        List<ProposedExit> chosen = exits.stream()
                .filter(x -> x.reason() == ExitReason.LEFT || x.reason() == ExitReason.APPOINTED).toList();
        Decision decision = new Decision("12-QĐ/TU", LocalDate.of(2026, 11, 20), "Ban Thường vụ Tỉnh ủy", null);
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> review.approveExits(chosen, decision))).isEqualTo(2);
        PlanningEntry ended = em.find(PlanningEntry.class, left);
        assertThat(ended.getEndDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(ended.getEndReason()).isEqualTo(ExitReason.LEFT);
        assertThat(ended.getEndDecisionNumber()).isEqualTo("12-QĐ/TU");
        assertThat(em.find(PlanningEntry.class, appointed).getEndReason()).isEqualTo(ExitReason.APPOINTED);
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> review.review(Scope.commune(hungDien.getCode()), next))
                .exits()).hasSize(4);
    }

    @Test
    void oneRefusalEndsNoneOfTheChosen() {
        List<ProposedExit> exits = TestUsers.callAs(Role.BOARD, null,
                () -> review.review(Scope.commune(hungDien.getCode()), next)).exits();
        ProposedExit good = exits.stream().filter(x -> x.reason() == ExitReason.DISCIPLINE).findFirst().orElseThrow();
        ProposedExit stale = exits.stream().filter(x -> x.reason() == ExitReason.NOT_COMPLETED).findFirst()
                .orElseThrow();
        ProposedExit staleCopy = new ProposedExit(stale.entryId(), stale.version() + 1, stale.communeId(),
                stale.communeName(), stale.cadreId(), stale.cadreName(), stale.kind(), stale.title(), stale.termCode(),
                stale.effectiveDate(), stale.reason(), stale.since(), stale.detail(), false);
        Decision decision = new Decision("13-QĐ/TU", LocalDate.of(2026, 11, 20), null, null);
        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null,
                () -> review.approveExits(List.of(good, staleCopy), decision)))
                .isInstanceOf(EditConflictException.class);
        assertThat(em.find(PlanningEntry.class, good.entryId()).getEndDate()).isNull();
    }

    @Test
    void aCommuneEditorReviewsOnlyTheirCommuneAndNeverApproves() {
        PlanningReview.Review own = TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> review.review(Scope.commune(hungDien.getCode()), next));
        assertThat(own.exits()).hasSize(6);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> review.review(Scope.commune(tanNinh.getCode()), next)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> review.review(Scope.province(), next)))
                .isInstanceOf(AccessRefusedException.class);
        Decision decision = new Decision("14-QĐ/TU", LocalDate.of(2026, 11, 20), null, null);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> review.approveExits(own.exits(), decision)))
                .isInstanceOf(RuntimeException.class);
        assertThat(em.find(PlanningEntry.class, left).getEndDate()).isNull();
        assertThatThrownBy(() -> TestUsers.callAs(Role.LEADER, null, () -> review.approveExits(own.exits(), decision)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void anApprovalCountsAtOnceInTheStoredLiveFigures() {
        Scope scope = Scope.commune(hungDien.getCode());
        TargetResult before = engine.overview(scope, FixedClockConfig.TODAY, null).target("T7b");
        long woman = transactions.execute(status -> cadre(hungDien, "Người nữ mới quy hoạch", Gender.NU,
                LocalDate.of(1990, 1, 1)).getId());
        TestUsers.callAs(Role.BOARD, null, () -> {
            EntryView proposed = planning.propose(woman, next.getId(), PlanningKind.PLAN, PlannedTitle.BCH, null);
            return planning.approve(proposed.id(), proposed.version(),
                    new Decision("30-QĐ/TU", FixedClockConfig.TODAY, null, null));
        });
        TargetResult after = engine.overview(scope, FixedClockConfig.TODAY, null).target("T7b");
        assertThat(after.numerator()).isEqualTo(before.numerator() + 1);
        assertThat(after.denominator()).isEqualTo(before.denominator() + 1);
    }

    private Cadre cadre(Commune commune, String name, Gender gender, LocalDate birth) {
        return HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, "Kinh", Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP, false);
    }

    /** An entry approved on 15/01/2026 (title null: the source pool), past the rules. */
    private long approved(Cadre cadre, PlanningTerm term, PlannedTitle title) {
        return HandMadeRoster.entry(em, cadre, term.getCode(), title == null ? "SOURCE" : "PLAN",
                title == null ? null : title.name(), "APPROVED", PLANNED, null);
    }
}
