package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

/** Grids as CSV (UTF-8 with BOM, semicolons, Vietnamese decimals) and XLSX; the pack's font has every Vietnamese letter. */
class GridExportTest {

    record Person(String name, long cadres, Double share, LocalDate since) {
    }

    // decomposed on purpose: a name typed on some keyboards arrives as base letter + combining marks
    private static final String DECOMPOSED = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

    private final List<Person> people = List.of(new Person(DECOMPOSED, 1234, 0.8456, LocalDate.of(2026, 6, 2)),
            new Person("Trần Văn Đức; \"Út\"", 7, null, null));

    private GridExport<Person> export() {
        return GridExport.<Person>create("Cán bộ").title("Danh sách cán bộ", "Xã Hưng Điền · Số liệu đến ngày 22/11/2026")
                .text("Họ và tên", Person::name).integer("Số cán bộ", Person::cadres)
                .percent("Tỷ lệ", Person::share).date("Ngày bắt đầu", Person::since)
                .total(Arrays.asList("Tổng cộng", 1241L, null, null));
    }

    @Test
    void csvHasAByteOrderMarkSemicolonsAndVietnameseNumbers() {
        byte[] csv = export().csv(people);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList()).containsExactly(
                "Họ và tên;Số cán bộ;Tỷ lệ;Ngày bắt đầu",
                "Nguyễn Thị Ánh Tuyết;1234;84,6;02/06/2026",
                "\"Trần Văn Đức; \"\"Út\"\"\";7;;",
                "Tổng cộng;1241;;");
    }

    @Test
    void xlsxHasTitlesAFrozenHeaderNumbersAndTheTotalRow() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export().xlsx(people)))) {
            Sheet sheet = workbook.getSheet("Cán bộ");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Danh sách cán bộ");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Thị Ánh Tuyết");
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1234);
            assertThat(sheet.getRow(3).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(0.8456);
            assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(3).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1241);
        }
    }

    @Test
    void csvTextCellsThatASpreadsheetWouldRunAreNeutralisedAndNumbersStayNumbers() {
        List<Person> hostile = List.of(
                new Person("+cmd|' /C calc'!A0", -5, -0.25, null),
                new Person("=HYPERLINK(\"http://x\"&A2,\"Xem\")", 0, null, null),
                new Person("@SUM(A1)", 1, null, null),
                new Person("-Lê Văn Ba", 2, null, null),
                new Person("\tTab", 3, null, null),
                new Person("'=đã có dấu nháy", 4, null, null),
                new Person("Lê =Văn+Ba", 5, null, null));
        GridExport<Person> export = GridExport.<Person>create("Cán bộ").text("=Họ và tên", Person::name)
                .integer("Số cán bộ", Person::cadres).percent("Tỷ lệ", Person::share);

        byte[] csv = export.csv(hostile);

        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "'=Họ và tên;Số cán bộ;Tỷ lệ",
                "'+cmd|' /C calc'!A0;-5;-25,0",
                "\"'=HYPERLINK(\"\"http://x\"\"&A2,\"\"Xem\"\")\";0;",
                "'@SUM(A1);1;",
                "'-Lê Văn Ba;2;",
                "'\tTab;3;",
                "''=đã có dấu nháy;4;",
                "Lê =Văn+Ba;5;");
    }

    @Test
    void xlsxWritesAFormulaLikeTextAsAString() throws Exception {
        List<Person> hostile = List.of(new Person("=HYPERLINK(\"http://x\"&A2,\"Xem\")", -5, null, null));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export().xlsx(hostile)))) {
            Cell name = workbook.getSheet("Cán bộ").getRow(3).getCell(0);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\"&A2,\"Xem\")");
            Cell count = workbook.getSheet("Cán bộ").getRow(3).getCell(1);
            assertThat(count.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(count.getNumericCellValue()).isEqualTo(-5);
        }
    }

    @Test
    void thePacksFontHasEveryVietnameseLetter() throws Exception {
        BaseFont font = MeetingPackPdf.regularFont();
        String vowels = "aăâeêioôơuưy";
        String marks = "\u0300\u0301\u0303\u0309\u0323"; // huyền, sắc, ngã, hỏi, nặng
        StringBuilder letters = new StringBuilder("đĐ");
        for (char v : vowels.toCharArray()) {
            letters.append(v);
            for (char m : marks.toCharArray()) {
                letters.append(Normalizer.normalize("" + v + m, Normalizer.Form.NFC));
            }
        }
        String all = letters + letters.toString().toUpperCase(java.util.Locale.ROOT);
        assertThat(all.codePoints().count()).isEqualTo(2 * (2 + 12 * 6));
        all.codePoints().forEach(c -> assertThat(font.charExists(c)).as(Character.toString(c)).isTrue());
        assertThat(font.getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
    }
}
