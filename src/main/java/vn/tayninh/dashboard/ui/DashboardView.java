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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.chart.ApexChart.ValueFormat;
import vn.tayninh.dashboard.base.ui.chart.ChartData;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.indicator.Vacancy;

/**
 * Tổng quan: the province (or the area chosen) against every target at a glance, and the charts the board
 * looks at every week. Everything the page shows is in its URL, so a view can be shared and survives a reload.
 */
@Route("tong-quan")
@RouteAlias("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> EDUCATION_LEVELS =
            List.of("TIEN_SI", "THAC_SI", "DAI_HOC", "CAO_DANG", "TRUNG_CAP", "DUOI_TRUNG_CAP", "UNKNOWN");
    static final List<String> THEORY_LEVELS = List.of("CU_NHAN_CAO_CAP", "TRUNG_CAP", "SO_CAP", "CHUA_CO", "UNKNOWN");

    private final transient IndicatorEngine engine;
    private final transient FreezeService freezes;
    private final transient CommuneService communes;
    private final Clock clock;
    private final transient ReportExports exports;

    DashboardView(IndicatorEngine engine, FreezeService freezes, CommuneService communes, Clock clock,
                  ReportExports exports) {
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

        Div charts = new Div(
                educationChart(breakdowns),
                theoryChart(breakdowns),
                ageChart(breakdowns),
                compositionChart("dashboard.chart.plan", overview, List.of("T7a", "T7b", "T7c", "T7d")),
                compositionChart("dashboard.chart.committee", overview, List.of("T8a", "T8c", "T8b", "T8e")),
                keyTitleChart(overview.vacancies()),
                committeeSeatChart(overview.vacancies()),
                ratingChart(ratings));
        charts.addClassName("chart-row");
        exports.captionCharts(charts, overview);

        add(new H2(getTranslation("dashboard.heading")), bar, subtitle, exports.buttons(overview), cards, charts);
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

    private ChartPanel educationChart(Breakdowns breakdowns) {
        Map<String, Long> counts = breakdowns.of(Population.ALL, Dimension.EDUCATION);
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String level : EDUCATION_LEVELS) {
            if (counts.getOrDefault(level, 0L) > 0) {
                labels.add(getTranslation("education." + level));
                values.add(counts.get(level));
            }
        }
        long total = values.stream().mapToLong(Long::longValue).sum();
        long university = counts.getOrDefault("DAI_HOC", 0L);
        long postgraduate = counts.getOrDefault("THAC_SI", 0L) + counts.getOrDefault("TIEN_SI", 0L);
        ChartData data = new ChartData(getTranslation("dashboard.chart.education"), labels,
                List.of(new ChartData.Series(getTranslation("dashboard.series.cadres"), values)), ValueFormat.integer, null);
        String summary = total == 0 ? getTranslation("status.NO_DATA") : getTranslation("dashboard.summary.education",
                Formats.percent((double) university / total), Formats.percent((double) postgraduate / total),
                Formats.percent((double) (total - university - postgraduate) / total), Formats.integer(total));
        return new ChartPanel(data, Charts.donut(data, "trinh-do-chuyen-mon"), summary);
    }

    private ChartPanel theoryChart(Breakdowns breakdowns) {
        List<String> labels = THEORY_LEVELS.stream().map(l -> getTranslation("theory." + l)).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (Population population : List.of(Population.ALL, Population.LEADERS, Population.PLAN_KEY)) {
            series.add(new ChartData.Series(getTranslation("population." + population.name()),
                    shares(breakdowns.of(population, Dimension.POLITICAL_THEORY), THEORY_LEVELS)));
        }
        ChartData data = new ChartData(getTranslation("dashboard.chart.theory"), labels, series, ValueFormat.percent, null);
        Map<String, Long> leaders = breakdowns.of(Population.LEADERS, Dimension.POLITICAL_THEORY);
        long meeting = leaders.getOrDefault("CU_NHAN_CAO_CAP", 0L) + leaders.getOrDefault("TRUNG_CAP", 0L);
        long total = leaders.values().stream().mapToLong(Long::longValue).sum();
        String summary = total == 0 ? getTranslation("status.NO_DATA") : getTranslation("dashboard.summary.theory",
                Formats.percent((double) meeting / total), Formats.integer(total));
        return new ChartPanel(data, Charts.bar(data, false, false, "ly-luan-chinh-tri"), summary);
    }

    private ChartPanel ageChart(Breakdowns breakdowns) {
        Map<String, Map<String, Long>> byAge = breakdowns.ageByGender().getOrDefault(Population.ALL, Map.of());
        List<String> labels = Breakdowns.AGE_BANDS.stream().map(b -> getTranslation("age." + b)).toList();
        List<ChartData.Series> series = new ArrayList<>();
        for (String gender : List.of("NAM", "NU", "UNKNOWN")) {
            List<Long> values = Breakdowns.AGE_BANDS.stream()
                    .map(b -> byAge.getOrDefault(b, Map.of()).getOrDefault(gender, 0L)).toList();
            if (values.stream().anyMatch(v -> v > 0)) {
                series.add(new ChartData.Series(getTranslation("gender." + gender), values));
            }
        }
        long young = Breakdowns.AGE_BANDS.subList(0, 2).stream()
                .mapToLong(b -> byAge.getOrDefault(b, Map.of()).values().stream().mapToLong(Long::longValue).sum()).sum();
        long total = byAge.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        ChartData data = new ChartData(getTranslation("dashboard.chart.age"), labels, series, ValueFormat.integer, null);
        String summary = total == 0 ? getTranslation("status.NO_DATA")
                : getTranslation("dashboard.summary.age", Formats.percent((double) young / total), Formats.integer(total));
        return new ChartPanel(data, Charts.bar(data, false, true, "do-tuoi-gioi-tinh"), summary);
    }

    /** Women, young, STEM and minority shares of a population, each bar with its own target marker. */
    private ChartPanel compositionChart(String titleKey, Overview overview, List<String> codes) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> goals = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        for (String code : codes) {
            TargetResult t = overview.target(code);
            labels.add(getTranslation("target." + code + ".short"));
            values.add(t.value());
            goals.add(t.lowerBound());
            if (!summary.isEmpty()) {
                summary.append("; ");
            }
            summary.append(getTranslation("target." + code + ".short")).append(' ')
                    .append(t.value() == null ? getTranslation("status.NO_DATA") : Formats.percent(t.value()));
        }
        ChartData data = new ChartData(getTranslation(titleKey), labels,
                List.of(new ChartData.Series(getTranslation("dashboard.series.share"), values)), ValueFormat.percent, null);
        return new ChartPanel(data, Charts.barWithGoals(data, goals, getTranslation("dashboard.series.target"),
                "co-cau-" + codes.getFirst().toLowerCase()), summary.toString());
    }

    private ChartPanel keyTitleChart(List<Vacancy> vacancies) {
        return seatChart("dashboard.chart.keyTitles", vacancies.stream().filter(v -> v.position().isKeyTitle()).toList(),
                "chuc-danh-chu-chot");
    }

    private ChartPanel committeeSeatChart(List<Vacancy> vacancies) {
        return seatChart("dashboard.chart.committeeSeats",
                vacancies.stream().filter(v -> !v.position().isKeyTitle()).toList(), "cap-uy");
    }

    private ChartPanel seatChart(String titleKey, List<Vacancy> seats, String fileName) {
        List<String> labels = seats.stream().map(v -> getTranslation("position." + v.position().name())).toList();
        ChartData data = new ChartData(getTranslation(titleKey), labels, List.of(
                new ChartData.Series(getTranslation("dashboard.series.approved"), seats.stream().map(Vacancy::approved).toList()),
                new ChartData.Series(getTranslation("dashboard.series.filled"), seats.stream().map(Vacancy::filled).toList()),
                new ChartData.Series(getTranslation("dashboard.series.vacant"), seats.stream().map(Vacancy::vacant).toList())),
                ValueFormat.integer, null);
        List<String> vacant = seats.stream().filter(v -> v.vacant() > 0)
                .map(v -> getTranslation("position." + v.position().name()) + " " + Formats.integer(v.vacant())).toList();
        String summary = vacant.isEmpty() ? getTranslation("dashboard.summary.noVacancy")
                : getTranslation("dashboard.summary.vacancy", String.join(", ", vacant));
        return new ChartPanel(data, Charts.bar(data, true, false, fileName), summary);
    }

    private ChartPanel ratingChart(Map<Integer, long[]> ratings) {
        List<String> years = ratings.keySet().stream().map(String::valueOf).toList();
        List<Double> shares = ratings.values().stream().map(r -> r[0] == 0 ? null : (double) r[1] / r[0]).toList();
        ChartData data = new ChartData(getTranslation("dashboard.chart.ratings"), years,
                List.of(new ChartData.Series(getTranslation("dashboard.series.ratedWell"), shares)), ValueFormat.percent,
                new ChartData.Target(0.9, getTranslation("dashboard.target.label", Formats.percent(0.9))));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            parts.add(years.get(i) + ": " + (shares.get(i) == null ? "–" : Formats.percent(shares.get(i))));
        }
        String summary = parts.isEmpty() ? getTranslation("status.NO_DATA")
                : getTranslation("dashboard.summary.ratings", String.join("; ", parts));
        return new ChartPanel(data, Charts.bar(data, false, false, "xep-loai"), summary);
    }

    private static List<Double> shares(Map<String, Long> counts, List<String> keys) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return keys.stream().map(k -> total == 0 ? null : (double) counts.getOrDefault(k, 0L) / total).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading") + " – " + getTranslation("app.brand");
    }
}
