package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.training.PlanOutcomes;
import vn.tayninh.dashboard.training.TrainingCourse;
import vn.tayninh.dashboard.training.TrainingPlans;

/**
 * The training plan's two sheets of record: "Danh sách cử đi đào tạo" (a sheet per course: each person with commune,
 * title, current levels, status and the reason for the proposal) and the plan's outcome table (per target: today, at
 * 2030 without and with the plan, the persons the plan adds and those still missing, the fewest places per year).
 * Counts are numeric cells; A4 landscape, one page wide.
 */
final class TrainingXlsx {

    private TrainingXlsx() {
    }

    /** The list's column widths, in characters. */
    private static final int[] WIDTHS = {6, 26, 22, 24, 14, 18, 26, 60};

    /** One course and its persons. */
    record CourseList(TrainingCourse course, List<TrainingPlans.ParticipantView> persons) {
    }

    static void participants(String planName, List<CourseList> courses, PackText text, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            styles.text.setWrapText(true);
            styles.text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            int n = 0;
            for (CourseList list : courses) {
                TrainingCourse course = list.course();
                String name = WorkbookUtil.createSafeSheetName(++n + ". " + course.getTitle());
                Sheet sheet = workbook.createSheet(name);
                XlsxStyles.cell(sheet.createRow(0), 0, text.t("export.training.list.title"), styles.title);
                XlsxStyles.cell(sheet.createRow(1), 0, text.t("export.training.list.caption", planName,
                        course.getTitle(), text.t("training.kind." + course.getKind().name()),
                        Formats.date(course.getStartDate()), Formats.date(course.getEndDate()),
                        Formats.integer(course.getPlaces()), text.t(course.isPerCommune()
                                ? "export.training.list.perCommune" : "export.training.list.inTotal")), styles.caption);
                String[] headers = {"no", "name", "commune", "positions", "education", "theory", "state", "reason"};
                Row header = sheet.createRow(3);
                header.setHeightInPoints(30);
                for (int c = 0; c < headers.length; c++) {
                    XlsxStyles.cell(header, c, text.t("export.training.list." + headers[c]), styles.header);
                }
                int r = 4;
                for (TrainingPlans.ParticipantView p : list.persons()) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r - 3);
                    row.getCell(0).setCellStyle(styles.integer);
                    XlsxStyles.cell(row, 1, p.fullName(), styles.text);
                    XlsxStyles.cell(row, 2, p.communeName(), styles.text);
                    XlsxStyles.cell(row, 3, String.join(", ", p.titles().stream()
                            .map(code -> text.t("position." + code)).toList()), styles.text);
                    XlsxStyles.cell(row, 4, p.education() == null ? "" : text.t("education." + p.education().name()),
                            styles.text);
                    XlsxStyles.cell(row, 5, p.theory() == null ? "" : text.t("theory." + p.theory().name()),
                            styles.text);
                    String state = text.t("training.state." + p.state().name());
                    if (p.removal() != null) {
                        state += ": " + text.t("training.removal." + p.removal().name())
                                + (p.removalNote() == null ? "" : " – " + p.removalNote());
                    } else if (p.removalNote() != null) {
                        state += ": " + p.removalNote();
                    }
                    XlsxStyles.cell(row, 6, state, styles.text);
                    XlsxStyles.cell(row, 7, p.reason(), styles.text);
                    // the office suites do not grow a row for wrapped text by themselves: as many lines as the
                    // longest cell needs at its column's width
                    int lines = 1;
                    for (int c = 1; c < WIDTHS.length; c++) {
                        String value = row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue();
                        lines = Math.max(lines, (int) Math.ceil(value.length() * 1.1 / WIDTHS[c]));
                    }
                    row.setHeightInPoints(lines * 14f);
                    r++;
                }
                if (list.persons().isEmpty()) {
                    XlsxStyles.cell(sheet.createRow(r), 1, text.t("export.training.list.none"), styles.caption);
                }
                for (int c = 0; c < WIDTHS.length; c++) {
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                printed(sheet, 3);
            }
            if (courses.isEmpty()) {
                Sheet sheet = workbook.createSheet(text.t("export.training.list.sheet"));
                XlsxStyles.cell(sheet.createRow(0), 0, text.t("export.training.list.title"), styles.title);
                XlsxStyles.cell(sheet.createRow(1), 0, text.t("export.training.list.noCourse", planName), styles.caption);
            }
            workbook.write(out);
        }
    }

    static void outcome(PlanOutcomes.PlanOutcome outcome, String scopeText, PackText text, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(text.t("export.training.outcome.sheet"));
            XlsxStyles.cell(sheet.createRow(0), 0, text.t("export.training.outcome.title"), styles.title);
            XlsxStyles.cell(sheet.createRow(1), 0, text.t("export.training.outcome.caption", outcome.plan().getName(),
                    scopeText, Formats.date(outcome.asOf()), Formats.date(outcome.to())), styles.caption);
            Row groups = sheet.createRow(3);
            Row units = sheet.createRow(4);
            groups.setHeightInPoints(48);
            units.setHeightInPoints(30);
            for (int c = 0; c < 16; c++) {
                XlsxStyles.cell(groups, c, "", styles.header);
                XlsxStyles.cell(units, c, "", styles.header);
            }
            XlsxStyles.cell(groups, 0, text.t("export.training.outcome.target"), styles.header);
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 0, 0));
            String[] blocks = {"today", "natural", "withPlan"};
            for (int b = 0; b < blocks.length; b++) {
                int first = 1 + b * 3;
                XlsxStyles.cell(groups, first, text.t("export.training.outcome." + blocks[b]), styles.header);
                sheet.addMergedRegion(new CellRangeAddress(3, 3, first, first + 2));
                XlsxStyles.cell(units, first, text.t("export.training.outcome.x"), styles.header);
                XlsxStyles.cell(units, first + 1, text.t("export.training.outcome.n"), styles.header);
                XlsxStyles.cell(units, first + 2, text.t("export.training.outcome.value"), styles.header);
            }
            String[] tail = {"status", "byPlan", "missing", "places", "extraPlaces", "kinds"};
            for (int i = 0; i < tail.length; i++) {
                XlsxStyles.cell(groups, 10 + i, text.t("export.training.outcome." + tail[i]), styles.header);
                sheet.addMergedRegion(new CellRangeAddress(3, 4, 10 + i, 10 + i));
            }
            int r = 5;
            for (PlanOutcomes.TargetOutcome target : outcome.targets()) {
                if (target.kinds().isEmpty()) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                XlsxStyles.cell(row, 0, target.code() + " · " + text.t("target." + target.code() + ".name"),
                        styles.text);
                figures(row, 1, target.today(), styles);
                figures(row, 4, target.natural(), styles);
                figures(row, 7, target.withPlan(), styles);
                XlsxStyles.cell(row, 10, text.t("status." + target.withPlan().status().name()), styles.text);
                number(row, 11, target.byPlan(), styles);
                number(row, 12, target.missingAfterPlan(), styles);
                places(row, 13, target.placesPerYear(), styles, text);
                places(row, 14, target.extraPlacesPerYear(), styles, text);
                XlsxStyles.cell(row, 15, String.join(", ", target.kinds().stream()
                        .map(k -> text.t("training.kind." + k.name())).toList()), styles.text);
            }
            XlsxStyles.cell(sheet.createRow(r + 1), 0, text.t("export.training.outcome.note"), styles.caption);
            sheet.setColumnWidth(0, 46 * 256);
            for (int c = 1; c < 15; c++) {
                sheet.setColumnWidth(c, (c >= 10 ? 13 : 9) * 256);
            }
            sheet.setColumnWidth(15, 56 * 256);
            sheet.createFreezePane(1, 5);
            printed(sheet, 4);
            workbook.write(out);
        }
    }

    private static void figures(Row row, int column, Forecast.Figures figures, XlsxStyles styles) {
        number(row, column, figures.numerator(), styles);
        number(row, column + 1, figures.denominator(), styles);
        if (figures.value() == null) {
            XlsxStyles.cell(row, column + 2, "–", styles.text);
        } else {
            row.createCell(column + 2).setCellValue(figures.value());
            row.getCell(column + 2).setCellStyle(styles.percent);
        }
    }

    private static void number(Row row, int column, Long value, XlsxStyles styles) {
        if (value == null) {
            XlsxStyles.cell(row, column, "–", styles.text);
        } else {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(styles.integer);
        }
    }

    private static void places(Row row, int column, Integer value, XlsxStyles styles, PackText text) {
        if (value == null) {
            XlsxStyles.cell(row, column, text.t("export.training.outcome.tooLate"), styles.text);
        } else {
            number(row, column, value.longValue(), styles);
        }
    }

    private static void printed(Sheet sheet, int headerLastRow) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(headerLastRow, headerLastRow, -1, -1));
    }
}
