package vn.tayninh.dashboard.export;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;
import vn.tayninh.dashboard.base.Contrast;
import vn.tayninh.dashboard.base.Formats;

/**
 * Draws a {@link ReportChart} as vector graphics and real text into a PDF template, the way the screen's
 * ApexCharts draws it: the same palette, bar widths, goal markers and dashed target line, Vietnamese number
 * formats. No browser is needed, so scheduled exports through the API get the same charts.
 */
final class PdfChartPainter {

    private static final Color TEXT = new Color(0x37, 0x3d, 0x3f);
    private static final Color MUTED = new Color(0x5f, 0x6b, 0x7a);
    private static final Color GRID = new Color(0xe0, 0xe0, 0xe0);
    private static final Color TARGET = Color.decode(ReportChart.TARGET_COLOUR);
    private static final Color NOTE = Color.decode(ReportChart.NOTE_COLOUR);
    private static final float LABEL = 7f;

    private final BaseFont regular;
    private final BaseFont bold;

    PdfChartPainter(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The chart drawn into a new template of the given size (points). */
    PdfTemplate paint(PdfContentByte canvas, ReportChart chart, float width, float height) {
        PdfTemplate t = canvas.createTemplate(width, height);
        float top = height - 4;
        float size = fit(bold, chart.title(), 10f, width - 4);
        text(t, bold, size, TEXT, chart.title(), 2, top - size, Element.ALIGN_LEFT);
        top -= size + 6;
        if (chart.kind() == ReportChart.Kind.DONUT) {
            donut(t, chart, 2, 2, width - 4, top - 2);
            return t;
        }
        top = legend(t, chart, width, top);
        switch (chart.kind()) {
            case HORIZONTAL_BAR -> horizontal(t, chart, 2, 2, width - 4, top - 2);
            default -> vertical(t, chart, 2, 2, width - 4, top - 2);
        }
        return t;
    }

    private float legend(PdfTemplate t, ReportChart chart, float width, float top) {
        List<String> names = new ArrayList<>();
        List<Color> colours = new ArrayList<>();
        if (chart.series().size() > 1) {
            for (int i = 0; i < chart.series().size(); i++) {
                names.add(chart.series().get(i).name());
                colours.add(colour(i));
            }
        }
        boolean goals = chart.goals() != null && chart.goals().stream().anyMatch(g -> g != null);
        if (names.isEmpty() && !goals) {
            return top;
        }
        float y = top - LABEL - 1;
        float x = 4;
        for (int i = 0; i < names.size(); i++) {
            t.setColorFill(colours.get(i));
            t.rectangle(x, y, 7, 7);
            t.fill();
            text(t, regular, LABEL, TEXT, names.get(i), x + 10, y + 0.5f, Element.ALIGN_LEFT);
            x += 10 + regular.getWidthPoint(names.get(i), LABEL) + 12;
        }
        if (goals) {
            t.setColorFill(colour(0));
            t.rectangle(x, y, 7, 7);
            t.fill();
            String name = chart.series().getFirst().name();
            text(t, regular, LABEL, TEXT, name, x + 10, y + 0.5f, Element.ALIGN_LEFT);
            x += 10 + regular.getWidthPoint(name, LABEL) + 12;
            t.setColorFill(TARGET);
            t.rectangle(x, y + 2.5f, 10, 2);
            t.fill();
            text(t, regular, LABEL, TEXT, chart.targetLabel(), x + 13, y + 0.5f, Element.ALIGN_LEFT);
        }
        return y - 9;
    }

    private void vertical(PdfTemplate t, ReportChart chart, float x0, float y0, float w, float h) {
        boolean stacked = chart.kind() == ReportChart.Kind.STACKED_BAR;
        Axis axis = axis(chart, stacked);
        double max = axis.max();
        float left = x0 + 40;
        float bottom = y0 + 24;
        float plotW = x0 + w - left - 4;
        float plotH = y0 + h - bottom;
        int ticks = axis.ticks();
        for (int i = 0; i <= ticks; i++) {
            double value = max * i / ticks;
            float y = bottom + (float) (plotH * i / ticks);
            line(t, GRID, 0.5f, left, y, left + plotW, y);
            text(t, regular, LABEL, MUTED, format(value, chart.percent()), left - 4, y - 2.5f, Element.ALIGN_RIGHT);
        }
        int n = chart.categories().size();
        float slot = plotW / Math.max(1, n);
        boolean goals = chart.goals() != null;
        float groupW = slot * (goals ? 0.45f : 0.55f);
        int seriesCount = chart.series().size();
        for (int c = 0; c < n; c++) {
            float groupX = left + slot * c + (slot - groupW) / 2;
            double stack = 0;
            for (int s = 0; s < seriesCount; s++) {
                Number value = valueAt(chart.series().get(s), c);
                if (value == null) {
                    continue;
                }
                float barW = stacked ? groupW : groupW / seriesCount;
                float barX = stacked ? groupX : groupX + barW * s;
                float yFrom = bottom + (float) (plotH * stack / max);
                float barH = (float) (plotH * value.doubleValue() / max);
                t.setColorFill(colour(s));
                t.rectangle(barX + (stacked ? 0 : 0.5f), yFrom, barW - (stacked ? 0 : 1), Math.max(0, barH));
                t.fill();
                if (stacked) {
                    stack += value.doubleValue();
                } else if (seriesCount == 1) {
                    List<Float> lines = new ArrayList<>();
                    if (goals && chart.goals().get(c) != null) {
                        lines.add(bottom + (float) (plotH * chart.goals().get(c) / max));
                    }
                    if (chart.targetLine() != null) {
                        float targetY = bottom + (float) (plotH * chart.targetLine() / max);
                        lines.add(targetY);
                        // under the target's label box at the right end, the label clears the box as well
                        float boxLeft = left + plotW - regular.getWidthPoint(chart.targetLabel(), LABEL) - 6;
                        if (barX + barW > boxLeft) {
                            lines.add(targetY + LABEL + 4);
                        }
                    }
                    text(t, regular, LABEL, TEXT, format(value.doubleValue(), chart.percent()), barX + barW / 2,
                            valueLabelY(yFrom + barH, lines), Element.ALIGN_CENTER);
                }
            }
            if (goals && chart.goals().get(c) != null) {
                float y = bottom + (float) (plotH * chart.goals().get(c) / max);
                line(t, TARGET, 2.5f, groupX - 2, y, groupX + groupW + 2, y);
            }
            categoryLabel(t, chart.categories().get(c), left + slot * c + slot / 2, bottom - 9, slot - 2);
        }
        line(t, MUTED, 0.6f, left, bottom, left + plotW, bottom);
        if (chart.targetLine() != null) {
            float y = bottom + (float) (plotH * chart.targetLine() / max);
            t.saveState();
            t.setLineDash(4, 3, 0);
            line(t, TARGET, 1f, left, y, left + plotW, y);
            t.restoreState();
            float labelW = regular.getWidthPoint(chart.targetLabel(), LABEL) + 6;
            t.setColorFill(TARGET);
            t.rectangle(left + plotW - labelW, y + 1, labelW, LABEL + 3);
            t.fill();
            text(t, regular, LABEL, Color.WHITE, chart.targetLabel(), left + plotW - 3, y + 3, Element.ALIGN_RIGHT);
        }
        notes(t, chart, left, slot, groupW, bottom, plotH);
    }

    /**
     * Where a bar's value label sits: just above the bar, unless a goal marker or the target line would run through
     * it; then just above that line (lines are drawn 2.5 points thick at most), so the figure is never struck through.
     */
    static float valueLabelY(float barTop, List<Float> lines) {
        float y = barTop + 2;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (float line : lines) {
                // the label's glyphs span y - 2 (descenders) to y + LABEL; keep 1.5 points clear of a line
                if (line > y - 3.5f && line < y + LABEL + 1.5f) {
                    y = line + 3.5f;
                    moved = true;
                }
            }
        }
        return y;
    }

