package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.persistence.EntityManager;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The progress report (DOCX) and the cadre structure form (XLSX) open in a real office suite: Debian's LibreOffice,
 * headless, converts each to PDF, whose pages and text are checked with PDFBox. Page 1 of each is drawn to a PNG under
 * target/exports (the pictures in docs/exports.md). Without {@code soffice} the test is skipped on a developer's
 * machine and fails in CI (environment variable {@code CI} set), where .ci/run installs it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class OfficeSuiteTest {

    @Autowired
    ReportService reports;
    @Autowired
    CommuneService communes;
    @Autowired
    FreezeService freezes;
    @Autowired
    EntityManager em;

    @BeforeEach
    void roster() {
        ProgressReportTest.build(em, communes.findByCode(ProgressReportTest.COMMUNE).orElseThrow());
        SystemUser.call(() -> freezes.freeze(ProgressReportTest.FROZEN, 2025, "Mốc"));
    }

    @Test
    void theProgressReportOpensInLibreOfficeWriter() throws Exception {
        String soffice = soffice();
        ReportRequest request = ProgressReportTest.provinceRequest(reports);
        ProgressReport report = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReport(request, null));
        byte[] docx = TestUsers.callAs(Role.BOARD, null, () -> reports.progressReportDocx(request, null));
        try (PDDocument pdf = convert(soffice, "bao-cao-nghi-quyet-34-tay-ninh.docx", docx)) {
            // the text, 19 targets, the sections (the recipients and the signer kept together on the page of
            // section IV) and four pages of the 96 communes
            assertThat(pdf.getNumberOfPages()).isEqualTo(14);
            String text = text(pdf);
            assertThat(text).contains("TỈNH ỦY TÂY NINH", "BAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Tây Ninh, ngày … tháng … năm …", "BÁO CÁO",
                    "kết quả thực hiện Nghị quyết số 34-NQ/TU của Tỉnh ủy", "I. KẾT QUẢ ĐẠT ĐƯỢC", "II. HẠN CHẾ",
                    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "PHỤ LỤC", "Xã Hưng Điền");
            for (ProgressReport.TargetSentence sentence : report.results().targets()) {
                assertThat(text).contains(sentence.text());
            }
            assertThat(text).contains(report.results().summary());
            // the page number field is drawn in the footer of the last page
            assertThat(new PDFTextStripper() {{
                setStartPage(14);
                setEndPage(14);
            }}.getText(pdf).strip()).endsWith("14");
        }
    }

    @Test
    void theCadreStructureFormOpensInLibreOfficeCalc() throws Exception {
        String soffice = soffice();
        ReportRequest request = ReportRequest.live(Scope.province(), ProgressReportTest.AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.BOARD, null, () -> reports.cadreStructureXlsx(request));
        try (PDDocument pdf = convert(soffice, "bieu-can-bo-chu-chot-tay-ninh.xlsx", xlsx)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(EXPECTED_FORM_PAGES);
            String text = text(pdf);
            assertThat(text).contains("BAN TỔ CHỨC TỈNH ỦY TÂY NINH", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "BIỂU THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ CHỦ CHỐT CẤP XÃ", "Số liệu đến ngày 01/10/2026",
                    "Bí thư", "Tổng số cán bộ cấp xã", "Người lập biểu", "Thủ trưởng đơn vị", "Xã Hưng Điền");
        }
    }

    @Test
    void theStatisticsTablePrintsOnAFewPagesWithTheHeadersOnEach() throws Exception {
        String soffice = soffice();
        ReportRequest request = ReportRequest.live(Scope.province(), ProgressReportTest.AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.BOARD, null, () -> reports.statisticsXlsx(request));
        try (PDDocument pdf = convert(soffice, "thong-ke-tay-ninh.xlsx", xlsx)) {
            // 96 communes and the total, three pages wide and three down, where full size took 24 pages
            assertThat(pdf.getNumberOfPages()).isEqualTo(9);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                int p = page;
                String text = new PDFTextStripper() {{
                    setStartPage(p);
                    setEndPage(p);
                }}.getText(pdf);
                // every page has the header rows and the communes' names at the left
                assertThat(text).as("page " + page).contains("Xã, phường");
                assertThat(text).as("page " + page).containsPattern("(Xã|Phường) \\p{Lu}");
            }
            assertThat(text(pdf)).contains("Tổng số cán bộ", "Chức danh, vị trí còn khuyết");
        }
    }

    @Test
    void forms9cAnd12cOpenInLibreOfficeCalcOnePageWidePerSheet() throws Exception {
        String soffice = soffice();
        ReportRequest request = ReportRequest.live(Scope.commune(ProgressReportTest.COMMUNE), ProgressReportTest.AS_OF,
                null);
        byte[] form9c = TestUsers.callAs(Role.BOARD, null, () -> reports.form9cXlsx(request));
        try (PDDocument pdf = convert(soffice, "bieu-9c-xa.xlsx", form9c)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP XÃ", "Biểu số 9C",
                    "Ủy ban nhân dân", "Phó Chủ tịch", "Cao cấp, cử nhân", "Mặt trận Tổ quốc", "Thủ trưởng đơn vị");
        }
        byte[] form12c = TestUsers.callAs(Role.BOARD, null, () -> reports.form12cXlsx(request));
        try (PDDocument pdf = convert(soffice, "bieu-12c-xa.xlsx", form12c)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf)).contains("KẾT QUẢ QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP XÃ", "Biểu số 12C",
                    "lượt người", "Phó Chủ tịch HĐND", "Trên đại học", "Thủ trưởng đơn vị");
        }
    }

    /** Pages of the form at 01/10/2026, one page wide: the summary sheet, then fifteen of the 96 communes' sheet. */
    private static final int EXPECTED_FORM_PAGES = 16;

    /** Converts with a profile of its own (parallel builds never share one) and draws page 1 to a PNG. */
    private static PDDocument convert(String soffice, String name, byte[] file) throws Exception {
        Path dir = Files.createTempDirectory("office-");
        Path input = dir.resolve(name);
        Files.write(input, file);
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("LibreOffice did not convert " + name + " within 5 minutes");
        }
        Path pdf = dir.resolve(name.replaceFirst("\\.[a-z]+$", ".pdf"));
        assertThat(pdf).as(Files.readString(dir.resolve("soffice.log"))).exists();
        PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf));
        Files.createDirectories(MeetingPackPdfTest.OUT);
        Files.copy(pdf, MeetingPackPdfTest.OUT.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 60);
        ImageIO.write(page, "png", MeetingPackPdfTest.OUT.resolve(name.replace('.', '-') + ".png").toFile());
        return document;
    }

    /** The text on one line: LibreOffice wraps sentences where the page ends. */
    private static String text(PDDocument pdf) throws IOException {
        // a no-break space keeps a share's "%" with its number on the page
        return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    private static String soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        if (System.getenv("CI") != null) {
            fail("LibreOffice (soffice) is missing: .ci/run installs libreoffice-writer-nogui and libreoffice-calc-nogui");
        }
        Assumptions.abort("LibreOffice (soffice) is not installed here");
        return null;
    }
}
