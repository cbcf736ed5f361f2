package vn.tayninh.dashboard.export;

import java.util.List;

/**
 * One chart, independent of how it is drawn (in the PDF on the server, by ApexCharts on screen): categories, named
 * series (shares 0..1 when {@code percent}), a target marker per category ({@code goals}, null where none) or one
 * target line across the plot, the one-line summary, and the file name its image is saved under.
 */
public record ReportChart(String title, Kind kind, List<String> categories, List<Series> series, boolean percent,
                          List<Double> goals, Double targetLine, String targetLabel, String summary, String fileName) {

    public enum Kind { DONUT, BAR, STACKED_BAR, HORIZONTAL_BAR }

    public record Series(String name, List<? extends Number> values) {
    }

    /** The colours of the screen's charts, series by series (the same list as the chart component's palette). */
    public static final List<String> PALETTE =
            List.of("#1f5f99", "#9fb3c8", "#2e8540", "#c77700", "#7b4fa0", "#b3261e", "#5f6b7a");

    /** Target markers and lines. */
    public static final String TARGET_COLOUR = "#b3261e";
}
