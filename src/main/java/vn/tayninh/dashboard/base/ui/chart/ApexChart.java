package vn.tayninh.dashboard.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The product's ApexCharts component: a small web component ({@code frontend/components/apex-chart.js})
 * around the npm package, fed with typed {@link ChartOptions}. It speaks the UI's language, formats numbers
 * the Vietnamese way, offers PNG/SVG/CSV downloads from its toolbar, follows its container's size and is
 * destroyed when detached.
 */
@Tag("apex-chart")
@NpmPackage(value = "apexcharts", version = "5.10.6")
@JsModule("./components/apex-chart.js")
public class ApexChart extends Component implements HasSize {

    /** How values are written on axes, labels and tooltips. */
    public enum ValueFormat { percent, integer }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOptions options;

    public ApexChart() {
        setWidthFull();
    }

    public ApexChart(ChartOptions options, ValueFormat format) {
        this();
        setValueFormat(format);
        setOptions(options);
    }

    public void setOptions(ChartOptions options) {
        this.options = options;
        getElement().setPropertyJson("options", (ObjectNode) JSON.valueToTree(options));
    }

    /** The options last set, for tests and for tables showing the same data. */
    public ChartOptions getOptions() {
        return options;
    }

    public void setValueFormat(ValueFormat format) {
        getElement().setProperty("valueFormat", format.name());
    }

    /**
     * The area and date written under the title of the PNG and SVG images the toolbar downloads, e.g. "Toàn tỉnh
     * Tây Ninh (96 xã, phường)" and "Số liệu đến ngày 22/11/2026".
     */
    public void setExportInfo(String scope, String asOf) {
        ObjectNode info = JSON.createObjectNode();
        info.put("scope", scope);
        info.put("asOf", asOf);
        getElement().setPropertyJson("exportInfo", info);
    }

    /**
     * Draws the chart in the given language: ApexCharts' own locale (toolbar, months) and what screen readers hear of
     * the chart and its legend, from the translation files.
     */
    public void setLanguage(Locale locale) {
        getElement().setProperty("language", "en".equals(locale.getLanguage()) ? "en" : "vi");
        ObjectNode texts = JSON.createObjectNode();
        texts.put("chart", getTranslation(locale, "chart.a11y.chart"));
        texts.put("visible", getTranslation(locale, "chart.a11y.visible"));
        texts.put("hidden", getTranslation(locale, "chart.a11y.hidden"));
        texts.put("toggle", getTranslation(locale, "chart.a11y.toggle"));
        getElement().setPropertyJson("accessibleTexts", texts);
    }

    /** The drawn chart as PNG bytes, {@code width} pixels wide (for server-side exports). */
    public CompletableFuture<byte[]> toPng(int width) {
        return getElement().callJsFunction("toPng", width).toCompletableFuture(String.class)
                .thenApply(ApexChart::decodeDataUri);
    }

    static byte[] decodeDataUri(String dataUri) {
        if (dataUri == null || !dataUri.startsWith("data:image/png;base64,")) {
            throw new IllegalStateException("The chart is not drawn");
        }
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }
}
