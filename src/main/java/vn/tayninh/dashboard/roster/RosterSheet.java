package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.util.function.Predicate;

/** A roster file's rows, handed one at a time in file order: the file is never held whole. */
interface RosterSheet {

    /**
     * Hands every row, blank ones included, to {@code row} until it answers false or the file ends.
     *
     * @throws UnreadableFileException when the file cannot be read further, at the line it names
     */
    void read(Predicate<SheetRow> row) throws IOException, UnreadableFileException;

    /** Whether a short row stands for a row with empty cells at its end, as a worksheet stores it. */
    boolean shortRowsArePadded();

    /** The file is not readable from a line on; what was read before stays read. */
    final class UnreadableFileException extends Exception {

        private final int line;
        private final String messageKey;

        UnreadableFileException(int line, String messageKey) {
            super(messageKey + " at line " + line);
            this.line = line;
            this.messageKey = messageKey;
        }

        int line() {
            return line;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
