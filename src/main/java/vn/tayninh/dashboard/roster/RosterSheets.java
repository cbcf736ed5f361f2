package vn.tayninh.dashboard.roster;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Tells what an uploaded file is from its first bytes, never from its name: an Excel workbook (.xlsx) or a CSV text
 * become a {@link RosterSheet}; an old .xls, a UTF-16 text, a PDF or another binary file are refused with the key of
 * the message that says why. Shared by the roster file and the seats-and-quotas file.
 */
final class RosterSheets {

    /** The sheet, or the refusal's message key when the file is none. */
    record Opened(RosterSheet sheet, String refusal) {
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    /** How much of a file's start is looked at to tell a text from a binary file. */
    private static final int SNIFF = 4096;
    private static final int MAX_NUL_IN_TEXT = 8;
    private static final byte[] UTF16_LE = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE = {(byte) 0xFE, (byte) 0xFF};

    private RosterSheets() {
    }

    static Opened open(InputStream in) throws IOException {
        BufferedInputStream file = new BufferedInputStream(in, SNIFF);
        file.mark(SNIFF);
        byte[] start = file.readNBytes(SNIFF);
        file.reset();
        if (startsWith(start, ZIP)) {
            return new Opened(new XlsxSheet(file), null);
        } else if (startsWith(start, OLE2)) {
            return new Opened(null, "roster.error.xls");
        } else if (startsWith(start, UTF16_LE) || startsWith(start, UTF16_BE)) {
            // Excel's "Unicode Text"
            return new Opened(null, "roster.error.encoding");
        } else if (startsWith(start, PDF) || binary(start)) {
            return new Opened(null, "roster.error.not-a-roster");
        }
        return new Opened(new CsvSheet(file), null);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A binary file: a PNG or a renamed program has many NUL bytes in its first kilobytes, a text at most a few typed
     * by mistake in a cell (which are then refused in their cell).
     */
    private static boolean binary(byte[] start) {
        int nul = 0;
        for (byte b : start) {
            if (b == 0 && ++nul > MAX_NUL_IN_TEXT) {
                return true;
            }
        }
        return false;
    }
}
