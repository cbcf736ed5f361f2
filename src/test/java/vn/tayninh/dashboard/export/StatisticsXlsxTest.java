package vn.tayninh.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The statistics table read back with POI equals the engine: each commune's row its breakdowns and seats, the
 * total row the province's; Vietnamese headers, frozen header, number formats. And who may export what.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
class StatisticsXlsxTest {

    @Autowired
    ReportService reports;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;

    @Test
    void everyRowEqualsTheEngine() throws Exception {
        ReportRequest request = ReportRequest.live(Scope.province(), FixedClockConfig.TODAY, null);
        byte[] xlsx = TestUsers.callAs(Role.LEADER, null, () -> reports.statisticsXlsx(request));
        MeetingPackPdfTest.save("thong-ke-tay-ninh.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Thống kê");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Bảng thống kê cán bộ cơ sở");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Toàn tỉnh Tây Ninh (96 xã, phường) · Số liệu đến ngày 22/11/2026");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 2);
            Row groups = sheet.getRow(2);
            Row labels = sheet.getRow(3);
            Row units = sheet.getRow(4);
            assertThat(groups.getCell(0).getStringCellValue()).isEqualTo("Xã, phường");
            assertThat(groups.getCell(2).getStringCellValue()).isEqualTo("Tổng số cán bộ");
            assertThat(groups.getCell(3).getStringCellValue()).isEqualTo("Nữ");
            assertThat(units.getCell(3).getStringCellValue()).isEqualTo("Số lượng");
            assertThat(units.getCell(4).getStringCellValue()).isEqualTo("Tỷ lệ");
            assertThat(groups.getCell(5).getStringCellValue()).isEqualTo("Dân tộc thiểu số");
            assertThat(groups.getCell(7).getStringCellValue()).isEqualTo("Cấp ủy viên");
            assertThat(groups.getCell(9).getStringCellValue()).isEqualTo("Độ tuổi");
            assertThat(labels.getCell(9).getStringCellValue()).isEqualTo("Dưới 30");
            // "Tổng số cán bộ" takes the three header rows: no unit under it
            assertThat(units.getCell(2).getStringCellValue()).isEmpty();
            assertThat(sheet.getMergedRegions()).anySatisfy(region -> {
                assertThat(region.getFirstRow()).isEqualTo(2);
                assertThat(region.getLastRow()).isEqualTo(4);
                assertThat(region.getFirstColumn()).isEqualTo(2);
                assertThat(region.getLastColumn()).isEqualTo(2);
            });
            int lastColumn = groups.getLastCellNum() - 1;
            int firstVacancy = lastColumn - Position.values().length + 1;
            assertThat(groups.getCell(firstVacancy).getStringCellValue()).isEqualTo("Chức danh, vị trí còn khuyết");
            assertThat(units.getCell(firstVacancy).getStringCellValue()).isEqualTo("Còn khuyết");
            // printed on A4 landscape, three pages wide, the header rows and the names repeated, the table the area
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:5"));
            assertThat(sheet.getRepeatingColumns()).isEqualTo(CellRangeAddress.valueOf("A:A"));
            assertThat(workbook.getPrintArea(0)).isEqualTo("'Thống kê'!$A$1:$"
                    + CellReference.convertNumToColString(lastColumn) + "$"
                    + (6 + communes.findAll().size()));

            List<Commune> all = communes.findAll();
            assertThat(sheet.getLastRowNum()).isEqualTo(5 + all.size());
            // every 8th commune in full, to keep the test quick; the total row covers them all
            for (int i = 0; i < all.size(); i += 8) {
                Commune commune = all.get(i);
                Row row = sheet.getRow(5 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(commune.getName());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(commune.getCode());
                Scope scope = Scope.commune(commune.getCode());
                assertRow(row, engine.breakdowns(scope, FixedClockConfig.TODAY),
                        engine.vacancies(scope, FixedClockConfig.TODAY));
            }
            Row total = sheet.getRow(5 + all.size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Toàn tỉnh");
            assertRow(total, engine.breakdowns(Scope.province(), FixedClockConfig.TODAY),
                    engine.vacancies(Scope.province(), FixedClockConfig.TODAY));
            assertThat((long) total.getCell(2).getNumericCellValue()).isEqualTo(
                    engine.overview(Scope.province(), FixedClockConfig.TODAY, null).target("T1").denominator());
            assertThat(total.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(total.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        }
    }

    private static void assertRow(Row row, Breakdowns b, List<Vacancy> vacancies) {
        Map<String, Long> gender = b.of(Population.ALL, Dimension.GENDER);
        long cadres = gender.values().stream().mapToLong(Long::longValue).sum();
        long committee = b.of(Population.COMMITTEE, Dimension.GENDER).values().stream().mapToLong(Long::longValue).sum();
        long minority = b.of(Population.ALL, Dimension.ETHNICITY).entrySet().stream()
                .filter(e -> !e.getKey().equals("Kinh") && !e.getKey().equals("UNKNOWN")).mapToLong(Map.Entry::getValue).sum();
        int c = 2;
        assertThat(row.getCell(c++).getNumericCellValue()).isEqualTo(cadres);
        c = assertCounted(row, c, gender.getOrDefault("NU", 0L), cadres);
        c = assertCounted(row, c, minority, cadres);
        c = assertCounted(row, c, committee, cadres);
        for (String band : StatisticsTable.AGE_BANDS) {
            c = assertCounted(row, c, b.of(Population.ALL, Dimension.AGE_BAND).getOrDefault(band, 0L), cadres);
        }
        for (String level : StatisticsTable.EDUCATION_LEVELS) {
            c = assertCounted(row, c, b.of(Population.ALL, Dimension.EDUCATION).getOrDefault(level, 0L), cadres);
        }
        for (String level : StatisticsTable.THEORY_LEVELS) {
            c = assertCounted(row, c, b.of(Population.ALL, Dimension.POLITICAL_THEORY).getOrDefault(level, 0L), cadres);
        }
        for (Position p : Position.values()) {
            int vacant = vacancies.stream().filter(v -> v.position() == p).findFirst().orElseThrow().vacant();
            assertThat(row.getCell(c++).getNumericCellValue()).as(p.name()).isEqualTo(vacant);
        }
    }

    private static int assertCounted(Row row, int c, long count, long of) {
        assertThat(row.getCell(c).getNumericCellValue()).isEqualTo(count);
        assertThat(row.getCell(c + 1).getNumericCellValue()).isCloseTo((double) count / of, Offset.offset(1e-9));
        return c + 2;
    }

    @Test
    void aCommuneEditorExportsOnlyTheirOwnCommune() {
        Commune own = communes.findByCode("xa-hung-dien").orElseThrow();
        ReportRequest mine = ReportRequest.live(Scope.commune(own.getCode()), FixedClockConfig.TODAY, null);
        ReportRequest other = mine.withScope(Scope.commune("phuong-tan-ninh"));
        ReportRequest province = mine.withScope(Scope.province());

        assertThat(TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> reports.meetingPack(mine)).scopeText())
                .isEqualTo("Xã Hưng Điền");
        assertThat(TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> reports.statistics(mine)).rows()).hasSize(1);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> reports.meetingPack(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> reports.statistics(province)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, own.getId(), () -> {
            reports.authorizeBatch();
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.LEADER, Role.BOARD, Role.ADMIN)) {
            assertThat(TestUsers.callAs(role, null, () -> reports.meetingPack(other)).scopeText()).isEqualTo("Phường Tân Ninh");
        }
        assertThatThrownBy(() -> reports.meetingPack(province)).isInstanceOf(AccessDeniedException.class);
    }
}
