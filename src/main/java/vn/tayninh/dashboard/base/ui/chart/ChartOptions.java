package vn.tayninh.dashboard.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * ApexCharts options as typed Java values: only what the product draws. {@code series} holds {@link Series}
 * for axis charts and plain numbers for donut and pie charts. Null fields are left out of the JSON,
 * so ApexCharts' defaults apply. See https://apexcharts.com/docs/options/ for the meaning of each field.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOptions(Chart chart, List<?> series, XAxis xaxis, YAxis yaxis, List<String> labels,
                           List<String> colors, Title title, Subtitle subtitle, PlotOptions plotOptions,
                           Annotations annotations, DataLabels dataLabels, Legend legend, Stroke stroke,
                           Markers markers) {

    public enum Type { bar, line, area, donut, pie, radialBar }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chart(Type type, String height, Boolean stacked, Toolbar toolbar, Animations animations, String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Toolbar(boolean show, Tools tools, Export export) {

        /** The download menu only: PNG, SVG and CSV. */
        public static Toolbar downloads(String filename) {
            Export.Format format = new Export.Format(filename);
            return new Toolbar(true, new Tools(true, false, false, false, false, false, false),
                    new Export(format, format, new Export.Csv(filename, ";")));
        }
    }

    public record Tools(boolean download, boolean selection, boolean zoom, boolean zoomin, boolean zoomout,
                        boolean pan, boolean reset) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Export(Format png, Format svg, Csv csv) {

        public record Format(String filename) {
        }

        public record Csv(String filename, String columnDelimiter) {
        }
    }

    public record Animations(boolean enabled) {
    }

    /** One series; {@code data} holds numbers, or {@link Point}s when a point needs goals. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String name, String type, List<?> data) {
    }

    /** A bar with its target drawn as a goal marker. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String x, Double y, List<Goal> goals, String fillColor) {
    }

    public record Goal(String name, double value, int strokeWidth, int strokeHeight, String strokeColor) {

        public static Goal target(String name, double value) {
            return new Goal(name, value, 4, 14, "#b3261e");
        }
    }

    /**
     * The x axis: {@code categories} for a category axis; a {@code datetime} axis has none, its points being
     * [timestamp in milliseconds, value] pairs placed at their dates, with {@code labels.format} such as dd/MM/yyyy.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record XAxis(List<String> categories, String type, Title title, Double max, Double min, Labels labels) {

        public XAxis(List<String> categories, String type, Title title, Double max, Double min) {
            this(categories, type, title, max, min, null);
        }

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Labels(String format, Boolean datetimeUTC) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record YAxis(Double min, Double max, Title title, Integer tickAmount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String align) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subtitle(String text, String align) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlotOptions(Bar bar) {

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Bar(Boolean horizontal, Boolean distributed, String columnWidth, String barHeight) {
        }
    }

    /** The same options with more lines on the x axis, e.g. notes on the timeline; none: the options unchanged. */
    public ChartOptions withXLines(List<Annotations.Line> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        List<Annotations.Line> x = new java.util.ArrayList<>();
        if (annotations != null && annotations.xaxis() != null) {
            x.addAll(annotations.xaxis());
        }
        x.addAll(lines);
        return new ChartOptions(chart, series, xaxis, yaxis, labels, colors, title, subtitle, plotOptions,
                new Annotations(annotations == null ? null : annotations.yaxis(), x), dataLabels, legend, stroke,
                markers);
    }

    /**
     * Target lines across the plot (on the y axis, or on the x axis of a horizontal bar chart), and notes on the
     * timeline (on the x axis: a timestamp on a time axis, a category's name on a category axis).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Annotations(List<Line> yaxis, List<Line> xaxis) {

        /** The colour of a note on the timeline: the muted grey of the axes, so that targets stay the red lines. */
        public static final String NOTE_COLOUR = "#5f6b7a";

        @JsonInclude(JsonInclude.Include.NON_NULL)
        public record Line(Double y, Object x, String borderColor, Integer strokeDashArray, Label label) {

            /** A note on the timeline at {@code x}: a timestamp in milliseconds, or a category. */
            public static Line noteAt(Object x, String text) {
                return new Line(null, x, NOTE_COLOUR, 0, new Label(text, new Label.Style("#fff", NOTE_COLOUR)));
            }

            public static Line targetAtY(double y, String text) {
                return new Line(y, null, "#b3261e", 6, new Label(text, new Label.Style("#fff", "#b3261e")));
            }

            public static Line targetAtX(double x, String text) {
                return new Line(null, x, "#b3261e", 6, new Label(text, new Label.Style("#fff", "#b3261e")));
            }
        }

        public record Label(String text, Style style) {

            public record Style(String color, String background) {
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataLabels(boolean enabled, Style style, DropShadow dropShadow) {

        public DataLabels(boolean enabled) {
            this(enabled, null, null);
        }

        /** Labels in these colours, one per series (per slice on donuts), without a shadow that would blur them. */
        public DataLabels(boolean enabled, List<String> colors) {
            this(enabled, new Style(colors), new DropShadow(false));
        }

        public record Style(List<String> colors) {
        }

        public record DropShadow(boolean enabled) {
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(Boolean show, String position) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Stroke(List<Integer> width, String curve, List<Integer> dashArray) {
    }

    public record Markers(int size) {
    }
}
