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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

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
