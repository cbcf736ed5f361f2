package vn.tayninh.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.planning.FormCounts;
import vn.tayninh.dashboard.planning.FormRow;
import vn.tayninh.dashboard.position.Position;

/**
 * Biểu 9C (commune leaders: the persons holding each title) and Biểu 12C (results of planning, in person-title
 * entries) as XLSX: the header block, one column per title, one row per {@link FormRow} (the age, professional level
 * and political theory rows under a line naming their group), the note and the signature block. Every count is a
 * numeric cell. The first sheet covers the scope; for more than one commune a sheet per commune follows, whose cells
 * add up to the first sheet's. A4 landscape, one page wide.
 */
final class LeaderFormXlsx {

    /** Which form: its translation key prefix, columns (titles, optionally under a group) and rows. */
    enum Kind {
        FORM_9C("export.form9c", List.of(
                new Column(null, Position.BCH), new Column(null, Position.BTV),
                new Column("party", Position.BI_THU), new Column("party", Position.PHO_BI_THU_TT),
                new Column("hdnd", Position.CT_HDND), new Column("hdnd", Position.PCT_HDND),
                new Column("ubnd", Position.CT_UBND), new Column("ubnd", Position.PCT_UBND)), FormRow.LEADERS),
        FORM_12C("export.form12c", List.of(
                new Column(null, Position.BCH), new Column(null, Position.BTV),
                new Column(null, Position.BI_THU), new Column(null, Position.PHO_BI_THU_TT),
                new Column(null, Position.CT_UBND), new Column(null, Position.PCT_UBND),
                new Column(null, Position.CT_HDND), new Column(null, Position.PCT_HDND)), FormRow.PLANNED);

        final String key;
        final List<Column> columns;
        final List<FormRow> rows;

        Kind(String key, List<Column> columns, List<FormRow> rows) {
            this.key = key;
            this.columns = columns;
            this.rows = rows;
        }
    }

    /** A title's column, under {@code group} (a translation key suffix) or alone. */
    record Column(String group, Position title) {
    }

    /** What is written: the form, unit, scope in words, date, the counts and the communes they cover. */
    record Form(Kind kind, String unit, String scopeText, LocalDate asOf, FormCounts counts, List<Commune> communes) {
    }

    static final int HEADER_FIRST_ROW = 6;
    static final int FIRST_DATA_ROW = 8;
    static final int FIRST_COUNT_COLUMN = 2;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private final PackText text;
    private final Kind kind;
    private CellStyle groupLine;

    private LeaderFormXlsx(PackText text, Kind kind) {
        this.text = text;
        this.kind = kind;
    }

    static void write(Form form, PackText text, OutputStream out) throws IOException {
        new LeaderFormXlsx(text, form.kind()).write(form, out);
    }

