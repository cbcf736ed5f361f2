package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.tayninh.dashboard.base.Message;

/**
 * The small files of a new installation (seats and quotas, accounts): a header row whose cells name the columns, by
 * their label or their code (folded, {@link RosterFormat#fold}), and one record per row below it. Reads the whole
 * file and refuses it whole, every fault with its line and column: a file of another type, a column unknown, written
 * twice or missing, a row beyond {@link RosterFormat#MAX_ROWS}, and whatever the rows themselves find.
 */
final class WordedSheet {

    /** Reads one data row; {@code columns} gives the index of each column the header named. */
    interface Rows<C> {
        void row(SheetRow row, Map<C, Integer> columns, List<ImportError> errors);
    }

    private WordedSheet() {
    }

    static <C> void read(InputStream file, Map<String, C> columnsByWord, List<C> required, Function<C, String> label,
                         Rows<C> rows) throws IOException {
        RosterSheets.Opened opened = RosterSheets.open(file);
        if (opened.sheet() == null) {
            throw new InvalidRosterException(List.of(new ImportError(1, null, Message.of(opened.refusal()))), 1);
        }
        List<ImportError> errors = new ArrayList<>();
        Map<C, Integer> columns = new LinkedHashMap<>();
        int[] count = {0};
        try {
            opened.sheet().read(row -> {
                if (row.isBlank()) {
                    return true;
                }
                if (columns.isEmpty()) {
                    for (int i = 0; i < row.cells().size(); i++) {
                        String cell = row.cells().get(i);
                        C column = columnsByWord.get(RosterFormat.fold(cell));
                        if (column == null && !cell.isBlank()) {
                            errors.add(new ImportError(row.line(), cell, Message.of("seats.file.unknown-column", cell)));
                        } else if (column != null && columns.putIfAbsent(column, i) != null) {
                            errors.add(new ImportError(row.line(), cell, Message.of("seats.file.repeated-column", cell)));
                        }
                    }
                    for (C column : required) {
                        if (!columns.containsKey(column)) {
                            errors.add(new ImportError(row.line(), label.apply(column),
                                    Message.of("accounts.file.missing-column", label.apply(column))));
                        }
                    }
                    return errors.isEmpty();
                }
                if (++count[0] > RosterFormat.MAX_ROWS) {
                    errors.add(new ImportError(row.line(), null, Message.of("roster.error.too-many-rows",
                            String.valueOf(RosterFormat.MAX_ROWS))));
                    return false;
                }
                rows.row(row, columns, errors);
                return errors.size() < RosterFormat.MAX_REPORTED_ERRORS;
            });
        } catch (RosterSheet.UnreadableFileException e) {
            errors.add(new ImportError(e.line(), null, Message.of(e.messageKey())));
        }
        if (columns.isEmpty() && errors.isEmpty()) {
            errors.add(new ImportError(1, null, Message.of("seats.file.empty")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRosterException(errors, errors.size());
        }
    }

    /** A row's cell in a column, stripped; empty beyond the row's end. */
    static String cell(SheetRow row, int index) {
        return index < row.cells().size() ? row.cells().get(index).strip() : "";
    }
}
