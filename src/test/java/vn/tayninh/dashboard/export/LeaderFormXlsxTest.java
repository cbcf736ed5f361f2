package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Biểu 9C and Biểu 12C on a hand-made roster of two communes at 01/06/2026, read back with POI: every cell counted by hand
 * (including the age edges 40/41 and 50/51 on the birthday), numeric cells, a sheet per commune whose cells add up to
 * the province's sheet, and the reports' rights.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class LeaderFormXlsxTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final int FIRST_COUNT = LeaderFormXlsx.FIRST_COUNT_COLUMN;
    static final int COLUMNS = 8;

    @Autowired
    ReportService reports;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    Commune hungDien;
    Commune tanNinh;
    Cadre a1;
    Cadre a2;
    Cadre a3;
    Cadre b1;
    Cadre a4;
    Cadre a6;

    @BeforeEach
    void roster() {
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        a1 = cadre(hungDien, Gender.NAM, LocalDate.of(1970, 1, 1), "Kinh", Education.THAC_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP); // 56
        hold(a1, Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV);
        a2 = cadre(hungDien, Gender.NU, LocalDate.of(1985, 6, 1), "Khmer", Education.DAI_HOC,
                PoliticalTheory.SO_CAP); // turns 41 on the day
        hold(a2, Position.PCT_UBND, Position.BCH);
        a3 = cadre(hungDien, Gender.NU, LocalDate.of(1985, 6, 2), "Kinh", Education.CAO_DANG,
                PoliticalTheory.TRUNG_CAP); // still 40
        hold(a3, Position.BTV);
        a4 = cadre(hungDien, Gender.NAM, null, null, Education.CAO_DANG, null); // unknown age, ethnicity, theory
        hold(a4, Position.PCT_UBND);
        Cadre a5 = cadre(hungDien, Gender.NU, LocalDate.of(1966, 6, 1), "Chăm", Education.TRUNG_CAP,
                PoliticalTheory.CHUA_CO); // left before the date
        PositionHolding seat = hold(a5, Position.PHO_BI_THU_TT)[0];
        a5.leave(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        seat.end(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        a6 = cadre(hungDien, Gender.NAM, LocalDate.of(1975, 6, 2), "Kinh", Education.DUOI_TRUNG_CAP,
                PoliticalTheory.TRUNG_CAP); // still 50
        hold(a6, Position.CT_UBND)[0].end(AS_OF, EndReason.TRANSFER); // the end date is exclusive
        hold(a6, Position.PCT_HDND);
        b1 = cadre(tanNinh, Gender.NU, LocalDate.of(1966, 6, 1), "Kinh", Education.TIEN_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP); // 60
        hold(b1, Position.BI_THU, Position.BCH);
        em.flush();
    }

    @Test
    void form9cCountsByHandAndTheCommunesAddUpToTheProvince() throws Exception {
        ReportRequest request = ReportRequest.live(Scope.province(), AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.LEADER, null, () -> reports.form9cXlsx(request));
        MeetingPackPdfTest.save("bieu-9c-tay-ninh.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Toàn tỉnh");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("BAN TỔ CHỨC TỈNH ỦY TÂY NINH");
            assertThat(text(sheet.getRow(1), FIRST_COUNT + COLUMNS - 4)).isEqualTo("Biểu số 9C");
            assertThat(text(sheet.getRow(2), 0)).isEqualTo("SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP XÃ");
            assertThat(text(sheet.getRow(4), 0)).isEqualTo("Người đang giữ chức danh tại ngày 01/06/2026 (đơn vị tính: người)");
            // columns: BCH, BTV, then groups Bí thư/Phó Bí thư, HĐND, UBND
            assertThat(headers(sheet)).containsExactly("Ủy viên Ban Chấp hành", "Ủy viên Ban Thường vụ",
                    "Bí thư, Phó Bí thư", "", "Hội đồng nhân dân", "", "Ủy ban nhân dân", "");
            assertThat(labels(sheet)).containsExactly("", "", "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch",
                    "Chủ tịch", "Phó Chủ tịch");

            //                                      BCH BTV BT PBT CTH PCTH CTU PCTU
            assertThat(row(sheet, "Tổng số")).containsExactly(3L, 2L, 2L, 0L, 1L, 1L, 0L, 2L);
            assertThat(row(sheet, "Nữ")).containsExactly(2L, 1L, 1L, 0L, 0L, 0L, 0L, 1L);
            assertThat(row(sheet, "Dân tộc thiểu số")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
            assertThat(row(sheet, "Từ 40 tuổi trở xuống")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
            assertThat(row(sheet, "Từ 41 đến 50 tuổi")).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L, 1L);
            assertThat(row(sheet, "Trên 50 tuổi")).containsExactly(2L, 1L, 2L, 0L, 1L, 0L, 0L, 0L);
            assertThat(row(sheet, "Cao đẳng")).containsExactly(0L, 1L, 0L, 0L, 0L, 0L, 0L, 1L);
            assertThat(row(sheet, "Đại học")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
            assertThat(row(sheet, "Trên đại học")).containsExactly(2L, 1L, 2L, 0L, 1L, 0L, 0L, 0L);
            assertThat(row(sheet, "Sơ cấp")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
            assertThat(row(sheet, "Trung cấp")).containsExactly(0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(row(sheet, "Cao cấp, cử nhân")).containsExactly(2L, 1L, 2L, 0L, 1L, 0L, 0L, 0L);
            assertThat(text(sheet.getRow(8 + 3), 1)).isEqualTo("Độ tuổi");
            assertThat(sheet.getRow(8).getCell(FIRST_COUNT).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(notes(sheet)).contains("Ủy ban Kiểm tra và Mặt trận Tổ quốc");

            assertSheetsAddUp(workbook, 96, List.of(
                    "Tổng số", "Nữ", "Dân tộc thiểu số", "Từ 40 tuổi trở xuống", "Từ 41 đến 50 tuổi", "Trên 50 tuổi",
                    "Cao đẳng", "Đại học", "Trên đại học", "Sơ cấp", "Trung cấp", "Cao cấp, cử nhân"));
            assertThat(row(workbook.getSheet("Phường Tân Ninh"), "Tổng số"))
                    .containsExactly(1L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
            assertThat(row(workbook.getSheet("Xã Hưng Điền"), "Tổng số"))
                    .containsExactly(2L, 2L, 1L, 0L, 1L, 1L, 0L, 2L);
            assertThat(workbook.getSheet("Xã Hưng Điền").getPrintSetup().getLandscape()).isTrue();
            assertThat(workbook.getSheet("Xã Hưng Điền").getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        }
    }

    @Test
    void aCommuneEditorHasOnlyTheirOwnCommunesForm9c() throws Exception {
        ReportRequest own = ReportRequest.live(Scope.commune(hungDien.getCode()), AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(), () -> reports.form9cXlsx(own));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Xã Hưng Điền");
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("ĐẢNG ỦY XÃ HƯNG ĐIỀN");
            assertThat(row(sheet, "Tổng số")).containsExactly(2L, 2L, 1L, 0L, 1L, 1L, 0L, 2L);
        }
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> reports.form9cXlsx(own.withScope(Scope.commune(tanNinh.getCode())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> reports.form9cXlsx(own.withScope(Scope.province()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void form12cCountsPersonTitleEntriesInEffect() throws Exception {
        LocalDate planned = LocalDate.of(2026, 1, 15);
        // a2 planned for three titles counts three times, once in each column
        HandMadeRoster.planned(em, a2, "PLAN", "BI_THU", planned);
        HandMadeRoster.planned(em, a2, "PLAN", "CT_UBND", planned);
        HandMadeRoster.planned(em, a2, "PLAN", "CT_HDND", planned);
        HandMadeRoster.planned(em, a3, "PLAN", "PCT_UBND", planned);
        HandMadeRoster.entry(em, a6, HandMadeRoster.NEXT_TERM, "PLAN", "BTV", "APPROVED", planned, AS_OF); // ended
        HandMadeRoster.planned(em, b1, "PLAN", "BCH", AS_OF.plusMonths(1)); // not yet in effect
        HandMadeRoster.planned(em, b1, "PLAN", "PHO_BI_THU_TT", planned);
        HandMadeRoster.planned(em, a4, "PLAN", "KEY_UNKNOWN", planned); // title not known: no column
        HandMadeRoster.entry(em, a1, HandMadeRoster.NEXT_TERM, "PLAN", "BCH", "PROPOSED", null, null); // a proposal
        em.flush();

        ReportRequest request = ReportRequest.live(Scope.province(), AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.BOARD, null, () -> reports.form12cXlsx(request));
        MeetingPackPdfTest.save("bieu-12c-tay-ninh.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(1), FIRST_COUNT + COLUMNS - 4)).isEqualTo("Biểu số 12C");
            assertThat(text(sheet.getRow(2), 0)).isEqualTo("KẾT QUẢ QUY HOẠCH CÁN BỘ LÃNH ĐẠO, QUẢN LÝ CẤP XÃ");
            assertThat(text(sheet.getRow(4), 0))
                    .isEqualTo("Quy hoạch có hiệu lực tại ngày 01/06/2026 (đơn vị tính: lượt người)");
            assertThat(headers(sheet)).containsExactly("UV BCH", "UV BTV", "Bí thư", "Phó Bí thư", "Chủ tịch UBND",
                    "Phó Chủ tịch UBND", "Chủ tịch HĐND", "Phó Chủ tịch HĐND");
            //                                      BCH BTV BT PBT CTU PCTU CTH PCTH
            assertThat(row(sheet, "Tổng số")).containsExactly(0L, 0L, 1L, 1L, 1L, 1L, 1L, 0L);
            assertThat(row(sheet, "Nữ")).containsExactly(0L, 0L, 1L, 1L, 1L, 1L, 1L, 0L);
            assertThat(row(sheet, "Dân tộc thiểu số")).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L);
            assertThat(row(sheet, "Từ 40 tuổi trở xuống")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(row(sheet, "Từ 41 đến 50 tuổi")).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L);
            assertThat(row(sheet, "Trên 50 tuổi")).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
            assertThat(row(sheet, "Cao đẳng")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(row(sheet, "Đại học")).containsExactly(0L, 0L, 1L, 0L, 1L, 0L, 1L, 0L);
            assertThat(row(sheet, "Trên đại học")).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
            assertThat(row(sheet, "Trung cấp")).containsExactly(0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
            assertThat(row(sheet, "Cao cấp, cử nhân")).containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
            assertThatThrownBy(() -> row(sheet, "Sơ cấp")).isInstanceOf(AssertionError.class); // not a row of 12C
            // five person-title entries of three persons
            assertThat(row(sheet, "Tổng số").stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
            assertThat(notes(sheet)).contains("lượt người", "Ủy ban Kiểm tra và Mặt trận Tổ quốc");
            assertThat(sheetText(sheet)).contains("Ngoài ra có 1 lượt quy hoạch chưa rõ chức danh");

            assertSheetsAddUp(workbook, 96, List.of("Tổng số", "Nữ", "Dân tộc thiểu số", "Từ 40 tuổi trở xuống",
                    "Từ 41 đến 50 tuổi", "Trên 50 tuổi", "Cao đẳng", "Đại học", "Trên đại học", "Trung cấp",
                    "Cao cấp, cử nhân"));
            assertThat(row(workbook.getSheet("Xã Hưng Điền"), "Tổng số"))
                    .containsExactly(0L, 0L, 1L, 0L, 1L, 1L, 1L, 0L);
            assertThat(row(workbook.getSheet("Phường Tân Ninh"), "Tổng số"))
                    .containsExactly(0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
        }
        ReportRequest own = ReportRequest.live(Scope.commune(hungDien.getCode()), AS_OF, null);
        TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(), () -> reports.form12cXlsx(own));
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> reports.form12cXlsx(own.withScope(Scope.commune(tanNinh.getCode())))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String sheetText(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> {
            if (cell.getCellType() == CellType.STRING) {
                all.append(cell.getStringCellValue()).append('\n');
            }
        }));
        return all.toString();
    }

    /** The first sheet is the sum of the {@code communes} sheets that follow it, cell by cell, row by row. */
    static void assertSheetsAddUp(XSSFWorkbook workbook, int communes, List<String> rows) {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + communes);
        Sheet total = workbook.getSheetAt(0);
        for (String label : rows) {
            long[] sum = new long[COLUMNS];
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                List<Long> cells = row(workbook.getSheetAt(s), label);
                for (int c = 0; c < COLUMNS; c++) {
                    sum[c] += cells.get(c);
                }
            }
            assertThat(row(total, label)).as(label).containsExactly(java.util.Arrays.stream(sum).boxed()
                    .toArray(Long[]::new));
        }
    }

    /** The counts of the row labelled {@code label}. */
    static List<Long> row(Sheet sheet, String label) {
        for (int r = LeaderFormXlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(1) != null && label.equals(row.getCell(1).getStringCellValue())) {
                List<Long> counts = new ArrayList<>();
                for (int c = FIRST_COUNT; c < FIRST_COUNT + COLUMNS; c++) {
                    counts.add((long) row.getCell(c).getNumericCellValue());
                }
                return counts;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    static List<String> headers(Sheet sheet) {
        return cells(sheet.getRow(LeaderFormXlsx.HEADER_FIRST_ROW));
    }

    static List<String> labels(Sheet sheet) {
        return cells(sheet.getRow(LeaderFormXlsx.HEADER_FIRST_ROW + 1));
    }

    static String notes(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (int r = LeaderFormXlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                all.append(row.getCell(0).getStringCellValue()).append('\n');
            }
        }
        return all.toString();
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = FIRST_COUNT; c < FIRST_COUNT + COLUMNS; c++) {
            texts.add(row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    Cadre cadre(Commune commune, Gender gender, LocalDate birth, String ethnicity, Education education,
                PoliticalTheory theory) {
        return HandMadeRoster.cadre(em, commune, "Cán bộ " + gender + " " + birth, MERGER, gender, birth, ethnicity,
                education, theory, false);
    }

    PositionHolding[] hold(Cadre cadre, Position... positions) {
        return HandMadeRoster.hold(em, cadre, MERGER, positions);
    }
}
