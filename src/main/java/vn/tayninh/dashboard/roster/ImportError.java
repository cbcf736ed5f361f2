package vn.tayninh.dashboard.roster;

/**
 * A fault in a roster file.
 *
 * @param line   the physical line where the faulty row starts; the header is line 1
 * @param column the header name of the faulty column, or null when the fault concerns the whole row
 * @param message what is wrong, in Vietnamese
 */
public record ImportError(int line, String column, String message) {
}
