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
            assertThat(pages).isGreaterThanOrEqualTo(5);
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
            // the first communes needing attention, with their names spelled as in the data
            List<Attention.Item> ranked = Attention.rank(overview);
            for (Attention.Item item : ranked.subList(0, 5)) {
                assertThat(text).contains(item.commune().getName());
            }
        }
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
