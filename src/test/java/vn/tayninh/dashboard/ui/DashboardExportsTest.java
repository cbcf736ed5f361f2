package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.export.KeyCharts;
import vn.tayninh.dashboard.export.ui.ExportMenu;
import vn.tayninh.dashboard.export.ReportChart;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * The dashboard offers the meeting exports, writes its area and date into every chart image, and the pack's
 * charts carry exactly the data of the screen's charts.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("lanhdao")
@ViewPackages(classes = DashboardView.class)
class DashboardExportsTest extends SpringBrowserlessTest {

    @Autowired
    IndicatorEngine engine;
    @Autowired
    Translations translations;

    @Test
    void aLeaderGetsThePackTheTablesAndOnePackPerCommune() {
        navigate(DashboardView.class);
        List<String> labels = find(ExportMenu.class).single().labels();
        assertThat(labels).containsExactly("Báo cáo họp (PDF)", "Bảng thống kê (XLSX)", "Biểu cán bộ chủ chốt (XLSX)",
                "Biểu 9C lãnh đạo cấp xã (XLSX)", "Biểu 12C kết quả quy hoạch (XLSX)", "Báo cáo Nghị quyết 34 (DOCX)", "Một PDF mỗi xã (ZIP)", "Báo cáo Nghị quyết 34 mỗi xã (ZIP)");
    }

    @Test
    void everyChartImageSaysWhereAndWhen() {
        navigate(DashboardView.class);
        List<ChartPanel> panels = find(ChartPanel.class).all();
        assertThat(panels).hasSize(8);
        for (ChartPanel panel : panels) {
            JsonNode info = (JsonNode) panel.chart().getElement().getPropertyRaw("exportInfo");
            assertThat(info.get("scope").asString()).isEqualTo("Toàn tỉnh Tây Ninh (96 xã, phường)");
            assertThat(info.get("asOf").asString()).isEqualTo("Số liệu đến ngày 22/11/2026");
        }
    }

    @Test
    void thePacksChartsHoldTheScreensData() {
        navigate(DashboardView.class);
        List<ChartPanel> panels = find(ChartPanel.class).all();
        Overview overview = engine.overview(Scope.province(), FixedClockConfig.TODAY, null);
        List<ReportChart> charts = KeyCharts.vietnamese(translations).of(overview,
                engine.breakdowns(Scope.province(), FixedClockConfig.TODAY),
                engine.ratingsByYear(Scope.province(), FixedClockConfig.TODAY));
        assertThat(charts).hasSize(panels.size());
        for (int i = 0; i < charts.size(); i++) {
            ReportChart chart = charts.get(i);
            assertThat(panels.get(i).chart().getOptions().title().text()).isEqualTo(chart.title());
            assertThat(panels.get(i).rows()).as(chart.title()).isEqualTo(rows(chart));
        }
    }

    /** The chart's data as the screen's table of it writes it. */
    private static List<List<String>> rows(ReportChart chart) {
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            List<String> row = new ArrayList<>(List.of(chart.categories().get(c)));
            for (ReportChart.Series s : chart.series()) {
                Number v = s.values().get(c);
                row.add(v == null ? "–" : chart.percent() ? Formats.percent(v.doubleValue()) : Formats.integer(v.longValue()));
            }
            rows.add(row);
        }
        return rows;
    }
}
