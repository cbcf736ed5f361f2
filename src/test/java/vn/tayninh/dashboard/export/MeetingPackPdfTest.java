package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The meeting pack read back as text: A4 landscape, every glyph from an embedded Identity-H font, Vietnamese
 * names with their diacritics, and the engine's numbers in the target table and the needs-attention list.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
class MeetingPackPdfTest {

    @Autowired
    vn.tayninh.dashboard.training.PlanOutcomes planOutcomes;

    static final Path OUT = Path.of("target", "exports");

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;
    @Autowired
    vn.tayninh.dashboard.explanation.Explanations explanations;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void provincePackHoldsTheEnginesNumbersAndVietnameseText() throws IOException {
        ReportRequest request = ReportRequest.live(Scope.province(), FixedClockConfig.TODAY, null);
        byte[] pdf = TestUsers.callAs(Role.LEADER, null, () -> reports.meetingPackPdf(request));
        save("bao-cao-hop-tay-ninh.pdf", pdf);
        Overview overview = engine.overview(Scope.province(), FixedClockConfig.TODAY, null);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            // cover, targets, two pages of charts, the 30 communes needing attention in 9.5 pt on three pages, the
            // requests for explanation
            assertThat(pages).isEqualTo(8);
            for (PDPage page : document.getPages()) {
                // A4 landscape
                assertThat(page.getRotation()).isZero();
                assertThat(page.getMediaBox().getWidth()).isCloseTo(842f, Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(595f, Offset.offset(1f));
            }
            assertThat(fonts(document)).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(((PDType0Font) font).getCMap().getName()).isEqualTo("Identity-H");
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
            assertThat(text).contains("BÁO CÁO HỌP", "Toàn tỉnh Tây Ninh (96 xã, phường)",
                    "Số liệu đến ngày 22/11/2026", "Lập lúc 10:00 ngày 22/11/2026",
                    "Chỉ tiêu", "Đối tượng", "Mốc 2026", "Mục tiêu", "Kết quả x/n (%)", "Trạng thái", "Còn thiếu",
                    "Trình độ chuyên môn của cán bộ", "Xã, phường cần chú ý", "Trang 1 / " + pages,
                    "Trang " + pages + " / " + pages);
            for (TargetResult t : overview.targets()) {
                if (t.denominator() != null) {
                    assertThat(text).as(t.code()).contains(Formats.ratio(t.numerator(), t.denominator()) + " ("
                            + Formats.percent(t.value()) + ")");
                }
                if (t.gapPersons() != null && t.gapPersons() > 0) {
                    assertThat(text).as(t.code()).contains(Formats.integer(t.gapPersons()) + " ");
                }
            }
            // where the targets training moves land with the demo's draft plan, beside the natural projection
            assertThat(text).contains("Kế hoạch đào tạo, bồi dưỡng đến năm 2030: Dự thảo kế hoạch đào tạo, bồi dưỡng"
                    + " 2027–2030 (Dự thảo)");
            long plan = SystemUser.call(() -> planOutcomes.shownPlan().orElseThrow().getId());
            var t1 = SystemUser.call(() -> planOutcomes.outcome(plan, Scope.province(), FixedClockConfig.TODAY))
                    .targets().stream().filter(o -> o.code().equals("T1")).findFirst().orElseThrow();
            assertThat(text).contains(Formats.percent(t1.withPlan().value()) + " ("
                    + Formats.integer(t1.withPlan().numerator()) + "/" + Formats.integer(t1.withPlan().denominator()) + ")");
            // the first communes needing attention, with their names spelled as in the data
            List<Attention.Item> ranked = Attention.rank(overview);
            for (Attention.Item item : ranked.subList(0, 5)) {
                assertThat(text).contains(item.commune().getName());
            }
            // the attention and explanation pages are set in 9.5 pt, the footer aside
            int attentionPage = pageOf(document, "Xã, phường cần chú ý", 2);
            List<TextPosition> glyphs = glyphs(document, attentionPage, pages);
            assertThat(glyphs).hasSizeGreaterThan(1000);
            assertThat(glyphs).filteredOn(g -> g.getYDirAdj() < g.getPageHeight() - 50)
                    .allSatisfy(g -> assertThat(g.getFontSize()).as(g.getUnicode()).isGreaterThanOrEqualTo(9.5f));
            // on the cover, the 26 pt count of each status stands clear of its 11 pt label
            List<TextPosition> cover = glyphs(document, 1, 1);
            for (TextPosition number : cover.stream()
                    .filter(g -> g.getFontSizeInPt() > 20 && g.getUnicode().matches("\\d")).toList()) {
                TextPosition label = cover.stream()
                        .filter(g -> g.getFontSizeInPt() == 11f && g.getYDirAdj() > number.getYDirAdj())
                        .min(java.util.Comparator.comparingDouble(TextPosition::getYDirAdj)).orElseThrow();
                // the label's capitals rise about 0.75 of its size above its baseline
                float gap = label.getYDirAdj() - 0.75f * 11 - number.getYDirAdj();
                assertThat(gap).as("gap under " + number.getUnicode()).isGreaterThanOrEqualTo(6f);
            }
        }
    }

