package vn.tayninh.dashboard.ui;

import java.util.List;
import vn.tayninh.dashboard.base.ui.chart.ApexChart.ValueFormat;
import vn.tayninh.dashboard.base.ui.chart.ChartData;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.export.ReportChart;

/** Draws a composed chart ({@link ReportChart}, the one model the PDF draws too) with ApexCharts on screen. */
final class ReportChartPanel {

    private ReportChartPanel() {
    }

    static ChartPanel of(ReportChart chart) {
        List<ChartData.Series> series = chart.series().stream()
                .map(s -> new ChartData.Series(s.name(), s.values())).toList();
        ChartData.Target line = chart.targetLine() == null ? null
                : new ChartData.Target(chart.targetLine(), chart.targetLabel());
        ChartData data = new ChartData(chart.title(), chart.categories(), series,
                chart.percent() ? ValueFormat.percent : ValueFormat.integer, line);
        ChartOptions options = switch (chart.kind()) {
            case DONUT -> Charts.donut(data, chart.fileName());
            case STACKED_BAR -> Charts.bar(data, false, true, chart.fileName());
            case HORIZONTAL_BAR -> Charts.bar(data, true, false, chart.fileName());
            case BAR -> chart.goals() == null ? Charts.bar(data, false, false, chart.fileName())
                    : Charts.barWithGoals(data, chart.goals(), chart.targetLabel(), chart.fileName());
        };
        options = options.withXLines(chart.notes().stream()
                .map(note -> ChartOptions.Annotations.Line.noteAt(note.category(), note.label())).toList());
        return new ChartPanel(data, options, chart.summary());
    }
}
