package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.CadreStructure;
import vn.tayninh.dashboard.indicator.CadreStructure.Tally;
import vn.tayninh.dashboard.position.Position;

/**
 * The cadre structure form (biểu thống kê số lượng, chất lượng cán bộ chủ chốt cấp xã) as XLSX: a header block
 * (reporting unit, title, scope, "Số liệu đến ngày"), two header rows, one row per title and the row of all
 * commune cadres, a note and the signature block. The first sheet covers the scope; for more than one commune a
 * second sheet repeats the rows for each commune under a line with its name.
 */
final class CadreStructureXlsx {

    /** The rows of the form, in the order of the Central Organization Commission's forms. */
    static final List<Position> TITLES = List.of(Position.BI_THU, Position.PHO_BI_THU_TT, Position.CT_HDND,
            Position.PCT_HDND, Position.CT_UBND, Position.PCT_UBND, Position.BTV, Position.BCH);
    static final int HEADER_FIRST_ROW = 6;
    static final int FIRST_DATA_ROW = 8;
    static final int FIRST_COUNT_COLUMN = 2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final PackText text;

    private CadreStructureXlsx(PackText text) {
        this.text = text;
    }

    /** One column: its group (null for a column of its own), label and value; a null value leaves the cell empty. */
    private record Column(String group, String label, Function<Tally, Number> value) {
    }

    /** What is written: the unit, scope in words, date, the structure and the communes it covers. */
    record Form(String unit, String scopeText, LocalDate asOf, CadreStructure structure, List<Commune> communes) {
    }

    static void write(Form form, PackText text, OutputStream out) throws IOException {
        new CadreStructureXlsx(text).write(form, out);
    }

