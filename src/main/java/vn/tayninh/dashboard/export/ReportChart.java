package vn.tayninh.dashboard.export;

import java.util.List;

/**
 * One chart, independent of how it is drawn (in the PDF on the server, by ApexCharts on screen): categories, named
 * series (shares 0..1 when {@code percent}), a target marker per category ({@code goals}, null where none) or one
 * target line across the plot, the one-line summary, the file name its image is saved under, and the notes on the
 * timeline that fall on a category ({@code notes}: the year charts).
 */
public record ReportChart(String title, Kind kind, List<String> categories, List<Series> series, boolean percent,
                          List<Double> goals, Double targetLine, String targetLabel, String summary, String fileName,
                          List<Note> notes) {

    public ReportChart {
        notes = List.copyOf(notes);
    }

    /** A chart without notes on the timeline. */
    public ReportChart(String title, Kind kind, List<String> categories, List<Series> series, boolean percent,
                       List<Double> goals, Double targetLine, String targetLabel, String summary, String fileName) {
        this(title, kind, categories, series, percent, goals, targetLine, targetLabel, summary, fileName, List.of());
    }

    /** A note on the timeline drawn across the bars of one category, e.g. a year. */
    public record Note(String category, String label) {
    }

    /** The colour of notes on the timeline (the screen's too). */
    public static final String NOTE_COLOUR = "#5f6b7a";

    public enum Kind { DONUT, BAR, STACKED_BAR, HORIZONTAL_BAR }

    public record Series(String name, List<? extends Number> values) {
    }

    /** The colours of the screen's charts, series by series (the same list as the chart component's palette). */
    public static final List<String> PALETTE =
            List.of("#1f5f99", "#9fb3c8", "#2e8540", "#c77700", "#7b4fa0", "#b3261e", "#5f6b7a");

    /** Target markers and lines. */
    public static final String TARGET_COLOUR = "#b3261e";
}
