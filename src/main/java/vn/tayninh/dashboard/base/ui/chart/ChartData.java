package vn.tayninh.dashboard.base.ui.chart;

import java.util.List;

/**
 * The data of one chart, independent of how it is drawn: the same values feed the ApexCharts options and the
 * table that replaces the chart for screen readers and keyboard users.
 *
 * @param categories one label per bar group, donut slice or time point
 * @param series     named value lists, one value per category (null where there is none)
 * @param format     how values are written
 * @param target     the target to draw across the chart, or null
 */
public record ChartData(String title, List<String> categories, List<Series> series, ApexChart.ValueFormat format,
                        Target target) {

    public record Series(String name, List<? extends Number> values) {
    }

    /** A target line at {@code value} (a share for percent charts), labelled e.g. "Mục tiêu ≥ 25 %". */
    public record Target(double value, String label) {
    }
}