    /** Notes on the timeline: a dashed grey line just left of their category's bars, the note written up along it. */
    private void notes(PdfTemplate t, ReportChart chart, float left, float slot, float groupW, float bottom,
                       float plotH) {
        for (ReportChart.Note note : chart.notes()) {
            int c = chart.categories().indexOf(note.category());
            if (c < 0) {
                continue;
            }
            float x = left + slot * c + (slot - groupW) / 2 - 3;
            t.saveState();
            t.setLineDash(2, 2, 0);
            line(t, NOTE, 0.8f, x, bottom, x, bottom + plotH);
            t.restoreState();
            float size = fit(regular, note.label(), LABEL - 0.5f, plotH - 4);
            t.beginText();
            t.setColorFill(NOTE);
            t.setFontAndSize(regular, size);
            t.showTextAligned(Element.ALIGN_RIGHT, ExportText.nfc(note.label()), x - 1.5f, bottom + plotH - 2, 90);
            t.endText();
        }
    }

    private void horizontal(PdfTemplate t, ReportChart chart, float x0, float y0, float w, float h) {
        Axis axis = axis(chart, false);
        double max = axis.max();
        float left = x0 + 100;
        float bottom = y0 + 14;
        float plotW = x0 + w - left - 10;
        float plotH = y0 + h - bottom;
        int ticks = axis.ticks();
        for (int i = 0; i <= ticks; i++) {
            double value = max * i / ticks;
            float x = left + (float) (plotW * i / ticks);
            line(t, GRID, 0.5f, x, bottom, x, bottom + plotH);
            text(t, regular, LABEL, MUTED, format(value, chart.percent()), x, bottom - 9, Element.ALIGN_CENTER);
        }
        int n = chart.categories().size();
        float slot = plotH / Math.max(1, n);
        float groupH = slot * 0.65f;
        int seriesCount = chart.series().size();
        for (int c = 0; c < n; c++) {
            // the first category at the top, as ApexCharts draws it
            float slotTop = bottom + plotH - slot * c;
            float groupTop = slotTop - (slot - groupH) / 2;
            for (int s = 0; s < seriesCount; s++) {
                Number value = valueAt(chart.series().get(s), c);
                if (value == null) {
                    continue;
                }
                float barH = groupH / seriesCount;
                float barW = (float) (plotW * value.doubleValue() / max);
                t.setColorFill(colour(s));
                t.rectangle(left, groupTop - barH * (s + 1) + 0.3f, Math.max(0, barW), barH - 0.6f);
                t.fill();
            }
            String label = chart.categories().get(c);
            float size = fit(regular, label, LABEL, 94);
            text(t, regular, size, TEXT, label, left - 4, slotTop - slot / 2 - size / 3, Element.ALIGN_RIGHT);
        }
        line(t, MUTED, 0.6f, left, bottom, left, bottom + plotH);
    }

