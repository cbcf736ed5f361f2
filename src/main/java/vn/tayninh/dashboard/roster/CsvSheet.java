package vn.tayninh.dashboard.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A roster CSV file: UTF-8, a byte-order mark skipped (Excel's "CSV UTF-8" writes one), separated by commas or,
 * as Excel saves it where the decimal separator is a comma, by semicolons: whichever the header line has more of
 * outside quotes.
 */
final class CsvSheet implements RosterSheet {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    /** How far the header line is looked at for its separator. */
    private static final int HEADER_LOOKAHEAD = 1 << 16;

    private final InputStream in;

    CsvSheet(InputStream in) {
        this.in = in;
    }

    @Override
    public boolean shortRowsArePadded() {
        return false;
    }

    @Override
    public void read(Predicate<SheetRow> handler) throws IOException, UnreadableFileException {
        int line = 1;
        try {
            // The decoder of newDecoder() reports malformed input instead of replacing it.
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()));
            skipByteOrderMark(reader);
            try (CSVParser parser = format(reader).parse(reader)) {
                Iterator<CSVRecord> rows = parser.iterator();
                while (rows.hasNext()) {
                    CSVRecord record = rows.next();
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(cells::add);
                    if (!handler.test(new SheetRow(line, cells, Map.of()))) {
                        return;
                    }
                    // The parser counts the line ends it has read, so a row starts one line after the previous one ended.
                    line = (int) parser.getCurrentLineNumber() + 1;
                }
            }
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(line, "roster.error.encoding");
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException(line, e.getCause() instanceof CharacterCodingException
                    ? "roster.error.encoding" : "roster.error.malformed");
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }

    /** Semicolons when the header line has more of them than commas outside quotes; commas otherwise. */
    private static CSVFormat format(BufferedReader reader) throws IOException {
        reader.mark(HEADER_LOOKAHEAD);
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
            int c = reader.read();
            if (c < 0 || !quoted && (c == '\n' || c == '\r')) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        reader.reset();
        return semicolons > commas ? RosterFormat.CSV_SEMICOLON : RosterFormat.CSV;
    }
}
