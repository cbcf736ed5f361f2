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
        chart.getElement().setAttribute("aria-label", data.title() + ". " + summary);
        chart.getElement().setAttribute("role", "img");
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
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(""));
        for (ChartData.Series s : data.series()) {
            head.add(new NativeTableHeaderCell(s.name()));
        }
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < data.categories().size(); i++) {
            NativeTableRow row = new NativeTableRow(new NativeTableHeaderCell(data.categories().get(i)));
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
