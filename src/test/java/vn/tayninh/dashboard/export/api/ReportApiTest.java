package vn.tayninh.dashboard.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reports for scheduled use: only with a credential, Vietnamese 400s for bad parameters, the editor's own commune only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
class ReportApiTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void nothingWithoutACredential() throws Exception {
        for (String path : new String[] {"/api/v1/reports/meeting-pack.pdf", "/api/v1/reports/statistics.xlsx",
                "/api/v1/reports/meeting-packs.zip"}) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(401);
            assertThat(get(path, "lanhdao:wrong").statusCode()).as(path).isEqualTo(401);
        }
    }

    @Test
    void meetingPackOfACommuneAtAFrozenDate() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/meeting-pack.pdf?commune=xa-hung-dien&asOf=2026-06-01",
                "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-hop-xa-hung-dien-2026-06-01.pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Xã Hưng Điền", "Số liệu đã chốt ngày 01/06/2026");
        }
    }

    @Test
    void statisticsOfTheProvince() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/statistics.xlsx", "bantochuc:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            // title, caption, three header rows, 96 communes, the total row
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(5 + 96);
        }
    }

    @Test
    void badParametersAreExplainedInVietnamese() throws Exception {
        HttpResponse<byte[]> date = get("/api/v1/reports/statistics.xlsx?asOf=22-11-2026", "lanhdao:demo123");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(new String(date.body(), StandardCharsets.UTF_8))
                .contains("\"parameter\":\"asOf\"", "Ngày số liệu (asOf) phải có dạng YYYY-MM-DD");
        HttpResponse<byte[]> commune = get("/api/v1/reports/meeting-pack.pdf?commune=khong-co", "lanhdao:demo123");
        assertThat(commune.statusCode()).isEqualTo(400);
        assertThat(new String(commune.body(), StandardCharsets.UTF_8))
                .contains("\"parameter\":\"commune\"", "Không có xã, phường với mã khong-co");
        assertThat(get("/api/v1/reports/meeting-pack.pdf?asOf=2099-01-01", "lanhdao:demo123").statusCode())
                .isEqualTo(400);
    }

    @Test
    void aCommuneEditorGetsOnlyTheirOwnCommune() throws Exception {
        assertThat(get("/api/v1/reports/meeting-pack.pdf?commune=xa-hung-dien", "xa-hung-dien:demo123").statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> other = get("/api/v1/reports/meeting-pack.pdf?commune=phuong-tan-ninh", "xa-hung-dien:demo123");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("không có quyền");
        assertThat(get("/api/v1/reports/statistics.xlsx", "xa-hung-dien:demo123").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/reports/meeting-packs.zip", "xa-hung-dien:demo123").statusCode()).isEqualTo(403);
    }

    @Test
    void cadreStructureFormWithTheSameRights() throws Exception {
        HttpResponse<byte[]> province = get("/api/v1/reports/cadre-structure.xlsx?asOf=2026-06-01", "bantochuc:demo123");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bieu-can-bo-chu-chot-tay-ninh-2026-06-01.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(province.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BAN TỔ CHỨC TỈNH ỦY TÂY NINH");
            assertThat(workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("Số liệu đến ngày 01/06/2026");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
        }
        HttpResponse<byte[]> own = get("/api/v1/reports/cadre-structure.xlsx?commune=xa-hung-dien", "xa-hung-dien:demo123");
        assertThat(own.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        }
        HttpResponse<byte[]> other = get("/api/v1/reports/cadre-structure.xlsx?commune=phuong-tan-ninh",
                "xa-hung-dien:demo123");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("không có quyền");
        assertThat(get("/api/v1/reports/cadre-structure.xlsx", "xa-hung-dien:demo123").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/reports/cadre-structure.xlsx", null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> date = get("/api/v1/reports/cadre-structure.xlsx?asOf=01-06-2026", "lanhdao:demo123");
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(new String(date.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"asOf\"");
        HttpResponse<byte[]> commune = get("/api/v1/reports/cadre-structure.xlsx?commune=khong-co", "lanhdao:demo123");
        assertThat(commune.statusCode()).isEqualTo(400);
        assertThat(new String(commune.body(), StandardCharsets.UTF_8)).contains("Không có xã, phường với mã khong-co");
    }

    /**
     * The form against the API of seats: each title row's total is that title's filled seats of /api/v1/positions at
     * the same date, and on the sheet of communes the rows of each title add up, column by column, to the province's.
     */
    @Test
    void cadreStructureFormAgreesWithThePositionsApiAndAddsUp() throws Exception {
        HttpResponse<byte[]> positions = get("/api/v1/positions?asOf=2026-06-01", "lanhdao:demo123");
        assertThat(positions.statusCode()).isEqualTo(200);
        JsonNode seats = JsonMapper.builder().build().readTree(positions.body());
        HttpResponse<byte[]> form = get("/api/v1/reports/cadre-structure.xlsx?asOf=2026-06-01", "lanhdao:demo123");
        List<String> titles = List.of("BI_THU", "PHO_BI_THU_TT", "CT_HDND", "PCT_HDND", "CT_UBND", "PCT_UBND", "BTV", "BCH");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form.body()))) {
            Sheet province = workbook.getSheetAt(0);
            for (int i = 0; i < titles.size(); i++) {
                assertThat((long) province.getRow(8 + i).getCell(2).getNumericCellValue()).as(titles.get(i))
                        .isEqualTo(seats.get(titles.get(i)).get("filled").asLong()).isPositive();
            }
            // the resolution's filled seats of 2026 (indicators.md), as the demo data reproduces them
            assertThat(seats.get("PCT_UBND").get("filled").asLong()).isEqualTo(192);
            Sheet byCommune = workbook.getSheetAt(1);
            int lastColumn = province.getRow(8).getLastCellNum() - 1;
            for (int row = 0; row < 9; row++) {
                for (int column = 2; column <= lastColumn; column++) {
                    if (column == 11) {
                        continue; // the average age is not a count
                    }
                    long sum = 0;
                    for (int commune = 0; commune < 96; commune++) {
                        sum += (long) byCommune.getRow(8 + commune * 10 + 1 + row).getCell(column).getNumericCellValue();
                    }
                    assertThat(sum).as("row %d, column %d", row, column)
                            .isEqualTo((long) province.getRow(8 + row).getCell(column).getNumericCellValue());
                }
            }
        }
    }

    @Test
    void forms9cAnd12cWithTheReportsRightsAndTheirSheetsAddUp() throws Exception {
        HttpResponse<byte[]> positions = get("/api/v1/positions?asOf=2026-06-01", "lanhdao:demo123");
        JsonNode seats = JsonMapper.builder().build().readTree(positions.body());
        HttpResponse<byte[]> form9c = get("/api/v1/reports/form-9c.xlsx?asOf=2026-06-01", "lanhdao:demo123");
        assertThat(form9c.statusCode()).isEqualTo(200);
        assertThat(form9c.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bieu-9c-tay-ninh-2026-06-01.xlsx");
        // columns BCH, BTV, BI_THU, PHO_BI_THU_TT, CT_HDND, PCT_HDND, CT_UBND, PCT_UBND: the filled seats
        List<String> columns9c = List.of("BCH", "BTV", "BI_THU", "PHO_BI_THU_TT", "CT_HDND", "PCT_HDND", "CT_UBND",
                "PCT_UBND");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form9c.body()))) {
            Sheet province = workbook.getSheetAt(0);
            for (int c = 0; c < columns9c.size(); c++) {
                assertThat((long) province.getRow(8).getCell(2 + c).getNumericCellValue()).as(columns9c.get(c))
                        .isEqualTo(seats.get(columns9c.get(c)).get("filled").asLong()).isPositive();
            }
            assertSheetsAddUp(workbook);
        }
        HttpResponse<byte[]> form12c = get("/api/v1/reports/form-12c.xlsx", "bantochuc:demo123");
        assertThat(form12c.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(form12c.body()))) {
            assertSheetsAddUp(workbook);
        }
        for (String form : List.of("form-9c.xlsx", "form-12c.xlsx")) {
            String path = "/api/v1/reports/" + form;
            HttpResponse<byte[]> own = get(path + "?commune=xa-hung-dien", "xa-hung-dien:demo123");
            assertThat(own.statusCode()).as(form).isEqualTo(200);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own.body()))) {
                assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
                assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Xã Hưng Điền");
            }
            assertThat(get(path + "?commune=phuong-tan-ninh", "xa-hung-dien:demo123").statusCode()).as(form)
                    .isEqualTo(403);
            assertThat(get(path, "xa-hung-dien:demo123").statusCode()).as(form).isEqualTo(403);
            assertThat(get(path, null).statusCode()).as(form).isEqualTo(401);
            assertThat(get(path + "?asOf=01-06-2026", "lanhdao:demo123").statusCode()).as(form).isEqualTo(400);
            HttpResponse<byte[]> unknown = get(path + "?commune=khong-co", "lanhdao:demo123");
            assertThat(unknown.statusCode()).as(form).isEqualTo(400);
            assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("Không có xã, phường với mã khong-co");
        }
    }

    /** Every numeric cell of the first sheet is the sum of the same cell on the 96 communes' sheets. */
    private static void assertSheetsAddUp(XSSFWorkbook workbook) {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(97);
        Sheet total = workbook.getSheetAt(0);
        int rows = 0;
        for (int r = 8; r <= total.getLastRowNum(); r++) {
            var row = total.getRow(r);
            if (row == null || row.getCell(2) == null
                    || row.getCell(2).getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                continue;
            }
            rows++;
            for (int c = 2; c < 10; c++) {
                long sum = 0;
                for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                    sum += (long) workbook.getSheetAt(s).getRow(r).getCell(c).getNumericCellValue();
                }
                assertThat(sum).as("row %d, column %d", r, c).isEqualTo((long) row.getCell(c).getNumericCellValue());
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(11);
    }

    @Test
    void progressReportWithTheSameRights() throws Exception {
        HttpResponse<byte[]> province = get("/api/v1/reports/progress-report.docx?asOf=2026-06-01", "bantochuc:demo123");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(province.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("bao-cao-nghi-quyet-34-tay-ninh-2026-06-01.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(province.body()))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("I. KẾT QUẢ ĐẠT ĐƯỢC",
                    "Phạm vi báo cáo: Toàn tỉnh Tây Ninh (96 xã, phường). Số liệu đã chốt ngày 01/06/2026.");
            // the communes' table of the annex
            assertThat(doc.getTables().get(3).getNumberOfRows()).isEqualTo(97);
        }
        HttpResponse<byte[]> own = get("/api/v1/reports/progress-report.docx?commune=xa-hung-dien&asOf=2026-06-01",
                "xa-hung-dien:demo123");
        assertThat(own.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(own.body()))) {
            assertThat(doc.getParagraphs().stream().map(XWPFParagraph::getText))
                    .contains("Phạm vi báo cáo: Xã Hưng Điền. Số liệu đã chốt ngày 01/06/2026.");
        }
        HttpResponse<byte[]> other = get("/api/v1/reports/progress-report.docx?commune=phuong-tan-ninh",
                "xa-hung-dien:demo123");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(new String(other.body(), StandardCharsets.UTF_8)).contains("không có quyền");
        assertThat(get("/api/v1/reports/progress-report.docx", "xa-hung-dien:demo123").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/reports/progress-reports.zip", "xa-hung-dien:demo123").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/reports/progress-report.docx", null).statusCode()).isEqualTo(401);
        HttpResponse<byte[]> format = get("/api/v1/reports/progress-report.docx?compareTo=01-06-2026", "lanhdao:demo123");
        assertThat(format.statusCode()).isEqualTo(400);
        assertThat(new String(format.body(), StandardCharsets.UTF_8)).contains("\"parameter\":\"compareTo\"");
        HttpResponse<byte[]> after = get("/api/v1/reports/progress-report.docx?asOf=2026-06-01&compareTo=2026-07-01",
                "lanhdao:demo123");
        assertThat(after.statusCode()).isEqualTo(400);
        assertThat(new String(after.body(), StandardCharsets.UTF_8))
                .contains("\"parameter\":\"compareTo\"", "Ngày so sánh (compareTo) phải trước ngày báo cáo 2026-06-01");
    }

    @Test
    void oneProgressReportPerCommuneInAZip() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/progress-reports.zip?asOf=2026-06-01", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).matches("bao-cao-nghi-quyet-34-[a-z0-9-]+-2026-06-01\\.docx");
                try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(zip.readAllBytes()))) {
                    assertThat(doc.getTables().get(3).getNumberOfRows()).isEqualTo(2); // header and the commune
                }
                entries++;
            }
        }
        assertThat(entries).isEqualTo(96);
    }

    @Test
    void onePackPerCommuneInAZip() throws Exception {
        HttpResponse<byte[]> response = get("/api/v1/reports/meeting-packs.zip?asOf=2026-06-01", "lanhdao:demo123");
        assertThat(response.statusCode()).isEqualTo(200);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(entry.getName()).matches("bao-cao-hop-[a-z0-9-]+-2026-06-01\\.pdf");
                assertThat(zip.readNBytes(5)).isEqualTo("%PDF-".getBytes(StandardCharsets.US_ASCII));
                entries++;
            }
        }
        assertThat(entries).isEqualTo(96);
    }

    private HttpResponse<byte[]> get(String path, String credentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
