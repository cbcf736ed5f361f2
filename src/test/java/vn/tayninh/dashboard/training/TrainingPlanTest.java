package vn.tayninh.dashboard.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.position.Position;

/**
 * The training plan on a hand-made roster of thirteen cadres in Xã Hưng Điền, as of 22/11/2026, every figure counted
 * by hand (docs/training.md).
 *
 * <p>Who to send on an intermediate political-theory course (part-time, 01/03/2027–31/12/2027): An, a chairman below
 * the standard (T3), first; Bình, in the key-title pool (T4), next; then the others, Cường (young, Khmer) before Dũng
 * (young). Not admissible, each for one condition: Giàu retires on 15/12/2027 before the course ends, Diệu is 26 at
 * its start (part-time: women from 28), Em has only an intermediate degree (needs college), Phúc was rated
 * "hoàn thành nhiệm vụ" in 2025. Hoa already has the level and is not listed.
 *
 * <p>Where T1 lands with a plan of four university courses: Xuân's ends 30/12/2030, Yến's on 31/12/2030, Thảo's on
 * 01/01/2031, Vĩnh's on 31/12/2029 but he retires on 01/06/2029 first. Without the plan T1 is 6 of 11 at 2030 (Giàu
 * and Vĩnh retire); with it 8 of 11: Xuân and Yến, exactly the participants whose course ends by the date.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithUserDetails("bantochuc")
class TrainingPlanTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate AS_OF = FixedClockConfig.TODAY;
    private static final String HUNG_DIEN = "xa-hung-dien";

    @Autowired
    TrainingPlans plans;
    @Autowired
    PlanOutcomes outcomes;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;
    @Autowired
    vn.tayninh.dashboard.export.TrainingExports exports;
    @Autowired
    vn.tayninh.dashboard.cadre.CadreEditor cadres;

    Commune commune;
    Cadre an;
    Cadre binh;
    Cadre cuong;
    Cadre dung;
    Cadre dieu;
    Cadre em_;
    Cadre phuc;
    Cadre giau;
    Cadre xuan;
    Cadre yen;
    Cadre thao;
    Cadre vinh;
    TrainingPlan draft;
    TrainingCourse theory;
    TrainingCourse endsDayBefore;
    TrainingCourse endsOnTheDay;
    TrainingCourse endsDayAfter;
    TrainingCourse endsAfterRetiring;

    @BeforeEach
    void roster() {
        commune = communes.findByCode(HUNG_DIEN).orElseThrow();
        an = cadre("Nguyễn Văn An", Gender.NAM, LocalDate.of(1980, 5, 1), "Kinh", Education.CAO_DANG,
                PoliticalTheory.SO_CAP, Rating.HTT, Rating.HTT);
        HandMadeRoster.hold(em, an, MERGER, Position.CT_UBND);
        binh = cadre("Trần Thị Bình", Gender.NU, LocalDate.of(1990, 3, 10), "Kinh", Education.DAI_HOC,
                PoliticalTheory.CHUA_CO, Rating.HTXS, Rating.HTT);
        HandMadeRoster.planned(em, binh, "PLAN", "PCT_UBND", MERGER);
        cuong = cadre("Lê Văn Cường", Gender.NAM, LocalDate.of(1995, 1, 1), "Khmer", Education.DAI_HOC,
                PoliticalTheory.SO_CAP, Rating.HTT, Rating.HTT);
        dung = cadre("Phạm Văn Dũng", Gender.NAM, LocalDate.of(1992, 2, 2), "Kinh", Education.DAI_HOC,
                PoliticalTheory.SO_CAP, Rating.HTT, Rating.HTT);
        dieu = cadre("Võ Thị Diệu", Gender.NU, LocalDate.of(2000, 6, 1), "Kinh", Education.DAI_HOC,
                PoliticalTheory.CHUA_CO, Rating.HTT, Rating.HTT);
        em_ = cadre("Hồ Văn Em", Gender.NAM, LocalDate.of(1985, 1, 1), "Kinh", Education.TRUNG_CAP,
                PoliticalTheory.SO_CAP, Rating.HTT, Rating.HTT);
        phuc = cadre("Đỗ Văn Phúc", Gender.NAM, LocalDate.of(1984, 1, 1), "Kinh", Education.DAI_HOC,
                PoliticalTheory.SO_CAP, Rating.HT, Rating.HTT);
        giau = cadre("Ngô Văn Giàu", Gender.NAM, LocalDate.of(1966, 3, 15), "Kinh", Education.DAI_HOC,
                PoliticalTheory.SO_CAP, Rating.HTT, Rating.HTT); // retires 15/12/2027
        HandMadeRoster.hold(em, giau, MERGER, Position.BI_THU);
        cadre("Lý Thị Hoa", Gender.NU, LocalDate.of(1982, 4, 4), "Kinh", Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP, Rating.HTT, Rating.HTT);
        xuan = cadre("Mai Thị Xuân", Gender.NU, LocalDate.of(1991, 1, 1), "Kinh", Education.CAO_DANG,
                PoliticalTheory.CHUA_CO, null, null);
        yen = cadre("Tạ Thị Yến", Gender.NU, LocalDate.of(1993, 1, 1), "Kinh", Education.CAO_DANG,
                PoliticalTheory.CHUA_CO, null, null);
        thao = cadre("Cao Thị Thảo", Gender.NU, LocalDate.of(1994, 1, 1), "Kinh", Education.CAO_DANG,
                PoliticalTheory.CHUA_CO, null, null);
        vinh = cadre("Đinh Văn Vĩnh", Gender.NAM, LocalDate.of(1967, 6, 1), "Kinh", Education.CAO_DANG,
                PoliticalTheory.CHUA_CO, null, null); // retires 01/06/2029
        draft = new TrainingPlan("Dự thảo 1", null, Instant.now(), "bantochuc");
        em.persist(draft);
        theory = course(CourseKind.LLCT_TRUNG_CAP, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31), 3);
        endsDayBefore = course(CourseKind.DAI_HOC, LocalDate.of(2027, 9, 1), LocalDate.of(2030, 12, 30), 5);
        endsOnTheDay = course(CourseKind.DAI_HOC, LocalDate.of(2027, 9, 1), LocalDate.of(2030, 12, 31), 5);
        endsDayAfter = course(CourseKind.DAI_HOC, LocalDate.of(2027, 9, 1), LocalDate.of(2031, 1, 1), 5);
        endsAfterRetiring = course(CourseKind.DAI_HOC, LocalDate.of(2027, 1, 15), LocalDate.of(2029, 12, 31), 5);
        em.flush();
    }

    @Test
    void proposalsAreRankedByTheGapTheyCloseAndSayWhyOrWhyNot() {
        List<TrainingPlans.Candidate> candidates = plans.candidates(theory.getId(), commune.getId());
        assertThat(candidates).extracting(TrainingPlans.Candidate::fullName, TrainingPlans.Candidate::tier,
                        TrainingPlans.Candidate::priorities, TrainingPlans.Candidate::admissible)
                .containsExactly(
                        tuple("Nguyễn Văn An", 1, 0, true),
                        tuple("Trần Thị Bình", 2, 2, true),
                        tuple("Lê Văn Cường", 4, 2, true),
                        tuple("Phạm Văn Dũng", 4, 1, true),
                        tuple("Ngô Văn Giàu", 1, 0, false),
                        tuple("Võ Thị Diệu", 4, 2, false),
                        tuple("Cao Thị Thảo", 4, 2, false),
                        tuple("Tạ Thị Yến", 4, 2, false),
                        tuple("Mai Thị Xuân", 4, 2, false),
                        tuple("Hồ Văn Em", 4, 1, false),
                        tuple("Đỗ Văn Phúc", 4, 0, false),
                        tuple("Đinh Văn Vĩnh", 4, 0, false));
        Map<String, TrainingPlans.Candidate> byName = candidates.stream()
                .collect(Collectors.toMap(TrainingPlans.Candidate::fullName, Function.identity()));
        assertThat(byName.get("Nguyễn Văn An").reasonText()).isEqualTo(
                "Lãnh đạo chủ chốt (Chủ tịch UBND) chưa đạt chuẩn lý luận chính trị (T3);"
                        + " Chưa có trung cấp lý luận chính trị");
        assertThat(byName.get("Trần Thị Bình").reasonText()).isEqualTo(
                "Trong quy hoạch chức danh chủ chốt, chưa đạt chuẩn lý luận chính trị (T4);"
                        + " Chưa có trung cấp lý luận chính trị; Cán bộ trẻ (36 tuổi); Nữ");
        assertThat(byName.get("Lê Văn Cường").reasonText()).isEqualTo(
                "Chưa có trung cấp lý luận chính trị; Cán bộ trẻ (31 tuổi); Dân tộc Khmer");
        // each admission condition failing on its own
        assertThat(byName.get("Ngô Văn Giàu").failures())
                .containsExactly(Message.of("training.condition.retires", "15/12/2027", 5));
        assertThat(byName.get("Võ Thị Diệu").failures()).containsExactly(Message.of("training.condition.age", 28, 26));
        assertThat(byName.get("Hồ Văn Em").failures()).containsExactly(
                Message.of("training.condition.education", Message.of("education.CAO_DANG")));
        assertThat(byName.get("Đỗ Văn Phúc").failures()).containsExactly(Message.of("training.condition.rating", "2025"));
        // Xuân, Yến and Thảo were never rated: 2025 counts against them, 2026 (not over on 22/11/2026) not yet
        assertThat(byName.get("Mai Thị Xuân").failures())
                .containsExactly(Message.of("training.condition.rating", "2025"));
        // Vĩnh retires on 01/06/2029: not enough years left
        assertThat(byName.get("Đinh Văn Vĩnh").failures()).containsExactly(
                Message.of("training.condition.rating", "2025"),
                Message.of("training.condition.retires", "01/06/2029", 5));
    }

    @Test
    void theBoardTakesWithinThePlacesAndTheRulesHoldForEveryone() {
        plans.take(theory.getId(), an.getId(), "Đề xuất của hệ thống");
        plans.take(theory.getId(), binh.getId(), null);
        // a person failing a condition is refused with it, however they are named
        assertThatThrownBy(() -> plans.take(theory.getId(), phuc.getId(), "Ban chọn"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(p -> p.reason().key())
                        .containsExactly("training.condition.rating"));
        assertThatThrownBy(() -> plans.take(theory.getId(), an.getId(), null))
                .satisfies(e -> assertThat(keys(e)).contains("training.participant.already"));
        plans.take(theory.getId(), cuong.getId(), null);
        // the fourth does not fit in three places, and nothing of it is kept
        assertThatThrownBy(() -> plans.take(theory.getId(), dung.getId(), null))
                .satisfies(e -> assertThat(keys(e)).contains("training.course.full"));
        em.clear();
        assertThat(plans.participants(theory.getId(), true)).extracting(TrainingPlans.ParticipantView::fullName,
                        TrainingPlans.ParticipantView::state)
                .containsExactly(tuple("Lê Văn Cường", ParticipantState.ACCEPTED),
                        tuple("Nguyễn Văn An", ParticipantState.ACCEPTED),
                        tuple("Trần Thị Bình", ParticipantState.ACCEPTED));
        // those taken are no longer proposed, nor for another course of the same kind
        assertThat(plans.candidates(theory.getId(), commune.getId())).extracting(TrainingPlans.Candidate::fullName)
                .doesNotContain("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
    }

    @Test
    void withThePlanEachTargetIsTheNaturalOnePlusExactlyTheParticipantsCounted() {
        plans.take(theory.getId(), an.getId(), null);
        plans.take(endsDayBefore.getId(), xuan.getId(), null);
        plans.take(endsOnTheDay.getId(), yen.getId(), null);
        plans.take(endsDayAfter.getId(), thao.getId(), null);
        // Vĩnh retires before any course of the plan could serve him: refused, then written past the rules
        assertThatThrownBy(() -> plans.take(endsAfterRetiring.getId(), vinh.getId(), null))
                .satisfies(e -> assertThat(keys(e)).contains("training.condition.retires"));
        pastTheRules(endsAfterRetiring, vinh);

        PlanOutcomes.PlanOutcome outcome = outcomes.outcome(draft.getId(), Scope.commune(HUNG_DIEN), AS_OF);
        Map<String, PlanOutcomes.TargetOutcome> t = outcome.targets().stream()
                .collect(Collectors.toMap(PlanOutcomes.TargetOutcome::code, Function.identity()));
        PlanOutcomes.TargetOutcome t1 = t.get("T1");
        assertThat(t1.natural()).extracting(Forecast.Figures::numerator, Forecast.Figures::denominator,
                Forecast.Figures::status, Forecast.Figures::gapPersons).containsExactly(6L, 11L, Status.BEHIND, 5L);
        assertThat(t1.withPlan()).extracting(Forecast.Figures::numerator, Forecast.Figures::denominator,
                Forecast.Figures::status, Forecast.Figures::gapPersons).containsExactly(8L, 11L, Status.BEHIND, 3L);
        assertThat(t1.byPlan()).isEqualTo(2);
        assertThat(t1.missingAfterPlan()).isEqualTo(3);
        // a university course of 36 months started on 1 January ends in time in 2027 and 2028
        assertThat(t1.intakeYears()).isEqualTo(2);
        assertThat(t1.placesPerYear()).isEqualTo(3);
        assertThat(t1.extraPlacesPerYear()).isEqualTo(2);
        assertThat(t1.planYearly()).extracting(Forecast.Point::date, Forecast.Point::numerator,
                Forecast.Point::denominator).containsExactly(
                tuple(LocalDate.of(2026, 12, 31), 7L, 13L),
                tuple(LocalDate.of(2027, 12, 31), 6L, 12L),
                tuple(LocalDate.of(2028, 12, 31), 6L, 12L),
                tuple(LocalDate.of(2029, 12, 31), 6L, 11L),
                tuple(LocalDate.of(2030, 12, 31), 8L, 11L));
        assertThat(t1.naturalYearly()).extracting(Forecast.Point::numerator)
                .containsExactly(7L, 6L, 6L, 6L, 6L);
        // leaders: An's course gives him the standard; Giàu retires
        PlanOutcomes.TargetOutcome t3 = t.get("T3");
        assertThat(t3.natural()).extracting(Forecast.Figures::numerator, Forecast.Figures::denominator)
                .containsExactly(0L, 1L);
        assertThat(t3.withPlan()).extracting(Forecast.Figures::numerator, Forecast.Figures::denominator,
                Forecast.Figures::status).containsExactly(1L, 1L, Status.MET);
        assertThat(t3.placesPerYear()).isEqualTo(1);
        assertThat(t3.extraPlacesPerYear()).isEqualTo(0);
        // training moves no other target
        outcome.targets().stream().filter(o -> !List.of("T1", "T3").contains(o.code()))
                .forEach(o -> assertThat(o.byPlan()).as(o.code()).isZero());
        assertThat(t.get("T5").kinds()).isEmpty();
        assertThat(t.get("T5").placesPerYear()).isNull();

        // the plan page says who the course can no longer serve
        assertThat(plans.participants(endsAfterRetiring.getId(), false)).singleElement()
                .satisfies(p -> {
                    assertThat(p.retiresBeforeEnd()).isTrue();
                    assertThat(p.retirementDate()).isEqualTo(LocalDate.of(2029, 6, 1));
                });
    }

    @Test
    void theTwoFilesHoldThePersonsSentAndTheOutcome() throws Exception {
        plans.take(theory.getId(), an.getId(), "Lãnh đạo chưa đạt chuẩn");
        plans.take(endsDayBefore.getId(), xuan.getId(), null);
        plans.take(endsOnTheDay.getId(), yen.getId(), null);
        em.flush();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                exports.participantsXlsx(draft.getId(), null)))) {
            // a sheet per course, in the order of their start
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("1. DAI_HOC 2029-12-31");
            assertThat(book.getSheetAt(0).getRow(4).getCell(1).getStringCellValue()).isEqualTo("Chưa có người nào.");
            var sheet = book.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("2. LLCT_TRUNG_CAP 2027-12-31");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH CỬ ĐI ĐÀO TẠO");
            assertThat(java.util.stream.IntStream.range(0, 8).mapToObj(c -> format.formatCellValue(sheet.getRow(4)
                    .getCell(c))).toList()).containsExactly("1", "Nguyễn Văn An", "Xã Hưng Điền", "Chủ tịch UBND",
                    "Cao đẳng", "Sơ cấp", "Đã chọn cử đi học", "Lãnh đạo chưa đạt chuẩn");
        }
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                exports.outcomeXlsx(draft.getId(), Scope.commune(HUNG_DIEN), AS_OF)))) {
            var sheet = book.getSheetAt(0);
            // T1: today 7/13 (Giàu and Vĩnh still there), 2030 without the plan 6/11, with it 8/11; 2 added, 3 missing;
            // 3 places a year without the plan over 2027–2028, 2 beyond it
            var t1 = sheet.getRow(5);
            assertThat(t1.getCell(0).getStringCellValue()).isEqualTo("T1 · Trình độ đại học trở lên");
            assertThat(java.util.stream.IntStream.of(1, 2, 4, 5, 7, 8, 11, 12, 13, 14)
                    .mapToObj(c -> (long) t1.getCell(c).getNumericCellValue()).toList())
                    .containsExactly(7L, 13L, 6L, 11L, 8L, 11L, 2L, 3L, 3L, 2L);
            assertThat(t1.getCell(10).getStringCellValue()).isEqualTo("Chậm tiến độ");
            // the six targets training moves, nothing else
            assertThat(java.util.stream.IntStream.range(5, 11).mapToObj(r -> sheet.getRow(r).getCell(0)
                    .getStringCellValue().split(" ")[0]).toList()).containsExactly("T1", "T2", "T3", "T4", "T9a", "T9c");
        }
    }

    @Test
    void adoptingWritesTheCoursesOnTheRecordsAndTheNaturalProjectionLeavesThemOut() {
        plans.take(theory.getId(), an.getId(), null);
        plans.take(endsDayBefore.getId(), xuan.getId(), null);
        plans.take(endsOnTheDay.getId(), yen.getId(), null);
        // Yến's commune then enters a course of her own on her record: the adoption leaves it as it is
        yen.setStudy(Education.DAI_HOC, LocalDate.of(2029, 6, 30));
        em.flush();
        TrainingPlans.Adoption adoption = plans.adopt(draft.getId(), em.find(TrainingPlan.class, draft.getId())
                .getVersion());
        assertThat(adoption).isEqualTo(new TrainingPlans.Adoption(2, 1));
        em.flush();
        em.clear();
        Cadre x = em.find(Cadre.class, xuan.getId());
        assertThat(x.getStudyingFor()).isEqualTo(Education.DAI_HOC);
        assertThat(x.getStudyEnd()).isEqualTo(LocalDate.of(2030, 12, 30));
        assertThat(x.getStudyCourseId()).isEqualTo(endsDayBefore.getId());
        Cadre a = em.find(Cadre.class, an.getId());
        assertThat(a.getLlctStudyingFor()).isEqualTo(PoliticalTheory.TRUNG_CAP);
        assertThat(a.getLlctStudyEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(em.find(Cadre.class, yen.getId()).getStudyCourseId()).isNull();

        // natural: Yến's own course counts (6 + 1), Xuân's plan course does not; with the plan: Xuân too, Yến once
        Map<String, PlanOutcomes.TargetOutcome> t = outcomes.outcome(draft.getId(), Scope.commune(HUNG_DIEN), AS_OF)
                .targets().stream().collect(Collectors.toMap(PlanOutcomes.TargetOutcome::code, Function.identity()));
        assertThat(t.get("T1").natural().numerator()).isEqualTo(7);
        assertThat(t.get("T1").withPlan().numerator()).isEqualTo(8);
        assertThat(t.get("T3").natural().numerator()).isZero();
        assertThat(t.get("T3").withPlan().numerator()).isEqualTo(1);

        // Xuân drops out: taken off with the reason, and off her record
        TrainingPlans.ParticipantView taken = plans.participants(endsDayBefore.getId(), false).getFirst();
        assertThatThrownBy(() -> plans.takeOff(taken.id(), taken.version(), Removal.DROPPED_OUT, " "))
                .satisfies(e -> assertThat(keys(e)).contains("training.text.required"));
        plans.takeOff(taken.id(), taken.version(), Removal.DROPPED_OUT, "Xin thôi học vì lý do gia đình");
        em.flush();
        em.clear();
        assertThat(em.find(Cadre.class, xuan.getId()).getStudyingFor()).isNull();
        assertThat(em.find(Cadre.class, xuan.getId()).getStudyCourseId()).isNull();
        assertThat(outcomes.outcome(draft.getId(), Scope.commune(HUNG_DIEN), AS_OF).targets().stream()
                .filter(o -> o.code().equals("T1")).findFirst().orElseThrow().withPlan().numerator()).isEqualTo(7);
        assertThat(plans.participants(endsDayBefore.getId(), false)).singleElement()
                .extracting(TrainingPlans.ParticipantView::state, TrainingPlans.ParticipantView::removal,
                        TrainingPlans.ParticipantView::removalNote)
                .containsExactly(ParticipantState.REMOVED, Removal.DROPPED_OUT, "Xin thôi học vì lý do gia đình");
    }

    @Test
    void aParticipantWhoLeavesIsTakenOffWithTheReason() {
        plans.take(endsDayBefore.getId(), xuan.getId(), null);
        plans.take(theory.getId(), an.getId(), null);
        em.flush();
        cadres.depart(xuan.getId(), em.find(Cadre.class, xuan.getId()).getVersion(), LocalDate.of(2026, 11, 20),
                vn.tayninh.dashboard.cadre.EndReason.TRANSFER);
        em.flush();
        em.clear();
        assertThat(plans.participants(endsDayBefore.getId(), false)).singleElement()
                .extracting(TrainingPlans.ParticipantView::state, TrainingPlans.ParticipantView::removal,
                        TrainingPlans.ParticipantView::removalNote, TrainingPlans.ParticipantView::active)
                .containsExactly(ParticipantState.REMOVED, Removal.LEFT, "Nghỉ công tác từ 20/11/2026", false);
        // An stays on his course
        assertThat(plans.participants(theory.getId(), false)).singleElement()
                .extracting(TrainingPlans.ParticipantView::state).isEqualTo(ParticipantState.ACCEPTED);
    }

    @Test
    @WithUserDetails("xa-hung-dien")
    void aCommuneProposesOnlyItsOwnAndReadsOnlyItsOwn() {
        Commune other = communes.findByCode("phuong-tan-ninh").orElseThrow();
        Cadre stranger = HandMadeRoster.cadre(em, other, "Người Xã Khác", MERGER, Gender.NAM, LocalDate.of(1990, 1, 1),
                "Kinh", Education.CAO_DANG, PoliticalTheory.CHUA_CO, false);
        em.flush();
        Participant proposed = plans.propose(endsDayBefore.getId(), xuan.getId(), "Xã đề xuất");
        assertThat(proposed.getState()).isEqualTo(ParticipantState.PROPOSED);
        assertThatThrownBy(() -> plans.propose(endsDayBefore.getId(), stranger.getId(), "Xã đề xuất"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.take(endsDayBefore.getId(), yen.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.adopt(draft.getId(), 0)).isInstanceOf(AccessDeniedException.class);
        // asking for another commune's proposals gives its own
        assertThat(plans.candidates(endsOnTheDay.getId(), other.getId()))
                .allSatisfy(c -> assertThat(c.communeId()).isEqualTo(commune.getId()))
                .extracting(TrainingPlans.Candidate::fullName).contains("Tạ Thị Yến").doesNotContain("Người Xã Khác");
    }

    @Test
    @WithUserDetails("phuong-tan-ninh")
    void anotherCommuneSeesNoneOfThisCommunesParticipants() {
        pastTheRules(endsDayBefore, xuan);
        assertThat(plans.participants(endsDayBefore.getId(), true)).isEmpty();
        assertThat(plans.courses(draft.getId())).extracting(TrainingPlans.CourseView::accepted)
                .containsOnly(0L);
    }

    @Test
    @WithUserDetails("lanhdao")
    void aLeaderReadsTheOutcomeButWritesNothing() {
        pastTheRules(endsDayBefore, xuan);
        assertThat(outcomes.outcome(draft.getId(), Scope.province(), AS_OF).targets()).isNotEmpty();
        assertThat(plans.participants(endsDayBefore.getId(), false)).extracting(TrainingPlans.ParticipantView::fullName)
                .containsExactly("Mai Thị Xuân");
        assertThatThrownBy(() -> plans.take(endsOnTheDay.getId(), yen.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.propose(endsOnTheDay.getId(), yen.getId(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.createPlan("Dự thảo 2", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCourseIsCheckedByOneSetOfRules() {
        assertThatThrownBy(() -> plans.addCourse(draft.getId(), new CourseForm(null, "Lớp\u0007", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 1), 0, false, true)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(InvalidInputException.Problem::field, p -> p.reason().key())
                        .containsExactly(tuple("kind", "training.course.kindRequired"),
                                tuple("title", "text.rule.control.oneLine"),
                                tuple("startDate", "training.course.startOutside"),
                                tuple("endDate", "training.course.endBeforeStart"),
                                tuple("places", "training.course.placesRange")));
    }

    private static List<String> keys(Throwable e) {
        assertThat(e).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) e).problems().stream().map(p -> p.reason().key()).toList();
    }

    private void pastTheRules(TrainingCourse course, Cadre cadre) {
        em.persist(new Participant(course.getId(), cadre.getId(), cadre.getCommune().getId(),
                ParticipantState.ACCEPTED, "Ghi thẳng", "test"));
        em.flush();
    }

    private TrainingCourse course(CourseKind kind, LocalDate start, LocalDate end, int places) {
        TrainingCourse course = new TrainingCourse(draft.getId(), new CourseForm(kind, kind.name() + " " + end, start,
                end, places, false, true));
        em.persist(course);
        return course;
    }

    private Cadre cadre(String name, Gender gender, LocalDate birth, String ethnicity, Education education,
                        PoliticalTheory theory, Rating rated2025, Rating rated2026) {
        Cadre cadre = HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, ethnicity, education, theory,
                false);
        if (rated2025 != null) {
            em.persist(new AnnualRating(cadre, 2025, rated2025));
        }
        if (rated2026 != null) {
            em.persist(new AnnualRating(cadre, 2026, rated2026));
        }
        return cadre;
    }
}
