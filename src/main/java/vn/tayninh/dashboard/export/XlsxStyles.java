package vn.tayninh.dashboard.export;

import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The few cell styles every exported sheet uses: title, header, text, count, share and their total-row forms. */
final class XlsxStyles {

    final CellStyle title;
    final CellStyle caption;
    final CellStyle header;
    final CellStyle text;
    final CellStyle integer;
    final CellStyle percent;
    final CellStyle decimal;
    final CellStyle date;
    final CellStyle totalText;
    final CellStyle totalInteger;
    final CellStyle totalPercent;
    final CellStyle totalDecimal;
    /** The header block of a form: bold and centred; its title larger; the signature titles bold and centred. */
    final CellStyle headerBlock;
    final CellStyle centredTitle;
    final CellStyle centred;
    final CellStyle signature;

    XlsxStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font muted = workbook.createFont();
        muted.setItalic(true);
        short integerFormat = workbook.createDataFormat().getFormat("#,##0");
        short percentFormat = workbook.createDataFormat().getFormat("0.0%");
        short decimalFormat = workbook.createDataFormat().getFormat("#,##0.0");
        short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");

        title = workbook.createCellStyle();
        title.setFont(big);
        caption = workbook.createCellStyle();
        caption.setFont(muted);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bordered(header);
        text = bordered(workbook.createCellStyle());
        integer = bordered(workbook.createCellStyle());
        integer.setDataFormat(integerFormat);
        percent = bordered(workbook.createCellStyle());
        percent.setDataFormat(percentFormat);
        decimal = bordered(workbook.createCellStyle());
        decimal.setDataFormat(decimalFormat);
        date = bordered(workbook.createCellStyle());
        date.setDataFormat(dateFormat);
        totalText = total(workbook, text, bold);
        totalInteger = total(workbook, integer, bold);
        totalPercent = total(workbook, percent, bold);
        totalDecimal = total(workbook, decimal, bold);
        headerBlock = workbook.createCellStyle();
        headerBlock.setFont(bold);
        headerBlock.setAlignment(HorizontalAlignment.CENTER);
        centredTitle = workbook.createCellStyle();
        centredTitle.setFont(big);
        centredTitle.setAlignment(HorizontalAlignment.CENTER);
        centred = workbook.createCellStyle();
        centred.setFont(muted);
        centred.setAlignment(HorizontalAlignment.CENTER);
        signature = workbook.createCellStyle();
        signature.cloneStyleFrom(headerBlock);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle total(Workbook workbook, CellStyle base, Font bold) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFont(bold);
        style.setBorderTop(BorderStyle.DOUBLE);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    /** A text cell (Unicode NFC) of {@code row}, made where missing, with {@code style} when given. */
    static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(ExportText.nfc(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * The signature block of a form from {@code row} down: the preparer at the left, the head of the unit merged from
     * {@code headColumn} to {@code last}, a hint under each, and the preparer's name and telephone lines below.
     */
    void signatures(Sheet sheet, int row, int headColumn, int last, Function<String, String> t) {
        Row heads = sheet.createRow(row);
        cell(heads, 1, t.apply("export.structure.preparer"), signature);
        cell(heads, headColumn, t.apply("export.structure.head"), signature);
        sheet.addMergedRegion(new CellRangeAddress(row, row, headColumn, last));
        Row hints = sheet.createRow(row + 1);
        cell(hints, 1, t.apply("export.structure.preparer.hint"), caption);
        cell(hints, headColumn, t.apply("export.structure.head.hint"), caption);
        sheet.addMergedRegion(new CellRangeAddress(row + 1, row + 1, headColumn, last));
        cell(sheet.createRow(row + 5), 1, t.apply("export.structure.preparer.name"), null);
        cell(sheet.createRow(row + 6), 1, t.apply("export.structure.preparer.phone"), null);
    }
}
