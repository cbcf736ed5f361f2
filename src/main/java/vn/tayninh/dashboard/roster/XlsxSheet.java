package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first worksheet of an Excel workbook (.xlsx), read as a stream of XML events, never whole. A date cell (a
 * number with a date format) reads as its ISO date, another number as its plain decimal text, TRUE/FALSE as
 * true/false. A formula is refused in the cell that holds it, whatever its last computed value (which a file
 * written by a program may lack, and which may be stale): the import reads what the file says, not what a
 * spreadsheet would compute. An error value (#N/A) is refused the same way.
 *
 * <p>Limits against hostile files: the upload is at most {@link #MAX_FILE_BYTES}; no part of the package may
 * unpack to more than {@link #MAX_PART_BYTES} nor be compressed more than 100 to 1 (POI's zip-bomb checks), and a
 * row keeps at most {@link RosterFormat#MAX_COLUMNS} cells.
 */
final class XlsxSheet implements RosterSheet {

    /** The largest upload (20 MB) with room for a multipart envelope. */
    static final long MAX_FILE_BYTES = 21L * 1024 * 1024;
    /**
     * The largest unpacked part: the worksheet of 50,000 rows of the export is about 60 MB, its shared texts less
     * than 10 MB.
     */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** The workbook's properties come before its sheets' list, in the first few kilobytes. */
    private static final int WORKBOOK_START = 16 * 1024;
    private static final java.util.regex.Pattern DATE_1904 =
            java.util.regex.Pattern.compile("<(?:\\w+:)?workbookPr[^>]*\\sdate1904=\"(?:1|true)\"");

    static {
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    private final InputStream in;

    XlsxSheet(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean shortRowsArePadded() {
        return true;
    }

    @Override
    public void read(Predicate<SheetRow> handler) throws IOException, UnreadableFileException {
        Path copy = Files.createTempFile("roster-", ".xlsx");
        try {
            if (!copyAtMost(in, copy, MAX_FILE_BYTES)) {
                throw new UnreadableFileException(1, "roster.error.too-large");
            }
            try (OPCPackage pkg = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                ReadOnlySharedStringsTable texts = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new UnreadableFileException(1, "roster.error.xlsx-unreadable");
                }
                SheetHandler sheet = new SheetHandler(texts, styles, uses1904Dates(reader), handler);
                try (InputStream xml = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(sheet);
                    parser.parse(new InputSource(xml));
                } catch (Stop stop) {
                    // the handler has had enough rows
                }
            }
        } catch (SAXException | ParserConfigurationException | OpenXML4JException | POIXMLException
                 | OpenXML4JRuntimeException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new UnreadableFileException(1, "roster.error.xlsx-unreadable");
        } catch (IOException e) {
            // POI's zip-bomb checks answer with an IOException naming them
            String message = String.valueOf(e.getMessage());
            if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("ZipSecureFile")) {
                throw new UnreadableFileException(1, "roster.error.xlsx-too-large");
            }
            throw new UnreadableFileException(1, "roster.error.xlsx-unreadable");
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Whether the workbook counts its dates from 1904, as old Excel for Mac did. */
    private static boolean uses1904Dates(XSSFReader reader) throws IOException, OpenXML4JException {
        try (InputStream workbook = reader.getWorkbookData()) {
            String start = new String(workbook.readNBytes(WORKBOOK_START), java.nio.charset.StandardCharsets.UTF_8);
            return DATE_1904.matcher(start).find();
        }
    }

    private static boolean copyAtMost(InputStream in, Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > limit) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    /** Thrown through the XML parser when the handler asks for no more rows. */
    private static final class Stop extends SAXException {
    }

    /** The rows of the sheet's XML: {@code <row r><c r t s><f/><v/><is><t/></is></c></row>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable texts;
        private final StylesTable styles;
        private final Predicate<SheetRow> handler;
        private final boolean dates1904;
        private final StringBuilder value = new StringBuilder();
        private int rowNumber;
        private List<String> cells;
        private Map<Integer, String> faults;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private boolean collecting;
        private boolean inPhonetic;

        SheetHandler(ReadOnlySharedStringsTable texts, StylesTable styles, boolean dates1904,
                     Predicate<SheetRow> handler) {
            this.dates1904 = dates1904;
            this.texts = texts;
            this.styles = styles;
            this.handler = handler;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    faults = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "rPh" -> inPhonetic = true;
                case "v", "t" -> collecting = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> collecting = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> cell();
                case "row" -> {
                    if (!handler.test(new SheetRow(rowNumber, cells, faults))) {
                        throw new Stop();
                    }
                }
                default -> {
                }
            }
        }

        private void cell() {
            if (column >= RosterFormat.MAX_COLUMNS) {
                faults.putIfAbsent(RosterFormat.MAX_COLUMNS, "roster.error.too-many-columns");
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            if (formula) {
                faults.put(column, "roster.error.formula");
                return;
            }
            String raw = value.toString();
            String text = switch (type == null ? "n" : type) {
                case "s" -> raw.isEmpty() ? "" : texts.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "inlineStr", "str" -> raw;
                case "b" -> "1".equals(raw.strip()) ? "true" : "false";
                case "e" -> {
                    faults.put(column, "roster.error.cell-error");
                    yield "";
                }
                case "d" -> raw.length() >= 10 ? raw.substring(0, 10) : raw;
                default -> number(raw.strip());
            };
            cells.set(column, text);
        }

        /** A number as its ISO date when its format is a date's, else as plain decimal text (1985, not 1985.0). */
        private String number(String raw) {
            if (raw.isEmpty()) {
                return "";
            }
            double number = Double.parseDouble(raw);
            XSSFCellStyle cellStyle = style < styles.getNumCellStyles() ? styles.getStyleAt(style) : null;
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                return DateUtil.getLocalDateTime(number, dates1904).toLocalDate().toString();
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }
    }
}
