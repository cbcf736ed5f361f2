package vn.tayninh.dashboard.base.ui.chart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import vn.tayninh.dashboard.base.Formats;

/**
 * A chart with its one-line text summary and a switch to a table of the same data, so that what the chart
 * shows is also readable by screen readers and by keyboard.
 */
public class ChartPanel extends Div {

    private final ApexChart chart;
    private final NativeTable table;
    private final Button toggle = new Button();

    public ChartPanel(ChartData data, ChartOptions options, String summary) {
        addClassName("chart-panel");
        chart = new ApexChart(options, data.format());
        chart.setLanguage(getLocale());
        // A figure, not an image: ApexCharts puts focusable toolbar and legend buttons inside the chart, and an
        // image's content is presentational (axe: nested-interactive). The plot itself is ApexCharts' labelled SVG.
        chart.getElement().setAttribute("role", "figure");
        chart.getElement().setAttribute("aria-label", data.title() + ". " + summary);
        table = table(data);
        table.setVisible(false);

        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(e -> showTable(!table.isVisible()));
        showTable(false);
        // The title is drawn inside the chart, so that it is part of every downloaded image.
        Paragraph text = new Paragraph(summary);
        text.addClassName("chart-summary");
        HorizontalLayout header = new HorizontalLayout(text, toggle);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, text);
        add(header, chart, table);
    }

    public ApexChart chart() {
        return chart;
    }

    public NativeTable table() {
        return table;
    }

    public void showTable(boolean visible) {
        table.setVisible(visible);
        chart.setVisible(!visible);
        toggle.setText(getTranslation(visible ? "chart.showChart" : "chart.showTable"));
        toggle.setIcon(visible ? VaadinIcon.BAR_CHART.create() : VaadinIcon.TABLE.create());
    }

    private static NativeTable table(ChartData data) {
        // the corner above the row headers names nothing: a plain cell, since an empty header cell has no name
        NativeTableRow head = new NativeTableRow(new NativeTableCell());
        for (ChartData.Series s : data.series()) {
            head.add(header(s.name(), "col"));
        }
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < data.categories().size(); i++) {
            NativeTableRow row = new NativeTableRow(header(data.categories().get(i), "row"));
            for (ChartData.Series s : data.series()) {
                Number value = i < s.values().size() ? s.values().get(i) : null;
                row.add(new NativeTableCell(format(value, data.format())));
            }
            body.add(row);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.setCaptionText(data.title());
        table.addClassName("chart-table");
        return table;
    }

    private static NativeTableHeaderCell header(String text, String scope) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    static String format(Number value, ApexChart.ValueFormat format) {
        if (value == null) {
            return "–";
        }
        return format == ApexChart.ValueFormat.percent ? Formats.percent(value.doubleValue())
                : Formats.integer(value.longValue());
    }

    /** Table rows as text, for tests and exports. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        table.getChildren().filter(NativeTableBody.class::isInstance).findFirst().ifPresent(body -> body.getChildren().forEach(row -> {
            List<String> cells = new ArrayList<>();
            row.getChildren().forEach(cell -> cells.add(cell.getElement().getText()));
            rows.add(cells);
        }));
        return rows;
    }
}
