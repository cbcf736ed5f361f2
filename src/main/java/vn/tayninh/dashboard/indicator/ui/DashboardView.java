package vn.tayninh.dashboard.indicator.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.chart.ApexChart;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;

/** The province against every target at a glance, with the seats and the education mix. */
@Route("tong-quan")
@RouteAlias("")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> EDUCATION_ORDER =
            List.of("TIEN_SI", "THAC_SI", "DAI_HOC", "CAO_DANG", "TRUNG_CAP", "DUOI_TRUNG_CAP", "UNKNOWN");

    DashboardView(IndicatorEngine engine, Clock clock) {
        addClassName("view-padding");
        LocalDate today = LocalDate.now(clock);
        Overview overview = engine.overview(Scope.province(), today, null);

        Div cards = new Div();
        cards.addClassName("target-cards");
        overview.targets().forEach(t -> cards.add(new TargetCard(t)));

        Div charts = new Div(panel(vacancyChart(overview.vacancies())),
                panel(educationChart(engine.breakdowns(Scope.province(), today))));
        charts.addClassName("chart-row");

        add(new H2(getTranslation("dashboard.heading")),
                new Span(getTranslation("dashboard.asOf", Formats.date(today), String.valueOf(overview.ratingYear()))),
                cards, charts);
    }

    ApexChart vacancyChart(List<Vacancy> vacancies) {
        List<String> titles = new ArrayList<>();
        List<Integer> approved = new ArrayList<>();
        List<Integer> filled = new ArrayList<>();
        for (Vacancy v : vacancies) {
            titles.add(getTranslation("position." + v.position().name()));
            approved.add(v.approved());
            filled.add(v.filled());
        }
        String title = getTranslation("dashboard.chart.vacancies");
        ChartOptions options = new ChartOptions(
                new ChartOptions.Chart(ChartOptions.Type.bar, "360", false, ChartOptions.Toolbar.downloads("chuc-danh"), null, "vacancies"),
                List.of(new ChartOptions.Series(getTranslation("dashboard.series.approved"), null, approved),
                        new ChartOptions.Series(getTranslation("dashboard.series.filled"), null, filled)),
                new ChartOptions.XAxis(titles, "category", null, null, null), null, null,
                List.of("#9fb3c8", "#1f5f99"), new ChartOptions.Title(title, "left"), null,
                new ChartOptions.PlotOptions(new ChartOptions.PlotOptions.Bar(true, null, null, "70%")),
                null, new ChartOptions.DataLabels(false), new ChartOptions.Legend(true, "top"), null, null);
        ApexChart chart = new ApexChart(options, ApexChart.ValueFormat.integer);
        chart.setLanguage(getLocale());
        return chart;
    }

    ApexChart educationChart(Breakdowns breakdowns) {
        Map<String, Long> byLevel = breakdowns.of(Population.ALL, Breakdowns.Dimension.EDUCATION);
        List<String> labels = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (String level : EDUCATION_ORDER) {
            if (byLevel.getOrDefault(level, 0L) > 0) {
                labels.add(getTranslation("education." + level));
                counts.add(byLevel.get(level));
            }
        }
        ChartOptions options = new ChartOptions(
                new ChartOptions.Chart(ChartOptions.Type.donut, "360", null, ChartOptions.Toolbar.downloads("trinh-do"), null, "education"),
                counts, null, null, labels, null, new ChartOptions.Title(getTranslation("dashboard.chart.education"), "left"),
                null, null, null, null, new ChartOptions.Legend(true, "bottom"), null, null);
        ApexChart chart = new ApexChart(options, ApexChart.ValueFormat.integer);
        chart.setLanguage(getLocale());
        return chart;
    }

    private static Div panel(ApexChart chart) {
        Div panel = new Div(chart);
        panel.addClassName("chart-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading") + " – " + getTranslation("app.brand");
    }
}
