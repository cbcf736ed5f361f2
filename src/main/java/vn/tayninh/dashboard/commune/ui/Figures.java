package vn.tayninh.dashboard.commune.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.ui.DashboardFilter;

/** The figures a page's filter asks for: those frozen at its reporting date, or the live ones of today. */
final class Figures {

    private Figures() {
    }

    /** The filter, showing live figures when its reporting date was never frozen (an old or hand-written link). */
    static DashboardFilter known(DashboardFilter filter, List<LocalDate> frozenDates) {
        return filter.isLive() || frozenDates.contains(filter.reportingDate()) ? filter
                : filter.withReportingDate(null);
    }

    /** One engine call: every target for the scope and each commune in it, with the seats. */
    static Overview of(IndicatorEngine engine, DashboardFilter filter, Scope scope, Clock clock) {
        return filter.isLive() ? engine.overview(scope, filter.asOf(clock), filter.ratingYear())
                : engine.frozen(filter.reportingDate(), scope);
    }
}
