package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.H3;
import java.time.Clock;
import vn.tayninh.dashboard.explanation.ExplanationFilter;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.DisplayNames;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.KeyCharts;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.Freshness;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * Tổng quan: the province (or the area chosen) against every target at a glance, and the charts the board
 * looks at every week. Everything the page shows is in its URL, so a view can be shared and survives a reload.
 */
@Route("tong-quan")
@RouteAlias("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DisplayNames names;
    private final transient IndicatorEngine engine;
    private final transient FreezeService freezes;
    private final transient CommuneService communes;
    private final Clock clock;
    private final transient ReportExports exports;
    private final transient Translations translations;
    private final transient TimelineNotes timeline;
    private final transient ForecastService forecasts;
    private final transient DataQuality quality;

    private final transient Explanations explanations;
    private final transient CommuneAccess access;
    private final transient AuthenticatedUser user;

    DashboardView(IndicatorEngine engine, FreezeService freezes, CommuneService communes, Clock clock,
                  ReportExports exports, Translations translations, TimelineNotes timeline,
                  Explanations explanations, CommuneAccess access, AuthenticatedUser user,
                  ForecastService forecasts, DataQuality quality, DisplayNames names) {
        this.names = names;
        this.forecasts = forecasts;
        this.quality = quality;
        this.explanations = explanations;
        this.access = access;
        this.user = user;
        this.translations = translations;
        this.timeline = timeline;
        this.engine = engine;
        this.freezes = freezes;
        this.communes = communes;
        this.clock = clock;
        this.exports = exports;
        addClassName("view-padding");
    }

    /** A commune editor starts with their commune's requests for explanation, to answer them. */
    private java.util.Optional<Div> ownRequests() {
        CurrentUser me = user.get().orElse(null);
        if (me == null || me.role() != Role.COMMUNE_EDITOR || me.communeId() == null) {
            return java.util.Optional.empty();
        }
        ExplanationFilter own = ExplanationFilter.commune(me.communeId());
        if (explanations.find(own).isEmpty()) {
            return java.util.Optional.empty();
        }
        ExplanationGrid grid = new ExplanationGrid(explanations, access, this.names, clock.getZone(),
                () -> explanations.find(own));
        grid.setId("dashboard-explanations");
        Div section = new Div(new H3(getTranslation("dashboard.explanations")), grid);
        section.addClassName("dashboard-explanations");
        return java.util.Optional.of(section);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // a commune editor's start page is their commune's page; "Tổng quan" (/tong-quan) stays the province's
        CurrentUser me = user.get().orElse(null);
        if (event.getLocation().getPath().isEmpty() && me != null && me.role() == Role.COMMUNE_EDITOR
                && me.communeId() != null) {
            var own = communes.findById(me.communeId());
            if (own.isPresent()) {
                event.forwardTo(CommuneView.class, CommuneView.parameters(own.get()));
                return;
            }
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        show(DashboardFilter.from(query), Headline.selected(query));
    }

    private void show(DashboardFilter filter, Status selected) {
        removeAll();
        Scope scope = filter.scope();
        Overview overview = filter.overview(engine, clock);
        LocalDate asOf = overview.asOf();
        // provisional only while the overview's are (the recount after a start counts these first), as the caption says
        Breakdowns breakdowns = engine.breakdowns(scope, asOf, Freshness.PROVISIONAL_ALLOWED);
        Map<Integer, long[]> ratings = engine.ratingsByYear(scope, asOf, Freshness.PROVISIONAL_ALLOWED);
        List<ReportingFreeze> frozen = freezes.findAll();
        PreviousFigures previous = PreviousFigures.before(engine, frozen, asOf, scope);

        // a new area or date keeps the status the cards are narrowed to
        DashboardFilterBar bar = DashboardFilterBar.of(filter, engine, freezes, communes, clock,
                next -> UI.getCurrent().navigate(DashboardView.class, selected == null ? next.toQuery()
                        : next.toQuery().merging(Headline.STATUS, selected.name())));

        FiguresCaption subtitle = new FiguresCaption(overview);
        Headline headline = new Headline(overview, overview.targets(), previous, selected, DashboardView.class,
                RouteParameters.empty(), filter.toQuery());

        Div cards = new Div();
        cards.addClassName("target-cards");
        Comparison comparison = comparison(previous, frozen, asOf);
        List<TargetResult> shown = Headline.narrowed(overview.targets(), selected);
        Map<String, Forecast.TargetForecast> projected = forecasts.projectedIfReadable(scope, asOf, overview.frozen());
        LocalDate to = ForecastService.defaultDate();
        for (TargetResult result : shown) {
            cards.add(cardLink(result, filter, comparison, projected.get(result.code()), to));
        }
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("headline.none")));
        }
        // not a target: left out when the headline narrows the cards to one status
        if (!overview.frozen() && selected == null) {
            cards.add(QualityCard.link(quality.summary(scope, asOf), asOf, null));
        }

        Div charts = new Div();
        new KeyCharts(translations, getLocale()).of(overview, breakdowns, ratings,
                        timeline.forScope(scope.isSingleCommune() ? scope.communeCode() : null))
                .forEach(chart -> charts.add(ReportChartPanel.of(chart)));
        charts.addClassName("chart-row");
        exports.captionCharts(charts, overview);

        add(new H2(getTranslation("dashboard.heading")));
        ownRequests().ifPresent(this::add);
        Div actions = new Div(exports.menu(overview), CompareView.link(filter, null));
        actions.addClassName("page-actions");
        add(headline, bar, subtitle, actions, cards, charts);
    }

    /**
     * What a card's value is compared with: the previous frozen reporting date before the date shown, or the
     * baseline (the earliest freeze) when there is no other, as on the baseline date itself; null before any freeze.
     */
    private record Comparison(LocalDate date, boolean baseline, PreviousFigures previous) {

        Double valueOf(TargetResult result) {
            if (baseline) {
                return result.baselineValue();
            }
            TargetResult before = previous.target(result.code());
            return before == null ? null : before.value();
        }
    }

    private static Comparison comparison(PreviousFigures previous, List<ReportingFreeze> frozen, LocalDate asOf) {
        if (previous != null) {
            return new Comparison(previous.date(), false, previous);
        }
        return frozen.stream().map(ReportingFreeze::getAsOfDate).min(LocalDate::compareTo)
                .filter(baseline -> !baseline.isAfter(asOf)).map(baseline -> new Comparison(baseline, true, null))
                .orElse(null);
    }

    /** A card is a link to its target's page, with the same filters: reachable and opened by keyboard too. */
    private RouterLink cardLink(TargetResult result, DashboardFilter filter, Comparison comparison,
                                Forecast.TargetForecast forecast, LocalDate to) {
        TargetCard card = new TargetCard(result);
        if (forecast != null) {
            card.showForecast(to, forecast.projected(), forecast.provisional());
        }
        Double before = comparison == null ? null : comparison.valueOf(result);
        if (before != null && result.value() != null && result.rule() != TargetRule.COUNT) {
            double points = (result.value() - before) * 100;
            Span trend = new Span(getTranslation(comparison.baseline() ? "dashboard.trend.baseline" : "dashboard.trend",
                    Formats.date(comparison.date()), Formats.signedDecimal(points)));
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
