package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.roster.RosterFormat.Form;

/**
 * Writes cadre records as an Excel workbook (.xlsx) of one sheet, streamed: a few hundred rows in memory at a time.
 * Dates are date cells shown dd/mm/yyyy; every other cell is a text cell, which a spreadsheet never runs as a
 * formula; a text that looks like one ({@code =1+1}) is also marked with Excel's quote prefix, so that editing the
 * cell keeps it a text. The header row stays in view and has filters.
 */
final class RosterXlsxWriter implements RosterWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int HEADER_LINES = 3;

    private final OutputStream out;
    private final Form form;
    private final SortedSet<Integer> ratingYears;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle guardedText;
    private final CellStyle date;
    private final int columns;
    private int rows;

    RosterXlsxWriter(OutputStream out, Form form, SortedSet<Integer> ratingYears) {
        this.out = out;
        this.form = form;
        this.ratingYears = ratingYears;
        this.sheet = workbook.createSheet(RosterFormat.VIETNAMESE.get("roster.sheet"));
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setVerticalAlignment(VerticalAlignment.TOP);
        guardedText = workbook.createCellStyle();
        guardedText.cloneStyleFrom(text);
        guardedText.setQuotePrefixed(true);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        date.setVerticalAlignment(VerticalAlignment.TOP);
        date.setAlignment(HorizontalAlignment.LEFT);
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        headerStyle.setVerticalAlignment(VerticalAlignment.TOP);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        List<String> header = RosterFormat.header(form, ratingYears);
        columns = header.size();
        Row row = sheet.createRow(rows++);
        // room for headers wrapped on three lines: a streamed sheet does not measure them
        row.setHeightInPoints(HEADER_LINES * sheet.getDefaultRowHeightInPoints());
        for (int i = 0; i < header.size(); i++) {
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, width(i));
        }
        sheet.createFreezePane(2, 1);
        // printed: landscape, the header row and the commune and name columns on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:B"));
    }

    /** Column widths in characters: the name and the titles wide, dates and flags narrow. */
    private static int width(int index) {
        int characters;
        if (index == RosterFormat.Column.FULL_NAME.ordinal() || index == RosterFormat.Column.TITLES.ordinal()) {
            characters = 28;
        } else if (index == RosterFormat.Column.COMMUNE_CODE.ordinal()) {
            characters = 22;
        } else if (index <= RosterFormat.Column.BLOC.ordinal() || index >= RosterFormat.Column.STUDYING_FOR.ordinal()) {
            characters = 16;
        } else {
            characters = 14;
        }
        return characters * 256;
    }

    @Override
    public void write(CadreRecord record) {
        Row row = sheet.createRow(rows++);
        List<Object> cells = RosterCsvWriter.cells(form, record, ratingYears);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            SXSSFCell cell = (SXSSFCell) row.createCell(i);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value == null) {
                cell.setCellStyle(date);
            } else {
                String string = (String) value;
                if (!string.isEmpty()) {
                    cell.setCellValue(string);
                }
                cell.setCellStyle(looksLikeFormula(string) ? guardedText : text);
            }
        }
    }

    private static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }

    @Override
    public void flush() throws IOException {
        sheet.flushRows();
    }

    @Override
    public void finish() throws IOException {
        try {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
        }
    }
}
