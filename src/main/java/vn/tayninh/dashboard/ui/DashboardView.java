package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.KeyCharts;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;

/**
 * Tổng quan: the province (or the area chosen) against every target at a glance, and the charts the board
 * looks at every week. Everything the page shows is in its URL, so a view can be shared and survives a reload.
 */
@Route("tong-quan")
@RouteAlias("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient IndicatorEngine engine;
    private final transient FreezeService freezes;
    private final transient CommuneService communes;
    private final Clock clock;
    private final transient ReportExports exports;
    private final transient Translations translations;

    DashboardView(IndicatorEngine engine, FreezeService freezes, CommuneService communes, Clock clock,
                  ReportExports exports, Translations translations) {
        this.translations = translations;
        this.engine = engine;
        this.freezes = freezes;
        this.communes = communes;
        this.clock = clock;
        this.exports = exports;
        addClassName("view-padding");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(DashboardFilter.from(event.getLocation().getQueryParameters()));
    }

    private void show(DashboardFilter filter) {
        removeAll();
        Scope scope = filter.scope();
        Overview overview = filter.overview(engine, clock);
        LocalDate asOf = overview.asOf();
        Breakdowns breakdowns = engine.breakdowns(scope, asOf);
        Map<Integer, long[]> ratings = engine.ratingsByYear(scope, asOf);

        DashboardFilterBar bar = DashboardFilterBar.of(filter, engine, freezes, communes, clock,
                next -> UI.getCurrent().navigate(DashboardView.class, next.toQuery()));

        FiguresCaption subtitle = new FiguresCaption(overview);

        Div cards = new Div();
        cards.addClassName("target-cards");
        for (TargetResult result : overview.targets()) {
            cards.add(cardLink(result, filter));
        }

        Div charts = new Div();
        new KeyCharts(translations, getLocale()).of(overview, breakdowns, ratings)
                .forEach(chart -> charts.add(ReportChartPanel.of(chart)));
        charts.addClassName("chart-row");
        exports.captionCharts(charts, overview);

        add(new H2(getTranslation("dashboard.heading")), bar, subtitle, exports.buttons(overview),
                CompareView.link(filter, null), cards, charts);
    }

    /** A card is a link to its target's page, with the same filters: reachable and opened by keyboard too. */
    private RouterLink cardLink(TargetResult result, DashboardFilter filter) {
        TargetCard card = new TargetCard(result);
        if (result.baselineValue() != null && result.value() != null && result.rule() != TargetRule.COUNT) {
            double points = (result.value() - result.baselineValue()) * 100;
            Span trend = new Span(getTranslation("dashboard.trend", (points >= 0 ? "+" : "") + Formats.decimal(points)));
            trend.addClassName("trend");
            card.add(trend);
        }
        RouterLink link = new RouterLink(TargetView.class, result.code());
        link.add(card);
        link.setQueryParameters(filter.toQuery());
        link.addClassName("target-card-link");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading") + " – " + getTranslation("app.brand");
    }
}
