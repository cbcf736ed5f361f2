package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;

/**
 * The leader's first look at a dashboard page: how many targets stand at each status, each a link that narrows
 * the cards to that status (URL parameter {@value #STATUS}, the other parameters kept), the date of the figures,
 * and how many targets changed status since the previous reporting date. It counts the results the cards show and
 * asks nothing of its own.
 */
class Headline extends Div {

    /** The URL parameter naming the status the cards are narrowed to, e.g. {@code trang-thai=BEHIND}. */
    static final String STATUS = "trang-thai";

    /**
     * @param shown    the targets the page's cards show (before narrowing to a status)
     * @param previous the figures of the previous reporting date, or null when nothing was frozen before
     * @param selected the status the cards are narrowed to, or null for all
     * @param view     the page, with its route parameters, and its query without {@value #STATUS}
     */
    Headline(Overview overview, List<TargetResult> shown, PreviousFigures previous, Status selected,
             Class<? extends Component> view, RouteParameters route, QueryParameters query) {
        addClassName("headline");
        setId("headline");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("headline.label"));

        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        shown.forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        Div statuses = new Div();
        statuses.addClassName("headline-statuses");
        RouterLink all = link(view, route, query, selected == null);
        all.add(new Span(getTranslation("headline.all")), count(shown.size()));
        all.addClassName("headline-all");
        statuses.add(all);
        for (Status status : Status.values()) {
            int count = counts.getOrDefault(status, 0);
            if (count == 0 && status != selected) {
                continue;
            }
            RouterLink link = link(view, route, query.merging(STATUS, status.name()), status == selected);
            Span label = new Span(getTranslation("status." + status.name()));
            label.addClassNames("status-badge", "status-" + status.name());
            link.add(label, count(count));
            link.getElement().setAttribute("data-status", status.name());
            statuses.add(link);
        }

        Span asOf = new Span(getTranslation(overview.frozen() ? "headline.asOf.frozen"
                : overview.provisional() ? "headline.asOf.provisional" : "headline.asOf.live",
                Formats.date(overview.asOf())));
        asOf.addClassName("headline-date");
        Span change = new Span(changeText(shown, previous));
        change.addClassName("headline-change");
        Div when = new Div(asOf, change);
        when.addClassName("headline-when");
        add(statuses, when);
    }

    /** The status named in the URL, or null (for all, or for anything that is not a status). */
    static Status selected(QueryParameters query) {
        String value = query.getSingleParameter(STATUS).orElse(null);
        for (Status status : Status.values()) {
            if (status.name().equalsIgnoreCase(value)) {
                return status;
            }
        }
        return null;
    }

    /** The results narrowed to the status selected (all when none is). */
    static List<TargetResult> narrowed(List<TargetResult> results, Status selected) {
        return selected == null ? results : results.stream().filter(t -> t.status() == selected).toList();
    }

    private String changeText(List<TargetResult> shown, PreviousFigures previous) {
        if (previous == null) {
            return getTranslation("headline.noPrevious");
        }
        PreviousFigures.StatusChanges changes = previous.changes(shown);
        String date = Formats.date(previous.date());
        return changes.changed() == 0 ? getTranslation("headline.noChange", date)
                : getTranslation("headline.change", date, Formats.integer(changes.changed()),
                        Formats.integer(changes.up()), Formats.integer(changes.down()));
    }

    private static RouterLink link(Class<? extends Component> view, RouteParameters route, QueryParameters query,
                                   boolean current) {
        RouterLink link = new RouterLink("", view, route);
        link.setQueryParameters(query);
        link.addClassName("headline-status");
        if (current) {
            link.getElement().setAttribute("aria-current", "true");
        }
        return link;
    }

    private static Span count(int count) {
        Span span = new Span(Formats.integer(count));
        span.addClassName("headline-count");
        return span;
    }
}