    private void write(Form form, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            List<Column> columns = columns();
            List<Long> ids = form.communes().stream().map(Commune::getId).toList();

            Sheet scope = workbook.createSheet(t("export.structure.sheet"));
            int r = header(scope, form, columns, styles, t("export.structure.title.column"));
            int no = 1;
            for (Position title : TITLES) {
                r = row(scope, r, String.valueOf(no++), t("export.structure.row." + title.name()),
                        form.structure().title(title, ids), columns, styles, false);
            }
            r = row(scope, r, "", t("export.structure.row.all"), form.structure().all(ids), columns, styles, true);
            footer(scope, r, columns, styles);

            if (form.communes().size() > 1) {
                Sheet communes = workbook.createSheet(t("export.structure.sheet.communes"));
                r = header(communes, form, columns, styles, t("export.structure.commune.column"));
                int communeNo = 1;
                for (Commune commune : form.communes()) {
                    Row name = communes.createRow(r);
                    XlsxStyles.cell(name, 0, String.valueOf(communeNo++), styles.totalText);
                    XlsxStyles.cell(name, 1, commune.getName(), styles.totalText);
                    for (int c = FIRST_COUNT_COLUMN; c < FIRST_COUNT_COLUMN + columns.size(); c++) {
                        XlsxStyles.cell(name, c, "", styles.totalText);
                    }
                    communes.addMergedRegion(new CellRangeAddress(r, r, 1, FIRST_COUNT_COLUMN + columns.size() - 1));
                    r++;
                    List<Long> one = List.of(commune.getId());
                    for (Position title : TITLES) {
                        r = row(communes, r, "", t("export.structure.row." + title.name()),
                                form.structure().title(title, one), columns, styles, false);
                    }
                    r = row(communes, r, "", t("export.structure.row.all"), form.structure().all(one), columns,
                            styles, true);
                }
                footer(communes, r, columns, styles);
            }
            workbook.write(out);
        }
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(null, t("export.structure.total"), Tally::total));
        columns.add(new Column(null, t("export.structure.women"), Tally::women));
        columns.add(new Column(null, t("export.structure.minority"), Tally::minority));
        String age = t("export.structure.age");
        for (String band : CadreStructure.AGE_BANDS) {
            columns.add(new Column(age, t("export.structure.age." + band), tally -> tally.ageBands().get(band)));
        }
        columns.add(new Column(age, t("export.structure.age.average"), Tally::averageAge));
        String education = t("export.structure.education");
        for (String level : CadreStructure.EDUCATION) {
            columns.add(new Column(education, t("export.structure.education." + level),
                    tally -> tally.education().get(level)));
        }
        String theory = t("export.structure.theory");
        for (String level : CadreStructure.THEORY) {
            columns.add(new Column(theory, t("export.structure.theory." + level), tally -> tally.theory().get(level)));
        }
        return columns;
    }

    /** The header block and the two header rows; returns the first data row. */
    private int header(Sheet sheet, Form form, List<Column> columns, XlsxStyles styles, String firstLabel) {
        int last = FIRST_COUNT_COLUMN + columns.size() - 1;
        Row unit = sheet.createRow(0);
        XlsxStyles.cell(unit, 0, form.unit(), styles.headerBlock);
        XlsxStyles.cell(unit, last - 7, t("export.structure.party"), styles.headerBlock);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, last - 7, last));
        Row title = sheet.createRow(2);
        XlsxStyles.cell(title, 0, t("export.structure.title"), styles.centredTitle);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
        XlsxStyles.cell(sheet.createRow(3), 0, form.scopeText(), styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));
        XlsxStyles.cell(sheet.createRow(4), 0, t("export.structure.asOf", DATE.format(form.asOf())), styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, last));

        Row groups = sheet.createRow(HEADER_FIRST_ROW);
        Row labels = sheet.createRow(HEADER_FIRST_ROW + 1);
        groups.setHeightInPoints(30);
        labels.setHeightInPoints(60);
        for (int c = 0; c <= last; c++) {
            XlsxStyles.cell(groups, c, "", styles.header);
            XlsxStyles.cell(labels, c, "", styles.header);
        }
        XlsxStyles.cell(groups, 0, t("export.structure.no"), styles.header);
        XlsxStyles.cell(groups, 1, firstLabel, styles.header);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, 1, 1));
        String group = null;
        int groupStart = 0;
        for (int i = 0; i <= columns.size(); i++) {
            Column column = i < columns.size() ? columns.get(i) : null;
            int c = FIRST_COUNT_COLUMN + i;
            String current = column == null ? null : column.group();
            if (group != null && !group.equals(current) && c - 1 > groupStart) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW, groupStart, c - 1));
            }
            if (column == null) {
                break;
            }
            if (current == null) {
                XlsxStyles.cell(groups, c, column.label(), styles.header);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, c, c));
            } else {
                if (!current.equals(group)) {
                    XlsxStyles.cell(groups, c, current, styles.header);
                    groupStart = c;
                }
                XlsxStyles.cell(labels, c, column.label(), styles.header);
            }
            group = current;
        }
        sheet.createFreezePane(FIRST_COUNT_COLUMN, FIRST_DATA_ROW);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 32 * 256);
        for (int c = FIRST_COUNT_COLUMN; c <= last; c++) {
            sheet.setColumnWidth(c, 10 * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        // the form is printed one page wide, as many pages tall as its rows need
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_FIRST_ROW, FIRST_DATA_ROW - 1, -1, -1));
        return FIRST_DATA_ROW;
    }

    private int row(Sheet sheet, int r, String no, String label, Tally tally, List<Column> columns, XlsxStyles styles,
                    boolean total) {
        Row row = sheet.createRow(r);
        CellStyle text = total ? styles.totalText : styles.text;
        XlsxStyles.cell(row, 0, no, text);
        XlsxStyles.cell(row, 1, label, text);
        int c = FIRST_COUNT_COLUMN;
        for (Column column : columns) {
            Number value = column.value().apply(tally);
            Cell cell = row.createCell(c++);
            if (value instanceof Double d) {
                cell.setCellValue(d);
                cell.setCellStyle(total ? styles.totalDecimal : styles.decimal);
            } else {
                if (value != null) {
                    cell.setCellValue(value.longValue());
                }
                cell.setCellStyle(total ? styles.totalInteger : styles.integer);
            }
        }
        return r + 1;
    }

    /** The note on how minorities and ages are counted, and the signature block. */
    private void footer(Sheet sheet, int r, List<Column> columns, XlsxStyles styles) {
        int last = FIRST_COUNT_COLUMN + columns.size() - 1;
        XlsxStyles.cell(sheet.createRow(r + 1), 0, t("export.structure.note"), styles.caption);
        styles.signatures(sheet, r + 3, last - 5, last, this::t);
    }


    private String t(String key, Object... params) {
        return text.t(key, params);
    }
}
