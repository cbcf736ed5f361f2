package vn.tayninh.dashboard.roster;

import java.io.IOException;
import vn.tayninh.dashboard.cadre.CadreRecord;

/** Writes a roster file row by row, as CSV or XLSX. */
interface RosterWriter {

    void write(CadreRecord record) throws IOException;

    /** Pushes what can be pushed of the rows written so far to the output. */
    void flush() throws IOException;

    /** Completes the file; the output stays open: it belongs to the caller. */
    void finish() throws IOException;
}
