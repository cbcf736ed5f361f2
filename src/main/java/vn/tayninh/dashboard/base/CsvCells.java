package vn.tayninh.dashboard.base;

/**
 * Text cells of every CSV file the product writes, made inert for spreadsheet programs (the OWASP rule against
 * formula injection): a cell starting with {@code = + - @}, a tab or a carriage return is written with a single
 * quote in front, which Excel and LibreOffice show as text instead of running it. A cell that already starts with
 * a quote followed by one of those characters gets one more quote, so that {@link #restore} gives every text back
 * exactly. Numbers are not text cells: a negative count stays a number.
 */
public final class CsvCells {

    private static final char QUOTE = '\'';

    private CsvCells() {
    }

    /** The cell to write for a text; null and empty stay as they are. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return neutralised(text) ? QUOTE + text : text;
    }

    /**
     * The text a neutralised cell stands for: exactly one leading quote is removed when one of the characters, or
     * another quote and one of the characters, follows it.
     */
    public static String restore(String cell) {
        return cell != null && !cell.isEmpty() && cell.charAt(0) == QUOTE && neutralised(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    private static boolean neutralised(String text) {
        return startsRisky(text, 0) || !text.isEmpty() && text.charAt(0) == QUOTE && startsRisky(text, 1);
    }

    private static boolean startsRisky(String text, int index) {
        if (text.length() <= index) {
            return false;
        }
        return switch (text.charAt(index)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