    private void donut(PdfTemplate t, ReportChart chart, float x0, float y0, float w, float h) {
        List<? extends Number> values = chart.series().getFirst().values();
        double total = values.stream().mapToDouble(Number::doubleValue).sum();
        float r = Math.min(h / 2 - 2, w * 0.22f);
        float cx = x0 + r + 16;
        float cy = y0 + h / 2;
        if (total > 0) {
            float start = 90;
            for (int i = 0; i < values.size(); i++) {
                float extent = (float) (-360 * values.get(i).doubleValue() / total);
                if (extent == 0) {
                    continue;
                }
                wedge(t, cx, cy, r, start, extent, colour(i));
                double share = values.get(i).doubleValue() / total;
                if (share >= 0.05) {
                    double mid = Math.toRadians(start + extent / 2);
                    float lr = r * 0.81f;
                    text(t, bold, LABEL, labelColour(i), Formats.percent(share), cx + (float) (lr * Math.cos(mid)),
                            cy + (float) (lr * Math.sin(mid)) - 2.5f, Element.ALIGN_CENTER);
                }
                start += extent;
            }
            t.setColorFill(Color.WHITE);
            t.circle(cx, cy, r * 0.62f);
            t.fill();
        }
        float lx = cx + r + 24;
        float ly = cy + values.size() * 7;
        for (int i = 0; i < values.size(); i++) {
            t.setColorFill(colour(i));
            t.rectangle(lx, ly - 1, 7, 7);
            t.fill();
            double share = total == 0 ? 0 : values.get(i).doubleValue() / total;
            String label = chart.categories().get(i) + ": " + Formats.integer(values.get(i).longValue()) + " ("
                    + Formats.percent(share) + ")";
            text(t, regular, 8f, TEXT, label, lx + 11, ly, Element.ALIGN_LEFT);
            ly -= 14;
        }
    }

