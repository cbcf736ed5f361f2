package vn.tayninh.dashboard.planning;

import java.time.LocalDate;

/**
 * A decision approving a planning entry or its exit.
 *
 * @param number        the decision's number, e.g. {@code 123-QĐ/TU}; required
 * @param date          the decision's date; required
 * @param body          who decided, e.g. "Ban Thường vụ Tỉnh ủy"; optional
 * @param effectiveDate the day the entry takes effect (or ends); null means the decision's date
 */
public record Decision(String number, LocalDate date, String body, LocalDate effectiveDate) {

    /** The day the decision takes effect. */
    public LocalDate effective() {
        return effectiveDate != null ? effectiveDate : date;
    }
}