    @Test
    void aValueLabelIsNeverStruckThroughByAGoalOrTheTargetLine() {
        // no line near the bar: just above it
        assertThat(PdfChartPainter.valueLabelY(100, List.of())).isEqualTo(102f);
        assertThat(PdfChartPainter.valueLabelY(100, List.of(50f, 130f))).isEqualTo(102f);
        // a goal marker 1 point above the bar (24,8 % under a 25 % goal): the label goes above the marker
        assertThat(PdfChartPainter.valueLabelY(100, List.of(101f))).isEqualTo(104.5f);
        // the marker inside the label's height, then the target line just above: above both
        assertThat(PdfChartPainter.valueLabelY(100, List.of(105f, 112f))).isEqualTo(115.5f);
        // a goal below the bar's top (the bar passed it) leaves the label where it was
        assertThat(PdfChartPainter.valueLabelY(100, List.of(97f))).isEqualTo(102f);
        for (float line = 90; line < 120; line += 0.25f) {
            float y = PdfChartPainter.valueLabelY(100, List.of(line));
            // the glyphs, from 2 below the baseline to 7 above, keep clear of the line
            assertThat(line < y - 2 || line > y + 7).as("line at " + line + ", label at " + y).isTrue();
        }
    }

    /** The first page from {@code from} on whose text contains {@code heading}. */
    private static int pageOf(PDDocument document, String heading, int from) throws IOException {
        for (int page = from; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(document).contains(heading)) {
                return page;
            }
        }
        throw new AssertionError(heading + " not found");
    }

    /** Every glyph of the pages, with its font size and position. */
    private static List<TextPosition> glyphs(PDDocument document, int first, int last) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        stripper.getText(document);
        return glyphs;
    }

    @Test
    void communePackHoldsTheCommunesNumbers() throws IOException {
        String code = "xa-hung-dien";
        ReportRequest request = ReportRequest.live(Scope.commune(code), FixedClockConfig.TODAY, null);
        byte[] pdf = TestUsers.callAs(Role.BOARD, null, () -> reports.meetingPackPdf(request));
        save("bao-cao-hop-" + code + ".pdf", pdf);
        Overview overview = engine.overview(Scope.commune(code), FixedClockConfig.TODAY, null);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Xã Hưng Điền", "Số liệu đến ngày 22/11/2026");
            assertThat(text).doesNotContain("T9d");
            for (TargetResult t : overview.targets()) {
                if (t.denominator() != null) {
                    assertThat(text).as(t.code()).contains(Formats.ratio(t.numerator(), t.denominator()));
                }
            }
        }
    }

    @Test
    void communePackListsThePeriodsRequestsForExplanationAndTheirAnswers() throws IOException {
        String code = "xa-hung-dien";
        long commune = communes.findByCode(code).orElseThrow().getId();
        try {
            long id = TestUsers.callAs(Role.BOARD, null, () -> explanations.request(code,
                    new vn.tayninh.dashboard.explanation.Explanations.NewRequest("T2", LocalDate.of(2026, 6, 1),
                            LocalDate.of(2026, 12, 15), "Giải trình tỷ lệ đại học"))).id();
            TestUsers.callAs(Role.COMMUNE_EDITOR, commune, () -> explanations.answer(id, null,
                    new vn.tayninh.dashboard.explanation.Explanations.Answer("Thiếu nguồn đào tạo",
                            "Cử 3 cán bộ đi học", LocalDate.of(2027, 9, 30))));
            ReportRequest request = ReportRequest.live(Scope.commune(code), FixedClockConfig.TODAY, null);
            byte[] pdf = TestUsers.callAs(Role.LEADER, null, () -> reports.meetingPackPdf(request));
            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replace('\n', ' ').replaceAll(" +", " ");
                assertThat(text).contains("Yêu cầu giải trình trong kỳ", "Giải trình tỷ lệ đại học",
                        "01/06/2026", "15/12/2026", "Đã giải trình",
                        "Nguyên nhân: Thiếu nguồn đào tạo. Giải pháp: Cử 3 cán bộ đi học. Dự kiến chuyển biến trước 30/09/2027.");
            }
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE entity = 'EXPLANATION'");
            jdbc.update("DELETE FROM explanation_step");
            jdbc.update("DELETE FROM explanation");
        }
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    static void save(String name, byte[] bytes) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), bytes);
    }
}
