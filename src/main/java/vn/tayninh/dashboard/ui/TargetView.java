package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.security.CommuneAccess;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.base.ui.chart.ApexChart;
import vn.tayninh.dashboard.base.ui.chart.ChartData;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Measure;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Road;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.timeline.TimelineNotes;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * One target in depth, for the area and date of the dashboard's filter (same URL parameters): its definition,
 * its card, the road to 2030 and the ranking of the communes.
 */
@Route("chi-tieu")
@PermitAll
class TargetView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** How many communes the chart shows at each end of the ranking. */
    private static final int ENDS = 5;

    /** One commune in the ranking; communes without data have no rank and come last. */
    record Rank(Integer rank, Commune commune, TargetResult result) {
    }

    private final IndicatorEngine engine;
    private final FreezeService freezes;
    private final CommuneService communes;
    private final Clock clock;
    private final transient ReportExports exports;
    private final transient TimelineNotes timeline;
    private final Explanations explanations;
    private final CommuneAccess access;
    private final transient ForecastService forecasts;
    private final transient vn.tayninh.dashboard.training.PlanOutcomes planOutcomes;
    private String code;
    private LocalDate asOf;
    private Map<Long, ExplanationDetails> latest = Map.of();

    TargetView(IndicatorEngine engine, FreezeService freezes, CommuneService communes, Clock clock,
               ReportExports exports, TimelineNotes timeline,
               Explanations explanations, CommuneAccess access, ForecastService forecasts,
               vn.tayninh.dashboard.training.PlanOutcomes planOutcomes) {
        this.forecasts = forecasts;
        this.planOutcomes = planOutcomes;
        this.explanations = explanations;
        this.access = access;
        this.timeline = timeline;
        this.engine = engine;
        this.freezes = freezes;
        this.communes = communes;
        this.clock = clock;
        this.exports = exports;
        addClassName("view-padding");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter == null) {
            // the address without a target: the first target, with the same filter
            event.forwardTo(RouteConfiguration.forSessionScope().getUrl(TargetView.class,
                    engine.targets().getFirst().getCode()), event.getLocation().getQueryParameters());
            return;
        }
        code = engine.targets().stream().map(Target::getCode).filter(c -> c.equals(parameter)).findFirst()
                .orElseThrow(NotFoundException::new);
        DashboardFilter filter = DashboardFilter.from(event.getLocation().getQueryParameters());
        Overview overview = filter.overview(engine, clock);
        TargetResult result = overview.target(code);
        Road road = engine.road(code, overview.scope(), overview.asOf(), overview.ratingYear());

        RouterLink back = new RouterLink(getTranslation("targetPage.back"), DashboardView.class);
        back.setQueryParameters(filter.toQuery());
        ChartData.Target goal = road.targetValue() == null ? null
                : new ChartData.Target(road.targetValue(), getTranslation("targetPage.goal", TargetCard.goalText(result)));
        Forecast.TargetForecast forecast = forecasts.projectedIfReadable(overview.scope(), overview.asOf(),
                overview.frozen()).get(code);
        TargetCard card = new TargetCard(result);
        if (forecast != null) {
            card.showForecast(ForecastService.defaultDate(), forecast.projected(), forecast.provisional());
        }
        if (forecast != null && forecasts.mayListCadres()) {
            RouterLink cadres = new RouterLink(getTranslation("forecast.page.link"), ForecastView.class, code);
            cadres.setQueryParameters(filter.toQuery());
            cadres.setId("forecast-cadres-link");
            card.add(cadres);
        }
        if (PlanningView.CARDS.contains(code)) {
            // the pool the target counts, title by title and person by person
            RouterLink pool = overview.scope().isSingleCommune()
                    ? new RouterLink(getTranslation("planningPage.link.target"), CommunePlanningView.class,
                            CommunePlanningView.parameters(overview.scope().communeCode()))
                    : new RouterLink(getTranslation("planningPage.link.target"), PlanningView.class);
            pool.setId("planning-link");
            card.add(pool);
        }
        // beside the natural projection, where the target lands with the training plan ("theo kế hoạch")
        vn.tayninh.dashboard.training.PlanOutcomes.PlanLine planLine = forecast == null ? null
                : planOutcomes.planLine(code, overview.scope(), overview.asOf()).orElse(null);
        Div summary = new Div(card, roadPanel(result, road, goal, overview.scope(), forecast, planLine));
        summary.addClassName("target-summary");

        removeAll();
        add(back, CompareView.link(filter, code), new H2(code + " · " + getTranslation("target." + code + ".name")),
                new Paragraph(getTranslation("target." + code + ".definition")),
                DashboardFilterBar.of(filter, engine, freezes, communes, clock,
                        next -> getUI().ifPresent(ui -> ui.navigate(TargetView.class, code, next.toQuery()))),
                new FiguresCaption(overview),
                summary, new H3(getTranslation("targetPage.ranking")));
        exports.captionCharts(summary, overview);
        if (Measure.of(code).kind() == Measure.Kind.COURSES) {
            add(new Paragraph(getTranslation("targetPage.ranking.none")));
            return;
        }
        List<Rank> ranking = ranking(overview, code);
        asOf = overview.asOf();
        latest = explanations.latestByCommune(code);
        Grid<Rank> grid = rankingGrid(ranking);
        List<Commune> behind = ranking.stream().filter(r -> asked(r.result().status())).map(Rank::commune).toList();
        if (access.canManageReferenceData() && !behind.isEmpty()) {
            Button askAll = new Button(getTranslation("explanation.ask.allBehind"),
                    VaadinIcon.COMMENT_ELLIPSIS_O.create(), e -> ask(behind, grid));
            askAll.setId("target-ask-all");
            add(askAll);
        }
        Div ranked = new Div(grid, endsPanel(ranking, goal));
        ranked.addClassName("target-ranking");
        exports.captionCharts(ranked, overview);
        add(ranked);
    }

    /** The communes by value, highest first; equal values share a rank (1, 2, 2, 4…). */
    static List<Rank> ranking(Overview overview, String code) {
        List<Rank> rows = new ArrayList<>();
        overview.communes().stream().map(c -> new Rank(null, c.commune(), c.target(code)))
                .sorted(Comparator.comparing((Rank r) -> r.result().value(),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder())))
                .forEach(r -> {
                    Integer rank = null;
                    if (r.result().value() != null) {
                        Rank previous = rows.isEmpty() ? null : rows.getLast();
                        rank = previous != null && r.result().value().equals(previous.result().value())
                                ? previous.rank() : rows.size() + 1;
                    }
                    rows.add(new Rank(rank, r.commune(), r.result()));
                });
        return rows;
    }

    private Grid<Rank> rankingGrid(List<Rank> ranking) {
        Grid<Rank> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.rank() == null ? "" : String.valueOf(r.rank())).setHeader(getTranslation("targetPage.rank"))
                .setKey("rank").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        // names and statuses are read whole: the commune's name wraps rather than being cut, the status never
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> r.commune().getName()).setHeader(getTranslation("targetPage.commune"))
                .setKey("commune").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(r -> Formats.integer(r.result().numerator()) + " / " + Formats.integer(r.result().denominator()))
                .setHeader(getTranslation("targetPage.ratio")).setKey("ratio").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addColumn(r -> r.result().value() == null ? "" : Formats.percent(r.result().value()))
                .setHeader(getTranslation("targetPage.value")).setKey("value").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> badge(r.result().status())).setHeader(getTranslation("targetPage.status"))
                .setKey("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> r.result().gapPersons() == null ? "" : Formats.integer(r.result().gapPersons()))
                .setHeader(getTranslation("targetPage.gap")).setKey("gap").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        grid.addComponentColumn(r -> explanation(r, grid)).setHeader(getTranslation("explanation.latest"))
                .setKey("explanation").setAutoWidth(true);
        grid.setItems(ranking);
        // The commune page is another view; only its URL is known here.
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CommuneView.class, CommuneView.parameters(e.getItem().commune()))));
        GridKeyboard.openOnEnter(grid, r -> getUI().ifPresent(ui -> ui.navigate(CommuneView.class, CommuneView.parameters(r.commune()))));
        if (ranking.size() <= 20) {
            grid.setAllRowsVisible(true);
        } else {
            PageGrids.screenHigh(grid);
        }
        return grid;
    }

    /** The commune's latest request on this target, and for the board a button to ask it to explain. */
    private Div explanation(Rank rank, Grid<Rank> grid) {
        Div cell = new Div();
        ExplanationDetails last = latest.get(rank.commune().getId());
        if (last != null) {
            cell.add(ExplanationBadge.of(this, last));
        }
        // asked only of a commune behind or not meeting the target, as "ask all behind" does
        if (access.canManageReferenceData() && asked(rank.result().status())) {
            Button ask = new Button(getTranslation("explanation.ask.button"), e -> ask(List.of(rank.commune()), grid));
            ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            ask.addClassName("target-ask");
            // the row itself opens the commune page: the click stays with the button
            ask.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
            cell.add(ask);
        }
        return cell;
    }

    /** Whether a commune at this status may be asked to explain: behind the path or not meeting the target. */
    static boolean asked(Status status) {
        return status == Status.BEHIND || status == Status.NOT_MET;
    }

    private void ask(List<Commune> asked, Grid<Rank> grid) {
        new ExplanationRequestDialog(explanations, Map.of(code, asked), asOf, LocalDate.now(clock), () -> {
            latest = explanations.latestByCommune(code);
            grid.getDataProvider().refreshAll();
        }).open();
    }

    private Span badge(Status status) {
        Span badge = new Span(getTranslation("status." + status.name()));
        badge.addClassNames("status-badge", "status-" + status.name());
        return badge;
    }

    /**
     * The required path (dashed), the frozen and live values, and the projection (dotted) to the deadline, each point
     * at its date on a time axis; the year ends to the deadline carry the path and the projection.
     */
    private ChartPanel roadPanel(TargetResult result, Road road, ChartData.Target goal, Scope scope,
                                 Forecast.TargetForecast forecast,
                                 vn.tayninh.dashboard.training.PlanOutcomes.PlanLine planLine) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        if (forecast != null) {
            forecast.yearly().forEach(p -> dates.add(p.date()));
        }
        road.frozen().forEach(p -> dates.add(p.date()));
        dates.add(road.live().date());
        // year ends to the deadline, so that the years ahead take room on the axis
        for (int year = road.live().date().getYear() + 1; year <= road.deadline().getYear(); year++) {
            dates.add(LocalDate.of(year, 12, 31));
        }
        dates.add(road.deadline());

        List<LocalDate> points = List.copyOf(dates);
        List<String> categories = new ArrayList<>();
        List<Double> actual = new ArrayList<>();
        List<Double> required = new ArrayList<>();
        List<Double> projected = new ArrayList<>();
        List<Double> natural = new ArrayList<>();
        List<Double> withPlan = new ArrayList<>();
        for (LocalDate date : dates) {
            withPlan.add(planLine == null ? null : date.equals(road.live().date()) ? road.live().value()
                    : planLine.yearly().stream().filter(p -> p.date().equals(date)).map(Forecast.Point::value)
                    .findFirst().orElse(null));
            natural.add(forecast == null ? null : date.equals(road.live().date()) ? road.live().value()
                    : forecast.yearly().stream().filter(p -> p.date().equals(date)).map(Forecast.Point::value)
                    .findFirst().orElse(null));
            categories.add(Formats.date(date));
            actual.add(date.equals(road.live().date()) ? road.live().value() : road.frozen().stream()
                    .filter(p -> p.date().equals(date)).map(Road.Point::value).findFirst().orElse(null));
            required.add(road.requiredAt(date));
            projected.add(road.projectedAt(date));
        }
        List<ChartData.Series> series = new ArrayList<>();
        List<Integer> dashes = new ArrayList<>();
        series.add(new ChartData.Series(getTranslation("targetPage.road.actual"), actual));
        dashes.add(0);
        if (road.baseline() != null && road.targetValue() != null) {
            series.add(new ChartData.Series(getTranslation("targetPage.road.required"), required));
            dashes.add(6);
        }
        // the natural projection (retirements, courses in progress) replaces the straight trend of past points
        if (forecast != null) {
            series.add(new ChartData.Series(getTranslation("targetPage.road.forecast"), natural));
            dashes.add(2);
            if (planLine != null) {
                series.add(new ChartData.Series(getTranslation("targetPage.road.withPlan"), withPlan));
                dashes.add(10);
            }
        } else if (road.hasProjection()) {
            series.add(new ChartData.Series(getTranslation("targetPage.road.projected"), projected));
            dashes.add(2);
        }
        ChartData data = new ChartData(getTranslation("targetPage.road.title"), categories, series, format(), goal);
        // the notes of the scope on the axis's span: the province's, and a commune's own on its road
        List<ChartOptions.Annotations.Line> notes = timeline.forScope(scope.isSingleCommune() ? scope.communeCode() : null)
                .stream().filter(n -> !n.getDate().isBefore(points.getFirst()) && !n.getDate().isAfter(road.deadline()))
                .map(n -> ChartOptions.Annotations.Line.noteAt(Charts.timestamp(n.getDate()),
                        Formats.date(n.getDate()) + " " + n.getTitle()))
                .toList();
        return new ChartPanel(data, Charts.timeLine(data, points, dashes, "lo-trinh-" + code).withXLines(notes),
                roadSummary(result, road, forecast, planLine));
    }

    private String roadSummary(TargetResult result, Road road, Forecast.TargetForecast forecast,
                               vn.tayninh.dashboard.training.PlanOutcomes.PlanLine planLine) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("targetPage.road.now", Formats.date(road.live().date()), valueText(road.live().value())));
        if (result.requiredPath() != null) {
            parts.add(getTranslation("targetPage.road.requiredNow", valueText(result.requiredPath())));
        }
        if (forecast != null) {
            parts.add(getTranslation("targetPage.road.forecastAt", Formats.date(ForecastService.defaultDate()),
                    valueText(forecast.projected().value())));
            if (planLine != null) {
                parts.add(getTranslation("targetPage.road.withPlanAt", planLine.plan().getName(),
                        valueText(planLine.at2030().value())));
            }
        } else if (result.rule() != TargetRule.NONE) {
            parts.add(road.hasProjection()
                    ? getTranslation("targetPage.road.projection", Formats.date(road.deadline()),
                            valueText(road.projectionAtDeadline()))
                    : getTranslation("targetPage.road.noProjection"));
        }
        return String.join(" ", parts);
    }

    /** The highest and the lowest communes as bars, in two colours, with the target line. */
    private ChartPanel endsPanel(List<Rank> ranking, ChartData.Target goal) {
        List<Rank> valued = ranking.stream().filter(r -> r.result().value() != null).toList();
        int best = Math.min(ENDS, valued.size());
        List<Rank> shown = new ArrayList<>(valued.subList(0, best));
        shown.addAll(valued.subList(Math.max(best, valued.size() - ENDS), valued.size()));
        List<String> names = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            names.add(shown.get(i).commune().getName());
            high.add(i < best ? shown.get(i).result().value() : null);
            low.add(i < best ? null : shown.get(i).result().value());
        }
        ChartData data = new ChartData(getTranslation("targetPage.ends.title"), names,
                List.of(new ChartData.Series(getTranslation("targetPage.ends.highest"), high),
                        new ChartData.Series(getTranslation("targetPage.ends.lowest"), low)),
                ApexChart.ValueFormat.percent, goal);
        String summary = valued.isEmpty() ? getTranslation("status.NO_DATA")
                : getTranslation("targetPage.ends.summary", valued.getFirst().commune().getName(),
                        Formats.percent(valued.getFirst().result().value()), valued.getLast().commune().getName(),
                        Formats.percent(valued.getLast().result().value()));
        return new ChartPanel(data, Charts.bar(data, true, true, "xep-hang-" + code), summary);
    }

    private ApexChart.ValueFormat format() {
        return Measure.of(code).kind() == Measure.Kind.COURSES ? ApexChart.ValueFormat.integer : ApexChart.ValueFormat.percent;
    }

    private String valueText(Double value) {
        if (value == null) {
            return getTranslation("status.NO_DATA");
        }
        return format() == ApexChart.ValueFormat.integer ? Formats.integer(Math.round(value)) : Formats.percent(value);
    }

    @Override
    public String getPageTitle() {
        return code + " · " + getTranslation("target." + code + ".name") + " – " + getTranslation("app.brand");
    }
}
