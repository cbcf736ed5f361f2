package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.indicator.Overview;

/** Says which figures a page shows: live or frozen, at which date, with which rating year, over how many communes. */
public class FiguresCaption extends Span {

    public FiguresCaption(Overview overview) {
        addClassName("dashboard-subtitle");
        setText(getTranslation(overview.frozen() ? "dashboard.asOf.frozen"
                        : overview.provisional() ? "dashboard.asOf.provisional" : "dashboard.asOf",
                Formats.date(overview.asOf()), String.valueOf(overview.ratingYear()),
                Formats.integer(overview.communes().size())));
    }
}
