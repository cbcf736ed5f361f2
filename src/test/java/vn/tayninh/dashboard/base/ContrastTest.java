package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.export.ReportChart;

/** Labels drawn on chart fills (donut shares, on screen and in the PDF) read at WCAG AA on every palette colour. */
class ContrastTest {

    @Test
    void ratiosAreWcagRatios() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(Contrast.ratio("#ffffff", "#c77700")).isCloseTo(3.46, offset(0.01));
    }

    @Test
    void labelsOnTheLightAndAmberFillsAreDark() {
        assertThat(Contrast.textOn("#9fb3c8")).isEqualTo(Contrast.DARK);
        assertThat(Contrast.textOn("#c77700")).isEqualTo(Contrast.DARK);
        assertThat(Contrast.textOn("#1f5f99")).isEqualTo(Contrast.WHITE);
    }

    @Test
    void everyPaletteFillHasAReadableLabelColour() {
        for (List<String> palette : List.of(Charts.PALETTE, ReportChart.PALETTE)) {
            for (String fill : palette) {
                assertThat(Contrast.ratio(Contrast.textOn(fill), fill)).as(fill).isGreaterThanOrEqualTo(Contrast.AA_TEXT);
            }
        }
        assertThat(Charts.LABEL_COLOURS).hasSameSizeAs(Charts.PALETTE);
    }
}
