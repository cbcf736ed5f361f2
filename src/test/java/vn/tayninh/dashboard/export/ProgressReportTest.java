package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The progress report draft on a hand-made roster of one commune (ten cadres on 01/06/2026, frozen that day; an
 * eleventh from 01/07/2026), at 01/10/2026: the sentences of the content model carry the engine's numbers at that
 * date and the change since the freeze, counted by hand for T1, T2 and T3; the same sentences are read back from the
 * DOCX with XWPF, with its styles, tables and page number.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ProgressReportTest {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final LocalDate FROZEN = LocalDate.of(2026, 6, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    static final String COMMUNE = "xa-hung-dien";

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;
    @Autowired
    FreezeService freezes;
    @Autowired
    EntityManager em;
    @Autowired
    Explanations explanations;

    @BeforeEach
    void roster() {
        build(em, communes.findByCode(COMMUNE).orElseThrow());
        SystemUser.call(() -> freezes.freeze(FROZEN, 2025, "Mốc"));
    }

    /**
     * Ten cadres from the merger: five with a university degree or higher (one master's), three leaders of whom two
     * meet the theory standard; an eleventh, with a master's, from 01/07/2026. So T1 is 5/10 at the freeze and 6/11 on
     * 01/10/2026, T2 1/10 then 2/11, T3 2/3 at both dates.
     */
    static void build(EntityManager em, Commune commune) {
        Cadre c1 = cadre(em, commune, "Nguyễn Văn An", MERGER, Gender.NAM, 1970, Education.THAC_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP);
        HandMadeRoster.hold(em, c1, MERGER, Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV);
        Cadre c2 = cadre(em, commune, "Trần Thị Bình", MERGER, Gender.NU, 1990, Education.DAI_HOC, PoliticalTheory.TRUNG_CAP);
        HandMadeRoster.hold(em, c2, MERGER, Position.CT_UBND, Position.BCH);
        Cadre c3 = cadre(em, commune, "Lê Văn Cường", MERGER, Gender.NAM, 1985, Education.DAI_HOC, PoliticalTheory.SO_CAP);
        HandMadeRoster.hold(em, c3, MERGER, Position.PCT_UBND);
        cadre(em, commune, "Phạm Thị Dung", MERGER, Gender.NU, 1995, Education.DAI_HOC, PoliticalTheory.CHUA_CO);
        cadre(em, commune, "Hoàng Văn Em", MERGER, Gender.NAM, 1980, Education.DAI_HOC, PoliticalTheory.TRUNG_CAP);
        for (int i = 0; i < 5; i++) {
            cadre(em, commune, "Cán bộ cao đẳng " + i, MERGER, i % 2 == 0 ? Gender.NAM : Gender.NU, 1975 + i * 4,
                    Education.CAO_DANG, PoliticalTheory.SO_CAP);
        }
        cadre(em, commune, "Võ Thị Giang", LocalDate.of(2026, 7, 1), Gender.NU, 1998, Education.THAC_SI,
                PoliticalTheory.SO_CAP);
        em.flush();
    }

    private static Cadre cadre(EntityManager em, Commune commune, String name, LocalDate start, Gender gender, int born,
                               Education education, PoliticalTheory theory) {
        return HandMadeRoster.cadre(em, commune, name, start, gender, LocalDate.of(born, 3, 1), "Kinh", education,
                theory, false);
    }

    static ReportRequest provinceRequest(ReportService reports) {
        return reports.request(Scope.province(), AS_OF, null);
    }

    @Test
    void everySentenceCarriesTheEngineFiguresAtTheDate() {
        ReportRequest request = provinceRequest(reports);
        assertThat(request.frozen()).isFalse();
        ProgressReport report = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(request, null));
        assertThat(report.compareTo()).isEqualTo(FROZEN); // the previous frozen date by default

        Overview now = engine.overview(Scope.province(), AS_OF, null);
        Overview then = engine.frozen(FROZEN, Scope.province());
        assertThat(report.results().targets()).hasSize(19);
        for (ProgressReport.TargetSentence sentence : report.results().targets()) {
            TargetResult expected = now.target(sentence.code());
            assertThat(sentence.result()).as(sentence.code()).isEqualTo(expected);
            if (expected.value() != null && expected.denominator() != null) {
                assertThat(sentence.text()).as(sentence.code()).contains(
                        ProgressReportText.percent(expected.value()) + " (" + Formats.integer(expected.numerator())
                                + "/" + Formats.integer(expected.denominator()) + " ");
                TargetResult before = then.target(sentence.code());
                if (before.value() != null) {
                    double points = (expected.value() - before.value()) * 100;
                    assertThat(sentence.changePoints()).as(sentence.code()).isCloseTo(points,
                            org.assertj.core.api.Assertions.within(1e-9));
                }
            }
            if (expected.gapPersons() != null && expected.gapPersons() > 0
                    && expected.status() != Status.MET) {
                assertThat(sentence.text()).as(sentence.code())
                        .contains("còn thiếu " + Formats.integer(expected.gapPersons()) + " ");
            }
        }

        // counted by hand: T1 5/10 → 6/11, T2 1/10 → 2/11, T3 2/3 at both dates
        assertThat(sentence(report, "T1")).isEqualTo("Tỷ lệ cán bộ có trình độ đại học trở lên đạt 54,5 % (6/11 người),"
                + " mục tiêu 100 % vào năm 2030; " + statusWords(now, "T1") + ", còn thiếu 5 người;"
                + " tăng 4,5 điểm % so với kỳ trước (01/06/2026).");
        assertThat(sentence(report, "T2")).isEqualTo("Tỷ lệ cán bộ có trình độ sau đại học đạt 18,2 % (2/11 người),"
                + " mục tiêu từ 20,0 % trở lên vào năm 2030; " + statusWords(now, "T2") + ", còn thiếu 1 người;"
                + " tăng 8,2 điểm % so với kỳ trước (01/06/2026).");
        assertThat(sentence(report, "T3")).isEqualTo("Tỷ lệ cán bộ lãnh đạo chủ chốt đạt chuẩn lý luận chính trị đạt"
                + " 66,7 % (2/3 người), mục tiêu 100 % vào năm 2030; " + statusWords(now, "T3") + ", còn thiếu 1 người;"
                + " không thay đổi so với kỳ trước (01/06/2026).");
        assertThat(now.target("T1").status()).isEqualTo(Status.ON_TRACK); // above the path from the 5/10 baseline
        assertThat(now.target("T3").status()).isEqualTo(Status.BEHIND); // the path has risen, the value has not
    }

    @Test
    void theSummaryCountsTheTargetsByStatus() {
        ProgressReport report = TestUsers.callAs(Role.BOARD, null,
                () -> reports.progressReport(provinceRequest(reports), null));
        Overview now = engine.overview(Scope.province(), AS_OF, null);
        long met = now.targets().stream().filter(t -> t.status() == Status.MET).count();
        long onTrack = now.targets().stream().filter(t -> t.status() == Status.ON_TRACK).count();
        long behind = now.targets().stream().filter(t -> t.status() == Status.BEHIND).count();
        long notMet = now.targets().stream().filter(t -> t.status() == Status.NOT_MET).count();
        long noData = now.targets().stream().filter(t -> t.status() == Status.NO_DATA).count();
        assertThat(report.results().met()).isEqualTo(met);
        assertThat(report.results().onTrack()).isEqualTo(onTrack);
        assertThat(report.results().behind()).isEqualTo(behind);
        assertThat(report.results().total()).isEqualTo(19);
        assertThat(notMet).isZero();
        // T7d and T8e have no number; with nobody in the planning pool they have no data either
        assertThat(report.results().summary()).isEqualTo("Tổng hợp: " + met + "/19 chỉ tiêu đạt và vượt, " + onTrack
                + " đúng tiến độ, " + behind + " chậm tiến độ, " + noData + " chưa có số liệu;"
                + " trong đó 2 chỉ tiêu không có số, chỉ theo dõi, không đánh giá.");
        // the seats held in the hand-made roster; no approved seats are recorded in this database
        assertThat(report.results().vacancies()).containsExactly(
                "Bí thư: đã bố trí 1, chưa có số lượng được duyệt.",
                "Phó bí thư thường trực: đã bố trí 0, chưa có số lượng được duyệt.",
                "Chủ tịch HĐND: đã bố trí 1, chưa có số lượng được duyệt.",
                "Phó chủ tịch HĐND: đã bố trí 0, chưa có số lượng được duyệt.",
                "Chủ tịch UBND: đã bố trí 1, chưa có số lượng được duyệt.",
                "Phó chủ tịch UBND: đã bố trí 1, chưa có số lượng được duyệt.",
                "Ủy viên BCH: đã bố trí 2, chưa có số lượng được duyệt.",
                "Ủy viên BTV: đã bố trí 1, chưa có số lượng được duyệt.");
        // section II lists exactly the targets behind their path or missed
        assertThat(report.limitations().behind()).extracting(ProgressReport.TargetSentence::code)
                .containsExactlyElementsOf(now.targets().stream()
                        .filter(t -> t.status() == Status.BEHIND || t.status() == Status.NOT_MET)
                        .map(TargetResult::code).toList());
        assertThat(report.limitations().causes()).isEmpty();
        // the communes counted are those that fail a check, the others only behind a target are said apart
        List<Attention.Item> ranking = Attention.rank(now);
        List<Attention.Item> failing = ranking.stream().filter(item -> item.score() > 0).toList();
        assertThat(failing).isNotEmpty();
        assertThat(report.limitations().attentionNote()).startsWith("Có " + failing.size()
                + " xã, phường chưa đạt ít nhất một tiêu chí cần chú ý (chưa có nữ trong Ban Thường vụ")
                .endsWith("Ngoài ra " + (ranking.size() - failing.size())
                        + " xã, phường đạt các tiêu chí này nhưng còn chậm tiến độ ở một số chỉ tiêu.");
        assertThat(report.limitations().attention()).hasSize(Math.min(30, failing.size()));
        assertThat(report.limitations().attention().getFirst()).startsWith("1. " + failing.getFirst().commune().getName());
        assertThat(report.limitations().completeness()).isEqualTo(
                "11/11 hồ sơ cán bộ (100,0 %) có đủ thông tin bắt buộc; còn 0 hồ sơ thiếu thông tin;"
                        + " đã đạt mục tiêu về dữ liệu.");
    }

    @Test
    void sectionThreeSpreadsEachGapOverTheYearsLeft() {
        ProgressReport report = TestUsers.callAs(Role.BOARD, null,
                () -> reports.progressReport(provinceRequest(reports), null));
        ProgressReport.Direction t1 = direction(report, "T1");
        // 5 more persons over 2027–2030: 2 a year (⌈5 / 4⌉)
        assertThat(t1.gap()).isEqualTo(5);
        assertThat(t1.yearsLeft()).isEqualTo(4);
        assertThat(t1.perYear()).isEqualTo(2);
        assertThat(t1.text()).isEqualTo("Trình độ đại học trở lên: còn thiếu 5 người; để đạt mục tiêu vào năm 2030,"
                + " mỗi năm cần tăng bình quân 2 người (4 năm còn lại: 2027 – 2030).");
        ProgressReport.Direction t3 = direction(report, "T3");
        assertThat(t3.gap()).isEqualTo(1);
        assertThat(t3.perYear()).isEqualTo(1);
        for (ProgressReport.Direction d : report.directions().targets()) {
            assertThat(d.perYear() * d.yearsLeft()).as(d.code()).isGreaterThanOrEqualTo(d.gap());
            assertThat((d.perYear() - 1) * d.yearsLeft()).as(d.code()).isLessThan(d.gap());
        }
        // every target with a gap and not met has its line; a met target has none
        Overview now = engine.overview(Scope.province(), AS_OF, null);
        assertThat(report.directions().targets()).extracting(ProgressReport.Direction::code)
                .containsExactlyElementsOf(now.targets().stream()
                        .filter(t -> t.status() == Status.ON_TRACK || t.status() == Status.BEHIND
                                || t.status() == Status.NOT_MET)
                        .filter(t -> t.gapPersons() != null && t.gapPersons() > 0).map(TargetResult::code).toList());
    }

    @Test
    void sectionThreeSaysWhereTheTargetsLandWithTheTrainingPlan() {
        // without a plan, no such part
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(provinceRequest(reports), null))
                .directions().training()).isNull();
        // a draft: two of the college graduates on a university course ending 30/06/2029, Cường (a vice-chairman
        // below the standard) on an intermediate political-theory course ending 31/12/2027; no one retires by 2030
        em.createNativeQuery("INSERT INTO training_plan (name, state, created_at, created_by)"
                + " VALUES ('Dự thảo 1', 'DRAFT', CURRENT_TIMESTAMP, 'test')").executeUpdate();
        long plan = ((Number) em.createNativeQuery("SELECT MAX(id) FROM training_plan").getSingleResult()).longValue();
        long degree = course(plan, "DAI_HOC", "2027-09-01", "2029-06-30");
        long theory = course(plan, "LLCT_TRUNG_CAP", "2027-03-01", "2027-12-31");
        participant(degree, "Cán bộ cao đẳng 1");
        participant(degree, "Cán bộ cao đẳng 2");
        participant(theory, "Lê Văn Cường");
        ProgressReport report = TestUsers.callAs(Role.BOARD, null,
                () -> reports.progressReport(provinceRequest(reports), null));
        TrainingSection section = report.directions().training();
        assertThat(section.heading()).isEqualTo("Kế hoạch đào tạo, bồi dưỡng đến năm 2030: Dự thảo 1 (Dự thảo)");
        // T1: 6 of 11 without the plan, 8 with it; 3 missing, over the two years a 36-month course still ends in time
        // (2027, 2028); T2 untouched, its one person over the three years of a 24-month master's; T4, T9a and T9c
        // have no one in their pools here and are left out
        assertThat(section.sentences()).containsExactly(
                "T1 (Trình độ đại học trở lên): dự báo tự nhiên năm 2030 đạt 54,5 % (6/11); theo kế hoạch đạt"
                        + " 72,7 % (8/11), kế hoạch đào tạo thêm 2 người; còn thiếu 3 người sau kế hoạch, cần thêm 2 chỗ"
                        + " mỗi năm.",
                "T2 (Trình độ sau đại học): dự báo tự nhiên năm 2030 đạt 18,2 % (2/11); theo kế hoạch đạt"
                        + " 18,2 % (2/11), kế hoạch đào tạo thêm 0 người; còn thiếu 1 người sau kế hoạch, cần thêm 1 chỗ"
                        + " mỗi năm.",
                "T3 (Lãnh đạo đạt chuẩn lý luận chính trị): dự báo tự nhiên năm 2030 đạt 66,7 % (2/3);"
                        + " theo kế hoạch đạt 100,0 % (3/3), kế hoạch đào tạo thêm 1 người; đạt chỉ tiêu.");
        assertThat(report.sentences()).containsSubsequence(section.heading(), section.sentences().getFirst());
    }

    private long course(long plan, String kind, String start, String end) {
        em.createNativeQuery("INSERT INTO training_course (plan_id, kind, title, start_date, end_date, places,"
                + " per_commune, part_time) VALUES (" + plan + ", '" + kind + "', '" + kind + "', DATE '" + start
                + "', DATE '" + end + "', 10, FALSE, TRUE)").executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM training_course").getSingleResult()).longValue();
    }

    private void participant(long course, String name) {
        em.createNativeQuery("INSERT INTO training_participant (course_id, cadre_id, commune_id, state, reason,"
                + " proposed_by) SELECT " + course + ", c.id, c.commune_id, 'ACCEPTED', 'test', 'test' FROM cadre c"
                + " WHERE c.full_name = '" + name + "'").executeUpdate();
    }

    @Test
    void theFileReadsBackWithTheSameSentences() throws Exception {
        ReportRequest request = provinceRequest(reports);
        ProgressReport report = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(request, null));
        byte[] docx = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReportDocx(request, null));
        MeetingPackPdfTest.save("bao-cao-nghi-quyet-34-tay-ninh.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            // a share's "%" is bound to its number by a no-break space, read back as a space
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("54,5\u00a0% (6/11 người)"));
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText().replace('\u00a0', ' ')).toList();
            for (String sentence : report.sentences()) {
                assertThat(paragraphs).as(sentence).containsAnyOf(sentence, "- " + sentence);
            }
            // a ranked line carries its rank, not a dash as well ("- 1. Xã …")
            assertThat(paragraphs).noneMatch(p -> p.matches("- \\d+\\. .*"));
            assertThat(paragraphs).contains(report.limitations().attention().getFirst());
            assertThat(paragraphs).contains("BÁO CÁO", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC",
                    "(Kỳ báo cáo: từ ngày 01/06/2026 đến ngày 01/10/2026)");
            // real Word headings, Times New Roman named in the styles
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    headings.add(p.getText());
                }
            }
            assertThat(headings).containsExactly("I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getAscii())
                    .isEqualTo("Times New Roman");
            assertThat(doc.getFooterList().getFirst().getParagraphs().getFirst().getCTP().xmlText()).contains("PAGE");
            // heading block, signature, the target table (19 + header), one row per commune (96 + header)
            List<XWPFTable> tables = doc.getTables();
            assertThat(tables).hasSize(4);
            assertThat(tables.get(0).getRow(0).getCell(0).getText()).contains("TỈNH ỦY TÂY NINH", "BAN TỔ CHỨC");
            assertThat(tables.get(0).getRow(0).getCell(1).getText())
                    .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Tây Ninh, ngày … tháng … năm …");
            // the recipients and the signer are one block that never splits over two pages
            assertThat(tables.get(1).getRow(0).isCantSplitRow()).isTrue();
            assertThat(tables.get(1).getRow(0).getCell(0).getText()).contains("Nơi nhận:", "- Lưu Văn phòng Ban.");
            assertThat(tables.get(2).getNumberOfRows()).isEqualTo(20);
            assertThat(tables.get(2).getRow(1).getCell(4).getText()).isEqualTo("6 / 11 (54,5\u00a0%)");
            assertThat(tables.get(3).getNumberOfRows()).isEqualTo(97);
            XWPFTable communesTable = tables.get(3);
            for (int r = 1; r < communesTable.getNumberOfRows(); r++) {
                if (communesTable.getRow(r).getCell(1).getText().equals("Xã Hưng Điền")) {
                    assertThat(communesTable.getRow(r).getCell(2).getText()).isEqualTo("11");
                    assertThat(communesTable.getRow(r).getCell(3).getText()).isEqualTo("54,5\u00a0% (6/11)");
                }
            }
        }
    }

    @Test
    void withoutAnEarlierFreezeTheChangeIsMeasuredFromTheBaseline() {
        ReportRequest atFreeze = reports.request(Scope.province(), FROZEN, null);
        assertThat(atFreeze.frozen()).isTrue();
        ProgressReport report = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(atFreeze, null));
        assertThat(report.compareTo()).isNull();
        assertThat(report.heading().period()).isEqualTo("(Kỳ báo cáo: từ mốc năm 2026 của Nghị quyết đến ngày 01/06/2026)");
        assertThat(report.heading().asOf()).isEqualTo("Số liệu đã chốt ngày 01/06/2026");
        // the frozen figures: 5/10, the baseline itself
        assertThat(sentence(report, "T1")).startsWith("Tỷ lệ cán bộ có trình độ đại học trở lên đạt 50,0 % (5/10 người)")
                .endsWith("; không thay đổi so với mốc năm 2026.");
        // an explicit earlier date after the reporting date is refused
        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null,
                () -> reports.progressReport(atFreeze, LocalDate.of(2026, 7, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sectionTwoQuotesTheCausesAcceptedForTheReportsPeriod() throws Exception {
        Commune own = communes.findByCode(COMMUNE).orElseThrow();
        LocalDate due = LocalDate.of(2026, 11, 30);
        // accepted, at a reporting date inside the period (01/06 … 01/10/2026): quoted
        explain(own, "T2", AS_OF, due, "Thiếu 3 người có bằng sau đại học", true);
        // accepted, but for a date before the earlier reporting date: not this report's
        explain(own, "T1", LocalDate.of(2026, 5, 1), due, "Chưa cử người đi học", true);
        // answered and not yet accepted: not quoted
        explain(own, "T3", AS_OF, due, "Chưa mở lớp trung cấp", false);

        ReportRequest request = provinceRequest(reports);
        ProgressReport report = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(request, null));
        assertThat(report.limitations().causes()).containsExactly(
                new ProgressReport.QuotedCause("Xã Hưng Điền", "T2", "Thiếu 3 người có bằng sau đại học"));

        byte[] docx = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReportDocx(request, null));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText().replace('\u00a0', ' ')).toList();
            assertThat(paragraphs).anyMatch(p -> p.contains(
                    "Xã Hưng Điền (Trình độ sau đại học): “Thiếu 3 người có bằng sau đại học”"));
            assertThat(paragraphs).noneMatch(p -> p.contains("Chưa cử người đi học") || p.contains("Chưa mở lớp"));
        }
    }

    private void explain(Commune commune, String target, LocalDate asOf, LocalDate due, String cause, boolean accept) {
        var asked = TestUsers.callAs(Role.BOARD, null, () -> explanations.request(COMMUNE,
                new Explanations.NewRequest(target, asOf, due, "Đề nghị giải trình")));
        var answered = TestUsers.callAs(Role.COMMUNE_EDITOR, commune.getId(), () -> explanations.answer(asked.id(),
                asked.version(), new Explanations.Answer(cause, "Cử cán bộ đi học", LocalDate.of(2027, 6, 30))));
        if (accept) {
            TestUsers.callAs(Role.BOARD, null, () -> explanations.accept(asked.id(), answered.version()));
        }
    }

    @Test
    void aCommuneEditorHasOnlyTheirOwnCommune() {
        Commune own = communes.findByCode(COMMUNE).orElseThrow();
        ReportRequest request = reports.request(Scope.commune(COMMUNE), AS_OF, null);
        ProgressReport report = TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(),
                () -> reports.progressReport(request, null));
        assertThat(report.results().targets()).hasSize(18); // T9d is the province's
        assertThat(report.limitations().attentionNote()).startsWith("Xã Hưng Điền đứng thứ ");
        assertThat(report.annex().communes()).hasSize(1);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(),
                () -> reports.progressReport(request.withScope(Scope.province()), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(),
                () -> reports.progressReport(request.withScope(Scope.commune("phuong-tan-ninh")), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> {
            reports.authorizeBatch();
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    private static String statusWords(Overview overview, String code) {
        return switch (overview.target(code).status()) {
            case ON_TRACK -> "đúng tiến độ theo lộ trình";
            case BEHIND -> "chậm so với lộ trình";
            case NOT_MET -> "không đạt";
            default -> throw new AssertionError(code + " " + overview.target(code).status());
        };
    }

    private static String sentence(ProgressReport report, String code) {
        return report.results().targets().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow().text();
    }

    private static ProgressReport.Direction direction(ProgressReport report, String code) {
        return report.directions().targets().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
