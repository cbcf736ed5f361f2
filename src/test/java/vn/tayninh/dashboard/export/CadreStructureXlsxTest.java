package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
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
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The cadre structure form on a hand-made roster of two communes at 01/06/2026, read back with POI: each title row
 * equals the seats filled as the engine counts them, every group of columns adds up to the row's total, a cadre with
 * several titles is in each title's row and once in the total row. Expected numbers are counted by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CadreStructureXlsxTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    // columns: total, women, minority, 6 age bands, average age, 7 education levels, 5 theory levels
    private static final int TOTAL = 2;
    private static final int WOMEN = 3;
    private static final int MINORITY = 4;
    private static final int AGE = 5;
    private static final int AVERAGE = 11;
    private static final int EDUCATION = 12;
    private static final int THEORY = 19;

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    private Commune hungDien;
    private Commune tanNinh;

    @BeforeEach
    void roster() {
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        Cadre a1 = cadre(hungDien, Gender.NAM, LocalDate.of(1970, 1, 1), "Kinh", Education.THAC_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP); // 56
        hold(a1, Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV);
        Cadre a2 = cadre(hungDien, Gender.NU, LocalDate.of(1996, 6, 2), "Khmer", Education.DAI_HOC,
                PoliticalTheory.SO_CAP); // 29: turns 30 the day after
        hold(a2, Position.PCT_UBND, Position.BCH);
        Cadre a3 = cadre(hungDien, Gender.NU, LocalDate.of(1996, 6, 1), "Kinh", Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP); // 30 on the day
        hold(a3, Position.BTV);
        cadre(hungDien, Gender.NAM, null, null, Education.CAO_DANG, null); // unknown age, ethnicity and theory
        Cadre a5 = cadre(hungDien, Gender.NU, LocalDate.of(1966, 6, 1), "Chăm", Education.TRUNG_CAP,
                PoliticalTheory.CHUA_CO); // left before the date
        PositionHolding seat = hold(a5, Position.PHO_BI_THU_TT)[0];
        a5.leave(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        seat.end(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        Cadre a6 = cadre(hungDien, Gender.NAM, LocalDate.of(1980, 3, 15), "Kinh", Education.DUOI_TRUNG_CAP,
                PoliticalTheory.TRUNG_CAP); // 46
        hold(a6, Position.CT_UBND)[0].end(AS_OF, EndReason.TRANSFER); // the end date is exclusive
        hold(a6, Position.PCT_HDND);
        Cadre b1 = cadre(tanNinh, Gender.NU, LocalDate.of(1966, 6, 1), "Kinh", Education.TIEN_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP); // 60
        hold(b1, Position.BI_THU, Position.BCH);
        em.flush();
    }

    @Test
    void theProvinceFormCountsByHand() throws Exception {
        ReportRequest request = ReportRequest.live(Scope.province(), AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.BOARD, null, () -> reports.cadreStructureXlsx(request));
        MeetingPackPdfTest.save("bieu-can-bo-chu-chot-tay-ninh.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("BAN TỔ CHỨC TỈNH ỦY TÂY NINH");
            assertThat(text(sheet.getRow(2), 0)).isEqualTo("BIỂU THỐNG KÊ SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ CHỦ CHỐT CẤP XÃ");
            assertThat(text(sheet.getRow(4), 0)).isEqualTo("Số liệu đến ngày 01/06/2026");
            assertThat(text(sheet.getRow(6), TOTAL)).isEqualTo("Tổng số");
            assertThat(text(sheet.getRow(6), AGE)).isEqualTo("Độ tuổi");
            assertThat(text(sheet.getRow(7), EDUCATION + 6)).isEqualTo("Chưa rõ");

            List<String> labels = List.of("Bí thư", "Phó Bí thư thường trực", "Chủ tịch HĐND", "Phó Chủ tịch HĐND",
                    "Chủ tịch UBND", "Phó Chủ tịch UBND", "Ủy viên Ban Thường vụ", "Ủy viên Ban Chấp hành",
                    "Tổng số cán bộ cấp xã");
            for (int i = 0; i < labels.size(); i++) {
                assertThat(text(sheet.getRow(8 + i), 1)).isEqualTo(labels.get(i));
                assertAddsUp(sheet.getRow(8 + i));
            }
            // each title row: the seats filled as the engine counts them
            var vacancies = engine.vacancies(Scope.province(), AS_OF);
            for (int i = 0; i < CadreStructureXlsx.TITLES.size(); i++) {
                Position title = CadreStructureXlsx.TITLES.get(i);
                int filled = vacancies.stream().filter(v -> v.position() == title).findFirst().orElseThrow().filled();
                assertThat(number(sheet.getRow(8 + i), TOTAL)).as(title.name()).isEqualTo(filled);
            }
            Row biThu = sheet.getRow(8);
            assertThat(counts(biThu)).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 1L, 1L, 0L);
            assertThat(biThu.getCell(AVERAGE).getNumericCellValue()).isEqualTo(58.0);
            assertThat(number(sheet.getRow(9), TOTAL)).isZero(); // the only one left before the date
            assertThat(number(sheet.getRow(12), TOTAL)).isZero(); // the holding ended on the date
            assertThat(counts(sheet.getRow(13))).containsExactly(1L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 0L);
            assertThat(counts(sheet.getRow(14))).containsExactly(2L, 1L, 0L, 0L, 1L, 0L, 1L, 0L, 0L);
            assertThat(number(sheet.getRow(15), TOTAL)).isEqualTo(3);

            // a1 holds four titles and is one of six cadres
            Row all = sheet.getRow(16);
            assertThat(counts(all)).containsExactly(6L, 3L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
            assertThat(all.getCell(AVERAGE).getNumericCellValue()).isEqualTo(44.2);
            assertThat(range(all, EDUCATION, 7)).containsExactly(1L, 1L, 2L, 1L, 0L, 1L, 0L);
            assertThat(range(all, THEORY, 5)).containsExactly(2L, 2L, 1L, 0L, 1L);
            assertThat(sheet.getLastRowNum()).isGreaterThan(16);
            assertThat(text(sheet.getRow(18), 0)).startsWith("Ghi chú: dân tộc thiểu số");
            assertThat(text(sheet.getRow(20), 1)).isEqualTo("Người lập biểu");
            assertThat(text(sheet.getRow(20), 18)).isEqualTo("Thủ trưởng đơn vị");

            // the second sheet: a line per commune, then its nine rows
            Sheet byCommune = workbook.getSheetAt(1);
            assertThat(byCommune.getSheetName()).isEqualTo("Các xã, phường");
            int r = 8;
            for (Commune commune : engine.communes(Scope.province())) {
                assertThat(text(byCommune.getRow(r), 1)).isEqualTo(commune.getName());
                if (commune.getId().equals(tanNinh.getId())) {
                    assertThat(number(byCommune.getRow(r + 1), TOTAL)).isEqualTo(1);
                    assertThat(number(byCommune.getRow(r + 9), TOTAL)).isEqualTo(1);
                    assertThat(number(byCommune.getRow(r + 8), TOTAL)).isEqualTo(1);
                } else if (commune.getId().equals(hungDien.getId())) {
                    assertThat(number(byCommune.getRow(r + 9), TOTAL)).isEqualTo(5);
                }
                for (int i = 1; i <= 9; i++) {
                    assertAddsUp(byCommune.getRow(r + i));
                }
                r += 10;
            }
        }
    }

    @Test
    void aCommuneEditorHasOnlyTheirOwnCommune() throws Exception {
        ReportRequest own = ReportRequest.live(Scope.commune(hungDien.getCode()), AS_OF, null);
        byte[] xlsx = TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(), () -> reports.cadreStructureXlsx(own));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("ĐẢNG ỦY XÃ HƯNG ĐIỀN");
            assertThat(number(sheet.getRow(8), TOTAL)).isEqualTo(1);
            assertThat(number(sheet.getRow(16), TOTAL)).isEqualTo(5);
        }
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> reports.cadreStructureXlsx(own.withScope(Scope.commune(tanNinh.getCode())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, hungDien.getId(),
                () -> reports.cadreStructureXlsx(own.withScope(Scope.province()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Age bands, education and theory each add up to the total; women and minorities are within it. */
    private static void assertAddsUp(Row row) {
        long total = number(row, TOTAL);
        assertThat(number(row, WOMEN)).isLessThanOrEqualTo(total);
        assertThat(number(row, MINORITY)).isLessThanOrEqualTo(total);
        assertThat(range(row, AGE, 6).stream().mapToLong(Long::longValue).sum()).as(text(row, 1)).isEqualTo(total);
        assertThat(range(row, EDUCATION, 7).stream().mapToLong(Long::longValue).sum()).as(text(row, 1)).isEqualTo(total);
        assertThat(range(row, THEORY, 5).stream().mapToLong(Long::longValue).sum()).as(text(row, 1)).isEqualTo(total);
    }

    /** Total, women, minority and the six age bands. */
    private static List<Long> counts(Row row) {
        return range(row, TOTAL, 9);
    }

    private static List<Long> range(Row row, int from, int n) {
        return java.util.stream.IntStream.range(from, from + n).mapToObj(c -> number(row, c)).toList();
    }

    private static long number(Row row, int column) {
        return (long) row.getCell(column).getNumericCellValue();
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private Cadre cadre(Commune commune, Gender gender, LocalDate birth, String ethnicity, Education education,
                        PoliticalTheory theory) {
        return HandMadeRoster.cadre(em, commune, "Cán bộ " + gender + " " + birth, MERGER, gender, birth, ethnicity,
                education, theory, false);
    }

    private PositionHolding[] hold(Cadre cadre, Position... positions) {
        return HandMadeRoster.hold(em, cadre, MERGER, positions);
    }
}
