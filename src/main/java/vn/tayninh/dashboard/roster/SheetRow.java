package vn.tayninh.dashboard.roster;

import java.util.List;
import java.util.Map;

/**
 * One row of a roster file as read, before any checking.
 *
 * @param line       the line of a CSV file where the row starts, or the row number of a worksheet; the header is 1
 * @param cells      the cells' texts, in column order
 * @param cellFaults cells that have no usable text (a formula, an error value), by column index: a translation key
 */
record SheetRow(int line, List<String> cells, Map<Integer, String> cellFaults) {

    boolean isBlank() {
        return cellFaults.isEmpty() && cells.stream().allMatch(String::isBlank);
    }
}
