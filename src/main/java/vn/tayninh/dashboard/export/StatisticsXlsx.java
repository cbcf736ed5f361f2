package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tayninh.dashboard.position.Position;

/**
 * Writes the {@link StatisticsTable} as one sheet: a title and caption, three header rows (group, item, "Số
 * lượng" / "Tỷ lệ"), frozen with the commune's name and code, one row per commune and the total row. Counts
 * are numbers formatted #,##0 and shares numbers formatted 0.0 %, so that the sheet can be summed and charted.
 */
final class StatisticsXlsx {

    static final int HEADER_ROWS = 5;
    static final int FIRST_DATA_ROW = HEADER_ROWS;

    private final PackText text;

    private StatisticsXlsx(PackText text) {
        this.text = text;
    }

    /** One column group of the header: an item counted with, or without, its share of all cadres. */
    private record Item(String group, String label, boolean withShare) {
    }

    static void write(StatisticsTable table, PackText text, OutputStream out) throws IOException {
        new StatisticsXlsx(text).write(table, out);
    }

    private void write(StatisticsTable table, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(t("export.stats.sheet"));
            List<Item> items = items();

            cell(sheet.createRow(0), 0, t("export.stats.title"), styles.title);
            cell(sheet.createRow(1), 0, table.scopeText() + " · " + table.asOfText(), styles.caption);
            Row groups = sheet.createRow(2);
            Row labels = sheet.createRow(3);
            Row units = sheet.createRow(4);
            groups.setHeightInPoints(30);
            labels.setHeightInPoints(45);
            for (int r = 2; r < HEADER_ROWS; r++) {
                for (int c = 0; c < 2 + columns(items); c++) {
                    cell(sheet.getRow(r), c, "", styles.header);
                }
            }
            cell(groups, 0, t("export.stats.commune"), styles.header);
            cell(groups, 1, t("export.stats.code"), styles.header);
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 1, 1));
            int column = 2;
            String currentGroup = null;
            int groupStart = column;
            for (Item item : items) {
                int width = item.withShare() ? 2 : 1;
                if (item.group() == null) {
                    cell(groups, column, item.label(), styles.header);
                    // a count alone ("Tổng số cán bộ") takes the three header rows; with a share, two above its units
                    sheet.addMergedRegion(new CellRangeAddress(2, item.withShare() ? 3 : 4, column,
                            column + width - 1));
                } else {
                    if (!item.group().equals(currentGroup)) {
                        closeGroup(sheet, currentGroup, groupStart, column - 1);
                        currentGroup = item.group();
                        groupStart = column;
                        cell(groups, column, item.group(), styles.header);
                    }
                    cell(labels, column, item.label(), styles.header);
                    if (width == 2) {
                        sheet.addMergedRegion(new CellRangeAddress(3, 3, column, column + 1));
                    }
                }
                if (item.withShare() || item.group() != null) {
                    cell(units, column, t(item.withShare() ? "export.stats.count" : "export.stats.vacant"),
                            styles.header);
                }
                if (item.withShare()) {
                    cell(units, column + 1, t("export.stats.percent"), styles.header);
                }
                column += width;
            }
            closeGroup(sheet, currentGroup, groupStart, column - 1);

            int r = FIRST_DATA_ROW;
            for (StatisticsTable.Row row : table.rows()) {
                write(sheet.createRow(r++), row, styles, false);
            }
            write(sheet.createRow(r), table.total(), styles, true);

            sheet.createFreezePane(2, HEADER_ROWS);
            sheet.setColumnWidth(0, 26 * 256);
            sheet.setColumnWidth(1, 20 * 256);
            for (int c = 2; c < column; c++) {
                sheet.setColumnWidth(c, 8 * 256);
            }
            units.setHeightInPoints(30);
            printOnFewPages(workbook, sheet, r, column - 1);
            workbook.write(out);
        }
    }

    /**
     * A4 landscape, three pages wide with the communes' names repeated at the left of each and the header rows at the
     * top of each page, as many pages down as the rows need (type of about 8 pt): nine pages for the province, not the
     * two dozen a printer makes at full size. The print area is the table, without the empty cells around it.
     */
    static void printOnFewPages(XSSFWorkbook workbook, Sheet sheet, int lastRow, int lastColumn) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 3);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.5);
        sheet.setRepeatingRows(new CellRangeAddress(2, HEADER_ROWS - 1, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
    }

    private static void closeGroup(Sheet sheet, String group, int from, int to) {
        if (group != null && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, from, to));
        }
    }

    private List<Item> items() {
        List<Item> items = new ArrayList<>();
        items.add(new Item(null, t("export.stats.cadres"), false));
        items.add(new Item(null, t("export.stats.women"), true));
        items.add(new Item(null, t("export.stats.minority"), true));
        items.add(new Item(null, t("export.stats.committee"), true));
        StatisticsTable.AGE_BANDS.forEach(b -> items.add(new Item(t("export.stats.age"), t("age." + b), true)));
        StatisticsTable.EDUCATION_LEVELS.forEach(l ->
                items.add(new Item(t("export.stats.education"), t("education." + l), true)));
        StatisticsTable.THEORY_LEVELS.forEach(l -> items.add(new Item(t("export.stats.theory"), t("theory." + l), true)));
        for (Position p : Position.values()) {
            items.add(new Item(t("export.stats.vacancies"), t("position." + p.name()), false));
        }
        return items;
    }

    private static int columns(List<Item> items) {
        return items.stream().mapToInt(i -> i.withShare() ? 2 : 1).sum();
    }

    /** The cells of a row in the order of {@link #items()}. */
    private void write(Row sheetRow, StatisticsTable.Row row, XlsxStyles styles, boolean total) {
        CellStyle text = total ? styles.totalText : styles.text;
        CellStyle integer = total ? styles.totalInteger : styles.integer;
        CellStyle percent = total ? styles.totalPercent : styles.percent;
        cell(sheetRow, 0, row.name(), text);
        cell(sheetRow, 1, row.code() == null ? "" : row.code(), text);
        int c = 2;
        number(sheetRow, c++, row.cadres(), integer);
        c = counted(sheetRow, c, row.women(), row.cadres(), integer, percent);
        c = counted(sheetRow, c, row.minority(), row.cadres(), integer, percent);
        c = counted(sheetRow, c, row.committee(), row.cadres(), integer, percent);
        for (Map<String, Long> part : List.of(row.ageBands(), row.education(), row.theory())) {
            for (long value : part.values()) {
                c = counted(sheetRow, c, value, row.cadres(), integer, percent);
            }
        }
        for (Position p : Position.values()) {
            number(sheetRow, c++, row.vacant().getOrDefault(p, 0), integer);
        }
    }

    private static int counted(Row row, int column, long count, long of, CellStyle integer, CellStyle percent) {
        number(row, column, count, integer);
        Cell share = row.createCell(column + 1);
        share.setCellStyle(percent);
        if (of > 0) {
            share.setCellValue((double) count / of);
        }
        return column + 2;
    }

    private static void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(ExportText.nfc(value));
        cell.setCellStyle(style);
    }

    private String t(String key, Object... params) {
        return text.t(key, params);
    }
}
