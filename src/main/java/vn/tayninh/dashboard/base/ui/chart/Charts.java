package vn.tayninh.dashboard.base.ui.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.base.Contrast;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions.Annotations;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions.Chart;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions.PlotOptions;

/** Builds the product's chart options from {@link ChartData}: one look for every chart. */
public final class Charts {

    public static final List<String> PALETTE =
            List.of("#1f5f99", "#9fb3c8", "#2e8540", "#c77700", "#7b4fa0", "#b3261e", "#5f6b7a");

    /** The text colour of a label drawn on each palette fill, readable at WCAG AA. */
    public static final List<String> LABEL_COLOURS = PALETTE.stream().map(Contrast::textOn).toList();

    private Charts() {
    }

    /** Bars per category; percentages are plotted as 0–100 so axes read naturally. */
    public static ChartOptions bar(ChartData data, boolean horizontal, boolean stacked, String fileName) {
        boolean percent = data.format() == ApexChart.ValueFormat.percent;
        List<ChartOptions.Series> series = new ArrayList<>();
        for (ChartData.Series s : data.series()) {
            series.add(new ChartOptions.Series(s.name(), null, percent ? scaled(s.values()) : s.values()));
        }
        Annotations annotations = null;
        if (data.target() != null) {
            double at = percent ? data.target().value() * 100 : data.target().value();
            annotations = horizontal
                    ? new Annotations(null, List.of(Annotations.Line.targetAtX(at, data.target().label())))
                    : new Annotations(List.of(Annotations.Line.targetAtY(at, data.target().label())), null);
        }
        ChartOptions.YAxis yaxis = percent && !horizontal ? new ChartOptions.YAxis(0.0, 100.0, null, 5) : null;
        ChartOptions.XAxis xaxis = new ChartOptions.XAxis(data.categories(), "category", null,
                percent && horizontal ? 100.0 : null, percent && horizontal ? 0.0 : null);
        return new ChartOptions(
                new Chart(ChartOptions.Type.bar, "340", stacked, ChartOptions.Toolbar.downloads(fileName), null, null),
                series, xaxis, yaxis, null, PALETTE, new ChartOptions.Title(data.title(), "left"), null,
                new PlotOptions(new PlotOptions.Bar(horizontal, null, "55%", "65%")), annotations,
                new ChartOptions.DataLabels(false), new ChartOptions.Legend(data.series().size() > 1, "top"), null,
                null);
    }

    /**
     * One bar per category from the first series, each with its own target drawn as a goal marker (null: no
     * target for that bar, e.g. a share that is shown but never judged).
     */
    public static ChartOptions barWithGoals(ChartData data, List<Double> goals, String goalName, String fileName) {
        boolean percent = data.format() == ApexChart.ValueFormat.percent;
        List<ChartOptions.Point> points = new ArrayList<>();
        List<? extends Number> values = data.series().getFirst().values();
        for (int i = 0; i < data.categories().size(); i++) {
            Number value = values.get(i);
            Double goal = goals.get(i);
            points.add(new ChartOptions.Point(data.categories().get(i),
                    value == null ? null : percent ? Math.round(value.doubleValue() * 1000) / 10.0 : value.doubleValue(),
                    goal == null ? null : List.of(ChartOptions.Goal.target(goalName, percent ? goal * 100 : goal)), null));
        }
        return new ChartOptions(
                new Chart(ChartOptions.Type.bar, "340", false, ChartOptions.Toolbar.downloads(fileName), null, null),
                List.of(new ChartOptions.Series(data.series().getFirst().name(), null, points)), null,
                percent ? new ChartOptions.YAxis(0.0, null, null, 5) : null, null, PALETTE,
                new ChartOptions.Title(data.title(), "left"), null,
                new PlotOptions(new PlotOptions.Bar(false, null, "45%", null)), null, new ChartOptions.DataLabels(false),
                new ChartOptions.Legend(false, "top"), null, null);
    }

    /** Slices of a whole; the first series holds the values, labelled in white or dark text as each fill allows. */
    public static ChartOptions donut(ChartData data, String fileName) {
        return new ChartOptions(
                new Chart(ChartOptions.Type.donut, "340", null, ChartOptions.Toolbar.downloads(fileName), null, null),
                data.series().getFirst().values(), null, null, data.categories(), PALETTE,
                new ChartOptions.Title(data.title(), "left"), null, null, null,
                new ChartOptions.DataLabels(true, LABEL_COLOURS),
                new ChartOptions.Legend(true, "bottom"), null, null);
    }

    /** How dates are written on a time axis and in its tooltips: Vietnamese day/month/year. */
    public static final String DATE_FORMAT = "dd/MM/yyyy";

    /**
     * Values over time on an honest time axis: each point at its date ({@code dates}, one per category of the
     * data), so that uneven gaps between reporting dates look uneven. A series has no point where its value is
     * null. The categories stay the dates as text, for the table beside the chart.
     */
    public static ChartOptions timeLine(ChartData data, List<LocalDate> dates, List<Integer> dashes, String fileName) {
        boolean percent = data.format() == ApexChart.ValueFormat.percent;
        List<ChartOptions.Series> series = new ArrayList<>();
        for (ChartData.Series s : data.series()) {
            List<? extends Number> values = percent ? scaled(s.values()) : s.values();
            List<List<Number>> points = new ArrayList<>();
            for (int i = 0; i < dates.size() && i < values.size(); i++) {
                if (values.get(i) != null) {
                    points.add(List.of(timestamp(dates.get(i)), values.get(i)));
                }
            }
            series.add(new ChartOptions.Series(s.name(), "line", points));
        }
        Annotations annotations = data.target() == null ? null : new Annotations(List.of(Annotations.Line.targetAtY(
                percent ? data.target().value() * 100 : data.target().value(), data.target().label())), null);
        return new ChartOptions(
                new Chart(ChartOptions.Type.line, "340", null, ChartOptions.Toolbar.downloads(fileName), null, null),
                series, new ChartOptions.XAxis(null, "datetime", null, null, null,
                        new ChartOptions.XAxis.Labels(DATE_FORMAT, true)),
                percent ? new ChartOptions.YAxis(0.0, 100.0, null, 5) : null, null, PALETTE,
                new ChartOptions.Title(data.title(), "left"), null, null, annotations, new ChartOptions.DataLabels(false),
                new ChartOptions.Legend(true, "top"), new ChartOptions.Stroke(List.of(3), "straight", dashes),
                new ChartOptions.Markers(5));
    }

    /** Midnight UTC of the date in milliseconds, as ApexCharts expects on a UTC time axis. */
    public static long timestamp(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static List<Double> scaled(List<? extends Number> values) {
        List<Double> result = new ArrayList<>(values.size());
        for (Number v : values) {
            result.add(v == null ? null : Math.round(v.doubleValue() * 1000) / 10.0);
        }
        return result;
    }
}
