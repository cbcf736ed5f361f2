package vn.tayninh.dashboard.export;

import java.time.LocalDate;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * Which figures a report shows: the area, the as-of date, and whether they are those frozen at that reporting
 * date (what a meeting saw) or counted live; {@code ratingYear} null means the latest year with ratings.
 */
public record ReportRequest(Scope scope, LocalDate asOf, boolean frozen, Integer ratingYear) {

    public static ReportRequest live(Scope scope, LocalDate asOf, Integer ratingYear) {
        return new ReportRequest(scope, asOf, false, ratingYear);
    }

    public static ReportRequest frozen(Scope scope, LocalDate reportingDate) {
        return new ReportRequest(scope, reportingDate, true, null);
    }

    /** The same figures as a page that shows {@code overview}. */
    public static ReportRequest of(Overview overview) {
        return new ReportRequest(overview.scope(), overview.asOf(), overview.frozen(),
                overview.frozen() ? null : overview.ratingYear());
    }

    public ReportRequest withScope(Scope other) {
        return new ReportRequest(other, asOf, frozen, ratingYear);
    }
}