    private void write(Form form, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(workbook);
            List<Long> all = form.communes().stream().map(Commune::getId).toList();
            boolean several = form.communes().size() > 1;
            Set<String> names = new HashSet<>();
            sheet(workbook, styles, form, sheetName(several ? t("export.leaderForm.sheet.total")
                    : form.communes().getFirst().getName(), names), form.scopeText(), all);
            if (several) {
                for (Commune commune : form.communes()) {
                    sheet(workbook, styles, form, sheetName(commune.getName(), names), ExportText.nfc(commune.getName()),
                            List.of(commune.getId()));
                }
            }
            workbook.write(out);
        }
    }

    /** The line naming a group of rows: bold, bordered, without the total row's fill. */
    private CellStyle groupStyle(XSSFWorkbook workbook, XlsxStyles styles) {
        if (groupLine == null) {
            groupLine = workbook.createCellStyle();
            groupLine.cloneStyleFrom(styles.text);
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            groupLine.setFont(bold);
        }
        return groupLine;
    }

    /** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
    private static String sheetName(String name, Set<String> taken) {
        String safe = WorkbookUtil.createSafeSheetName(ExportText.nfc(name));
        String candidate = safe;
        for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private void sheet(XSSFWorkbook workbook, XlsxStyles styles, Form form, String name, String scope,
                       List<Long> communeIds) {
        Sheet sheet = workbook.createSheet(name);
        int r = header(sheet, form, scope, styles);
        CellStyle groupStyle = groupStyle(workbook, styles);
        int no = 1;
        String group = null;
        char letter = 'a';
        for (FormRow row : kind.rows) {
            if (row.group() != null && !row.group().equals(group)) {
                Row line = sheet.createRow(r++);
                XlsxStyles.cell(line, 0, String.valueOf(no++), styles.text);
                XlsxStyles.cell(line, 1, t("export.leaderForm.group." + row.group()), groupStyle);
                for (int c = 0; c < kind.columns.size(); c++) {
                    XlsxStyles.cell(line, FIRST_COUNT_COLUMN + c, "", styles.text);
                }
                letter = 'a';
            }
            group = row.group();
            Row line = sheet.createRow(r++);
            boolean total = row == FormRow.TOTAL;
            CellStyle label = total ? styles.totalText : styles.text;
            XlsxStyles.cell(line, 0, group == null ? String.valueOf(no++) : String.valueOf(letter++), label);
            XlsxStyles.cell(line, 1, t("export.leaderForm.row." + row.name()), label);
            int c = FIRST_COUNT_COLUMN;
            for (Column column : kind.columns) {
                Cell cell = line.createCell(c++);
                cell.setCellValue(form.counts().count(communeIds, column.title(), row));
                cell.setCellStyle(total ? styles.totalInteger : styles.integer);
            }
        }
        if (kind == Kind.FORM_12C && form.counts().unknownTitles(communeIds) > 0) {
            // entries from the old yes/no flags say "a key title" or "a committee seat", not which: in no column
            XlsxStyles.cell(sheet.createRow(r++), 1, t("export.form12c.unknown",
                    String.valueOf(form.counts().unknownTitles(communeIds))), styles.caption);
        }
        footer(sheet, r, styles);
    }

    /** The header block and the two header rows; returns the first data row. */
    private int header(Sheet sheet, Form form, String scope, XlsxStyles styles) {
        int last = FIRST_COUNT_COLUMN + kind.columns.size() - 1;
        Row unit = sheet.createRow(0);
        XlsxStyles.cell(unit, 0, form.unit(), styles.headerBlock);
        XlsxStyles.cell(unit, last - 3, t("export.structure.party"), styles.headerBlock);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        sheet.addMergedRegion(new CellRangeAddress(0, 0, last - 3, last));
        XlsxStyles.cell(sheet.createRow(1), last - 3, t(kind.key + ".code"), styles.headerBlock);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, last - 3, last));
        XlsxStyles.cell(sheet.createRow(2), 0, t(kind.key + ".title"), styles.centredTitle);
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
        XlsxStyles.cell(sheet.createRow(3), 0, scope, styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(3, 3, 0, last));
        XlsxStyles.cell(sheet.createRow(4), 0, t(kind.key + ".asOf", DATE.format(form.asOf())), styles.centred);
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, last));

        Row groups = sheet.createRow(HEADER_FIRST_ROW);
        Row labels = sheet.createRow(HEADER_FIRST_ROW + 1);
        groups.setHeightInPoints(30);
        labels.setHeightInPoints(45);
        for (int c = 0; c <= last; c++) {
            XlsxStyles.cell(groups, c, "", styles.header);
            XlsxStyles.cell(labels, c, "", styles.header);
        }
        XlsxStyles.cell(groups, 0, t("export.structure.no"), styles.header);
        XlsxStyles.cell(groups, 1, t(kind.key + ".rowsHeader"), styles.header);
        sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, 0, 0));
        sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, 1, 1));
        int c = FIRST_COUNT_COLUMN;
        int groupStart = -1;
        for (int i = 0; i < kind.columns.size(); i++, c++) {
            Column column = kind.columns.get(i);
            if (column.group() == null) {
                XlsxStyles.cell(groups, c, t(kind.key + ".column." + column.title().name()), styles.header);
                sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW + 1, c, c));
                continue;
            }
            boolean first = i == 0 || !column.group().equals(kind.columns.get(i - 1).group());
            boolean lastOfGroup = i == kind.columns.size() - 1 || !column.group().equals(kind.columns.get(i + 1).group());
            if (first) {
                XlsxStyles.cell(groups, c, t(kind.key + ".group." + column.group()), styles.header);
                groupStart = c;
            }
            XlsxStyles.cell(labels, c, t(kind.key + ".column." + column.title().name()), styles.header);
            if (lastOfGroup && c > groupStart) {
                sheet.addMergedRegion(new CellRangeAddress(HEADER_FIRST_ROW, HEADER_FIRST_ROW, groupStart, c));
            }
        }
        sheet.createFreezePane(FIRST_COUNT_COLUMN, FIRST_DATA_ROW);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 34 * 256);
        for (int col = FIRST_COUNT_COLUMN; col <= last; col++) {
            sheet.setColumnWidth(col, 13 * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_FIRST_ROW, FIRST_DATA_ROW - 1, -1, -1));
        return FIRST_DATA_ROW;
    }

    /** The note (unit of count, what is not kept) and the signature block. */
    private void footer(Sheet sheet, int r, XlsxStyles styles) {
        int last = FIRST_COUNT_COLUMN + kind.columns.size() - 1;
        Row note = sheet.createRow(r + 1);
        XlsxStyles.cell(note, 0, t(kind.key + ".note"), null);
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, last));
        note.setHeightInPoints(48);
        CellStyle wrap = sheet.getWorkbook().createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        note.getCell(0).setCellStyle(wrap);
        styles.signatures(sheet, r + 3, last - 3, last, this::t);
    }


    private String t(String key, Object... params) {
        return text.t(key, params);
    }
}