    private static void wedge(PdfTemplate t, float cx, float cy, float r, float start, float extent, Color colour) {
        List<float[]> curves = PdfContentByte.bezierArc(cx - r, cy - r, cx + r, cy + r, start, extent);
        t.setColorFill(colour);
        t.moveTo(cx, cy);
        t.lineTo(curves.getFirst()[0], curves.getFirst()[1]);
        for (float[] c : curves) {
            t.curveTo(c[2], c[3], c[4], c[5], c[6], c[7]);
        }
        t.closePath();
        t.fill();
    }

    /** Category labels wrapped onto at most two lines under their bars. */
    private void categoryLabel(PdfTemplate t, String label, float x, float y, float width) {
        if (regular.getWidthPoint(label, LABEL) <= width || !label.contains(" ")) {
            text(t, regular, fit(regular, label, LABEL, width), TEXT, label, x, y, Element.ALIGN_CENTER);
            return;
        }
        String[] words = label.split(" ");
        StringBuilder first = new StringBuilder(words[0]);
        int i = 1;
        while (i < words.length && regular.getWidthPoint(first + " " + words[i], LABEL) <= width) {
            first.append(' ').append(words[i++]);
        }
        String second = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        text(t, regular, LABEL, TEXT, first.toString(), x, y, Element.ALIGN_CENTER);
        text(t, regular, fit(regular, second, LABEL, width), TEXT, second, x, y - LABEL - 1, Element.ALIGN_CENTER);
    }

    /** The top of the value axis: 100 % for shares of a whole, else a round number above every bar and target. */
    private record Axis(double max, int ticks) {
    }

    private static Axis axis(ReportChart chart, boolean stacked) {
        double max = 0;
        int n = chart.categories().size();
        for (int c = 0; c < n; c++) {
            double sum = 0;
            for (ReportChart.Series s : chart.series()) {
                Number v = valueAt(s, c);
                if (v != null) {
                    sum = stacked ? sum + v.doubleValue() : Math.max(sum, v.doubleValue());
                }
            }
            max = Math.max(max, sum);
            if (chart.goals() != null && chart.goals().get(c) != null) {
                max = Math.max(max, chart.goals().get(c));
            }
        }
        if (chart.targetLine() != null) {
            max = Math.max(max, chart.targetLine());
        }
        if (chart.percent() && chart.goals() == null || max <= 0) {
            return new Axis(chart.percent() ? 1.0 : 5, 5);
        }
        double step = niceStep(max / 5, chart.percent());
        int ticks = (int) Math.max(1, Math.ceil(max / step - 1e-9));
        return new Axis(step * ticks, ticks);
    }

    private static double niceStep(double raw, boolean percent) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude <= 1 ? 1 : raw / magnitude <= 2 ? 2 : raw / magnitude <= 5 ? 5 : 10;
        double result = step * magnitude;
        return percent ? Math.max(result, 0.01) : Math.max(result, 1);
    }

    private static Number valueAt(ReportChart.Series series, int index) {
        return index < series.values().size() ? series.values().get(index) : null;
    }

    private static String format(double value, boolean percent) {
        return percent ? Formats.percent(value).replace(",0 %", " %") : Formats.integer(Math.round(value));
    }

    /** White or dark text, whichever reads on the fill of series {@code index}. */
    private static Color labelColour(int index) {
        return Color.decode(Contrast.textOn(ReportChart.PALETTE.get(index % ReportChart.PALETTE.size())));
    }

    private static Color colour(int index) {
        return Color.decode(ReportChart.PALETTE.get(index % ReportChart.PALETTE.size()));
    }

    private static float fit(BaseFont font, String text, float size, float width) {
        float actual = font.getWidthPoint(text, size);
        return actual <= width ? size : Math.max(5f, size * width / actual);
    }

    private static void line(PdfTemplate t, Color colour, float width, float x1, float y1, float x2, float y2) {
        t.setColorStroke(colour);
        t.setLineWidth(width);
        t.moveTo(x1, y1);
        t.lineTo(x2, y2);
        t.stroke();
    }

    private static void text(PdfTemplate t, BaseFont font, float size, Color colour, String text, float x, float y,
                             int align) {
        t.beginText();
        t.setColorFill(colour);
        t.setFontAndSize(font, size);
        t.showTextAligned(align, ExportText.nfc(text), x, y, 0);
        t.endText();
    }
}
