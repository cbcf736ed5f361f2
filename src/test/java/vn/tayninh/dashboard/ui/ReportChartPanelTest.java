package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions.Annotations.Line;
import vn.tayninh.dashboard.export.ReportChart;

/**
 * The notes of a year chart become x-axis annotations at their category in the options ApexCharts draws, the same
 * options the PNG and SVG downloads are made from; the target line stays beside them.
 */
class ReportChartPanelTest {

    @Test
    void notesOnTheYearChartAreXAxisAnnotationsBesideTheTargetLine() {
        ReportChart chart = new ReportChart("Xếp loại", ReportChart.Kind.BAR, List.of("2025", "2026"),
                List.of(new ReportChart.Series("Hoàn thành tốt", List.of(0.881, 0.871))), true, null, 0.9,
                "Mục tiêu 90,0 %", "", "xep-loai",
                List.of(new ReportChart.Note("2025", "01/07/2025 Sáp nhập đơn vị hành chính")));
        ChartOptions options = ReportChartPanel.of(chart).chart().getOptions();
        assertThat(options.annotations().yaxis()).extracting(Line::y).containsExactly(90.0);
        assertThat(options.annotations().xaxis()).containsExactly(
                Line.noteAt("2025", "01/07/2025 Sáp nhập đơn vị hành chính"));
        assertThat(options.annotations().xaxis().getFirst().borderColor()).isEqualTo(ReportChart.NOTE_COLOUR);
    }
}
