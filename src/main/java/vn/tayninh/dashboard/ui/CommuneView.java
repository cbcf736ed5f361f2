package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.time.Clock;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationFilter;
import vn.tayninh.dashboard.explanation.Explanations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.chart.ApexChart;
import vn.tayninh.dashboard.base.ui.chart.ChartData;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.DisplayNames;

/**
 * One commune: its targets, what it fails in words, its education mix and seats, who holds each title, and its
 * cadres with their profiles. Live figures, or those frozen at the reporting date of the URL ({@link DashboardFilter}).
 */
@Route("xa-phuong/:code")
@PermitAll
class CommuneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CODE = "code";

    private final DisplayNames names;
    private final CommuneService communes;
    private final IndicatorEngine engine;
    private final CadreService cadres;
    private final FreezeService freezes;
    private final CommuneAccess access;
    private final Clock clock;
    private final transient ReportExports exports;
    private final Explanations explanations;
    private final transient ForecastService forecasts;
    private final transient DataQuality quality;
    private String title;

    CommuneView(CommuneService communes, IndicatorEngine engine, CadreService cadres, FreezeService freezes,
                CommuneAccess access, Clock clock, ReportExports exports, Explanations explanations,
                ForecastService forecasts, DataQuality quality, DisplayNames names) {
        this.names = names;
        this.forecasts = forecasts;
        this.quality = quality;
        this.explanations = explanations;
        this.access = access;
        this.communes = communes;
        this.engine = engine;
        this.cadres = cadres;
        this.freezes = freezes;
        this.clock = clock;
        this.exports = exports;
        addClassName("view-padding");
    }

    static RouteParameters parameters(Commune commune) {
        return new RouteParameters(CODE, commune.getCode());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get(CODE).orElse("");
        communes.findByCode(code).ifPresentOrElse(commune -> {
            List<LocalDate> frozenDates = freezes.findAll().stream().map(ReportingFreeze::getAsOfDate).toList();
            QueryParameters query = event.getLocation().getQueryParameters();
            DashboardFilter filter = DashboardFilter.from(query).withKnownReportingDate(frozenDates);
            show(commune, filter.overview(engine, clock, Scope.commune(code)), Headline.selected(query),
                    query.excluding(Headline.STATUS));
        }, () -> notFound(code));
    }

    private void notFound(String code) {
        title = getTranslation("commune.notFound.heading");
        add(new H2(title), new Paragraph(getTranslation("commune.notFound.text", code)), back());
    }

    private void show(Commune commune, Overview overview, Status selected, QueryParameters query) {
        title = commune.getName();
        Span facts = new Span(String.join(" · ", Stream.of(
                getTranslation("commune.type." + commune.getType().name()), commune.getFormerProvince(),
                commune.getFormerDistricts(), commune.isBorder() ? getTranslation("communes.border") : null,
                commune.isDongThapMuoi() ? getTranslation("communes.dongThapMuoi") : null)
                .filter(s -> s != null).toList()));
        facts.addClassName("commune-facts");
        FiguresCaption asOf = new FiguresCaption(overview);

        Div cards = new Div();
        cards.addClassName("target-cards");
        // T9d counts courses held for the whole province: no commune figure.
        List<TargetResult> targets = overview.targets().stream().filter(t -> t.population() != Population.COURSES)
                .toList();
        List<TargetResult> shown = Headline.narrowed(targets, selected);
        // a commune editor reads every commune's page, but only their own commune's requests for explanation
        boolean requestsReadable = access.ownCommuneOnly().map(own -> own.equals(commune.getId())).orElse(true);
        ExplanationGrid requests = new ExplanationGrid(explanations, access, this.names, clock.getZone(),
                () -> requestsReadable ? explanations.find(ExplanationFilter.commune(commune.getId())) : List.of());
        requests.setId("commune-explanations");
        requests.setVisible(requestsReadable);
        H3 requestsHeading = new H3(getTranslation("commune.explanations"));
        requestsHeading.setVisible(requestsReadable);
        // newest first: the first of a target is its latest
        List<ExplanationDetails> asked = requestsReadable
                ? explanations.find(ExplanationFilter.commune(commune.getId())) : List.of();
        // a commune editor reads and proposes planning for their own commune only
        boolean planningReadable = requestsReadable;
        Map<String, Forecast.TargetForecast> projected =
                forecasts.projectedIfReadable(Scope.commune(commune.getCode()), overview.asOf(),
                        overview.frozen());
        for (TargetResult t : shown) {
            TargetCard card = new TargetCard(t);
            Forecast.TargetForecast forecast = projected.get(t.code());
            if (forecast != null) {
                card.showForecast(ForecastService.defaultDate(), forecast.projected(), forecast.provisional());
            }
            asked.stream().filter(e -> e.targetCode().equals(t.code())).findFirst()
                    .ifPresent(e -> card.add(ExplanationBadge.of(this, e)));
            if (planningReadable && PlanningView.CARDS.contains(t.code())) {
                RouterLink planningLink = new RouterLink(getTranslation("planningPage.link.target"),
                        CommunePlanningView.class, CommunePlanningView.parameters(commune));
                planningLink.addClassName("card-planning");
                card.add(planningLink);
            }
            if (access.canManageReferenceData()) {
                Button ask = new Button(getTranslation("explanation.ask.button"), e -> new ExplanationRequestDialog(
                        explanations, Map.of(t.code(), List.of(commune)), overview.asOf(), LocalDate.now(clock),
                        requests::refresh).open());
                ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                ask.addClassName("card-ask");
                card.add(ask);
            }
            cards.add(card);
        }
        if (shown.isEmpty()) {
            cards.add(new Paragraph(getTranslation("headline.none")));
        }
        // not a target: left out when the headline narrows the cards to one status
        if (!overview.frozen() && selected == null) {
            cards.add(QualityCard.link(quality.summary(Scope.commune(commune.getCode()), overview.asOf()),
                    overview.asOf(), commune));
        }
        Headline headline = new Headline(overview, targets, PreviousFigures.before(engine, freezes.findAll(),
                overview.asOf(), Scope.commune(commune.getCode())), selected, CommuneView.class,
                parameters(commune), query);

        Div charts = new Div(educationChart(commune, overview), vacancyChart(commune, overview.vacancies()));
        charts.addClassName("chart-row");
        exports.captionCharts(charts, overview);

        // an editor reads the people of their own commune only: of another, the figures and the seats, no names
        boolean persons = access.canReadPersons(commune.getId());
        Map<Position, List<Cadre>> holders = persons ? cadres.findActiveHolders(commune.getId(), overview.asOf())
                : Map.of();
        add(back(), new H2(title), headline, facts, asOf);
        if (access.canEdit(commune.getId())) {
            RouterLink edit = new RouterLink(getTranslation("commune.edit"), CommuneEntryView.class,
                    CommuneEntryView.parameters(commune));
            edit.setId("commune-edit");
            edit.addComponentAsFirst(VaadinIcon.EDIT.create());
            add(edit);
        }
        if (requestsReadable) {
            RouterLink planningPage = new RouterLink(getTranslation("planningPage.link"), CommunePlanningView.class,
                    CommunePlanningView.parameters(commune));
            planningPage.setId("commune-planning");
            planningPage.addComponentAsFirst(VaadinIcon.SITEMAP.create());
            add(planningPage);
        }
        add(exports.menu(overview),
                new H3(getTranslation("commune.checks")), checks(overview),
                new H3(getTranslation("commune.targets")), cards,
                requestsHeading, requests, charts,
                new H3(getTranslation("commune.positions")), positions(overview.vacancies(), holders, persons),
                new H3(getTranslation("commune.cadres")));
        if (persons) {
            add(new CommuneCadres(cadres, exports.jobs(), commune, overview.asOf(), holders));
        } else {
            Paragraph closed = new Paragraph(getTranslation("commune.cadres.otherCommune"));
            closed.setId("cadres-closed");
            add(closed);
        }
    }

    private RouterLink back() {
        RouterLink back = new RouterLink(getTranslation("commune.back"), CommuneListView.class);
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        return back;
    }

    /** The per-commune checks it fails (T7e, T8d: a woman in the pool, in the standing committee) and vacant key titles. */
    private Component checks(Overview overview) {
        List<String> failed = new ArrayList<>();
        overview.targets().stream()
                .filter(t -> t.population() == Population.COMMUNES && t.numerator() == 0)
                .forEach(t -> failed.add(getTranslation("commune.check." + t.code())));
        overview.vacancies().stream().filter(v -> v.position().isKeyTitle() && v.vacant() > 0)
                .forEach(v -> failed.add(getTranslation("commune.check.vacant", Formats.integer(v.vacant()),
                        positionLabel(v.position()))));
        if (failed.isEmpty()) {
            return new Paragraph(getTranslation("commune.checks.none"));
        }
        UnorderedList list = new UnorderedList(failed.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.addClassName("commune-checks");
        return list;
    }

    private ChartPanel educationChart(Commune commune, Overview overview) {
        Map<String, Long> byLevel = engine.breakdowns(Scope.commune(commune.getCode()), overview.asOf())
                .of(Population.ALL, Breakdowns.Dimension.EDUCATION);
        List<String> levels = Stream.concat(Arrays.stream(Education.values()).map(Enum::name), Stream.of("UNKNOWN"))
                .filter(level -> byLevel.getOrDefault(level, 0L) > 0).toList();
        ChartData data = new ChartData(getTranslation("dashboard.chart.education"),
                levels.stream().map(level -> getTranslation("education." + level)).toList(),
                List.of(new ChartData.Series(getTranslation("commune.series.cadres"),
                        levels.stream().map(byLevel::get).toList())),
                ApexChart.ValueFormat.integer, null);
        String summary = getTranslation("commune.chart.education.summary",
                Formats.integer(byLevel.values().stream().mapToLong(Long::longValue).sum()),
                percent(overview.target("T1")), percent(overview.target("T2")));
        return new ChartPanel(data, Charts.donut(data, "trinh-do-" + commune.getCode()), summary);
    }

    private ChartPanel vacancyChart(Commune commune, List<Vacancy> vacancies) {
        ChartData data = new ChartData(getTranslation("dashboard.chart.vacancies"),
                vacancies.stream().map(v -> positionLabel(v.position())).toList(),
                List.of(new ChartData.Series(getTranslation("dashboard.series.approved"),
                                vacancies.stream().map(Vacancy::approved).toList()),
                        new ChartData.Series(getTranslation("dashboard.series.filled"),
                                vacancies.stream().map(Vacancy::filled).toList())),
                ApexChart.ValueFormat.integer, null);
        String summary = getTranslation("commune.chart.vacancies.summary",
                Formats.integer(vacancies.stream().mapToInt(Vacancy::approved).sum()),
                Formats.integer(vacancies.stream().mapToInt(Vacancy::filled).sum()),
                Formats.integer(vacancies.stream().mapToInt(Vacancy::vacant).sum()));
        return new ChartPanel(data, Charts.bar(data, true, false, "chuc-danh-" + commune.getCode()), summary);
    }

    private Grid<Vacancy> positions(List<Vacancy> vacancies, Map<Position, List<Cadre>> holders, boolean persons) {
        Grid<Vacancy> grid = new Grid<>();
        grid.setId("positions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(v -> positionLabel(v.position())).setKey("position")
                .setHeader(getTranslation("commune.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.integer(v.approved())).setKey("approved")
                .setHeader(getTranslation("dashboard.series.approved")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.integer(v.filled())).setKey("filled")
                .setHeader(getTranslation("dashboard.series.filled")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> Formats.integer(v.vacant())).setKey("vacant")
                .setHeader(getTranslation("commune.vacant")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        if (persons) {
            grid.addColumn(v -> String.join(", ", holders.getOrDefault(v.position(), List.of()).stream()
                    .map(Cadre::getFullName).toList())).setKey("holders").setHeader(getTranslation("commune.holders"));
        }
        grid.setItems(vacancies);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The commune's cadres, paged from the database, each opening onto its whole profile. */
    private String positionLabel(Position position) {
        return getTranslation("position." + position.name());
    }

    private String yesNo(boolean value) {
        return getTranslation(value ? "common.yes" : "common.no");
    }

    private static String percent(TargetResult result) {
        return result.value() == null ? "–" : Formats.percent(result.value());
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.brand");
    }
}
