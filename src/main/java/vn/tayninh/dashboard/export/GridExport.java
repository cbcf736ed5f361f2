package vn.tayninh.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.base.Formats;

/**
 * Any grid as a spreadsheet: columns with a Vietnamese header and a kind (text, count, share 0..1, number with
 * one decimal, date), written as XLSX (header frozen, number formats, optional title lines and total row) or as
 * CSV in UTF-8 with a byte-order mark and semicolons, so that spreadsheet programs open Vietnamese text and
 * Vietnamese decimals as they are. Independent of Vaadin: a view builds one from the rows it shows, e.g.
 *
 * <pre>{@code
 * GridExport<AuditEntry> export = GridExport.<AuditEntry>create("Nhật ký")
 *         .text("Thời điểm", e -> Formats.date(e.day()))
 *         .text("Người sửa", AuditEntry::user)
 *         .integer("Số dòng", AuditEntry::rows);
 * export.writeXlsx(entries, out);   // or writeCsv(entries, out)
 * }</pre>
 *
 * {@code vn.tayninh.dashboard.export.ui.GridExportButtons} puts the two downloads beside a grid.
 */
public final class GridExport<T> {

    public enum Kind { TEXT, INTEGER, PERCENT, DECIMAL, DATE }

    public record Column<T>(String header, Kind kind, Function<T, ?> value) {
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final CSVFormat CSV = CSVFormat.EXCEL.builder().setDelimiter(';').get();

    private final String sheetName;
    private final List<Column<T>> columns = new ArrayList<>();
    private final List<String> titleLines = new ArrayList<>();
    private Function<List<T>, List<?>> totalRow;

    private GridExport(String sheetName) {
        this.sheetName = sheetName;
    }

    public static <T> GridExport<T> create(String sheetName) {
        return new GridExport<>(sheetName);
    }

    public GridExport<T> column(String header, Kind kind, Function<T, ?> value) {
        columns.add(new Column<>(ExportText.nfc(header), kind, value));
        return this;
    }

    public GridExport<T> text(String header, Function<T, ?> value) {
        return column(header, Kind.TEXT, value);
    }

    public GridExport<T> integer(String header, Function<T, ? extends Number> value) {
        return column(header, Kind.INTEGER, value);
    }

    /** A share 0..1, shown as a percentage. */
    public GridExport<T> percent(String header, Function<T, ? extends Number> value) {
        return column(header, Kind.PERCENT, value);
    }

    public GridExport<T> decimal(String header, Function<T, ? extends Number> value) {
        return column(header, Kind.DECIMAL, value);
    }

    public GridExport<T> date(String header, Function<T, LocalDate> value) {
        return column(header, Kind.DATE, value);
    }

    /** Lines above the header in the XLSX (what the figures are: area, date); the CSV has the header first. */
    public GridExport<T> title(String... lines) {
        for (String line : lines) {
            titleLines.add(ExportText.nfc(line));
        }
        return this;
    }

    /** A last row of values, one per column in order (null leaves a cell empty), e.g. summed counts. */
    public GridExport<T> total(List<?> values) {
        return total(rows -> values);
    }

    /** A last row computed from the rows written, e.g. their summed x and n. */
    public GridExport<T> total(Function<List<T>, List<?>> values) {
        this.totalRow = values;
        return this;
    }

    public List<Column<T>> columns() {
        return List.copyOf(columns);
    }

    public void writeXlsx(List<T> rows, OutputStream out) throws IOException {
        // streaming: a grid of a million cadres stays within a few hundred rows in memory
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            XlsxStyles styles = new XlsxStyles(workbook);
            Sheet sheet = workbook.createSheet(sheetName);
            int r = 0;
            for (String line : titleLines) {
                set(sheet.createRow(r++).createCell(0), line, r == 1 ? styles.title : styles.caption, Kind.TEXT);
            }
            Row header = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                set(header.createCell(c), columns.get(c).header(), styles.header, Kind.TEXT);
                sheet.setColumnWidth(c, Math.min(60, Math.max(10, columns.get(c).header().length() + 2)) * 256);
            }
            sheet.createFreezePane(0, r);
            for (T item : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> column = columns.get(c);
                    set(row.createCell(c), column.value().apply(item), style(styles, column.kind(), false), column.kind());
                }
            }
            if (totalRow != null) {
                Row row = sheet.createRow(r);
                List<?> total = totalRow.apply(rows);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = c < total.size() ? total.get(c) : null;
                    set(row.createCell(c), value, style(styles, columns.get(c).kind(), true), columns.get(c).kind());
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    public void writeCsv(List<T> rows, OutputStream out) throws IOException {
        out.write(BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter printer = new CSVPrinter(writer, CSV);
        printer.printRecord(columns.stream().map(column -> CsvCells.neutralise(column.header())).toList());
        for (T item : rows) {
            List<String> record = new ArrayList<>();
            for (Column<T> column : columns) {
                record.add(csv(column.value().apply(item), column.kind()));
            }
            printer.printRecord(record);
        }
        if (totalRow != null) {
            List<?> total = totalRow.apply(rows);
            List<String> record = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                record.add(csv(c < total.size() ? total.get(c) : null, columns.get(c).kind()));
            }
            printer.printRecord(record);
        }
        printer.flush();
    }

    public byte[] xlsx(List<T> rows) {
        return bytes(out -> writeXlsx(rows, out));
    }

    public byte[] csv(List<T> rows) {
        return bytes(out -> writeCsv(rows, out));
    }

    private interface Output {
        void write(OutputStream out) throws IOException;
    }

    private static byte[] bytes(Output output) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            output.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * CSV cells in the Vietnamese way, as on screen: 1234 for counts, 84,6 for a share of 84.6 %, 22/11/2026. Numbers
     * are written as numbers (−5 stays −5); every other value is text and made inert for spreadsheets
     * ({@link CsvCells}).
     */
    static String csv(Object value, Kind kind) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case INTEGER -> value instanceof Number n ? String.valueOf(n.longValue()) : text(value);
            case PERCENT -> value instanceof Number n ? decimal(n.doubleValue() * 100) : text(value);
            case DECIMAL -> value instanceof Number n ? decimal(n.doubleValue()) : text(value);
            case DATE -> value instanceof LocalDate d ? Formats.date(d) : text(value);
            case TEXT -> text(value);
        };
    }

    private static String text(Object value) {
        return CsvCells.neutralise(ExportText.nfc(value.toString()));
    }

    private static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value).replace('.', ',');
    }

    private static CellStyle style(XlsxStyles styles, Kind kind, boolean total) {
        return switch (kind) {
            case INTEGER -> total ? styles.totalInteger : styles.integer;
            case PERCENT -> total ? styles.totalPercent : styles.percent;
            case DECIMAL -> total ? styles.totalDecimal : styles.decimal;
            case DATE -> styles.date;
            case TEXT -> total ? styles.totalText : styles.text;
        };
    }

    private static void set(Cell cell, Object value, CellStyle style, Kind kind) {
        cell.setCellStyle(style);
        if (value == null) {
            return;
        }
        if (value instanceof Number n && kind != Kind.TEXT) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
        } else if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
        } else {
            cell.setCellValue(ExportText.nfc(value.toString()));
        }
    }
}
