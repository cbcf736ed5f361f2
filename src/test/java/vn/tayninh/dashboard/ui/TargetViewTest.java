package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.timeline.TimelineNote;
import vn.tayninh.dashboard.timeline.TimelineNotes;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import vn.tayninh.dashboard.indicator.Status;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.base.ui.chart.Charts;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;

@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = TargetView.class)
class TargetViewTest extends SpringBrowserlessTest {

    @Autowired
    IndicatorEngine engine;
    @Autowired
    TimelineNotes timeline;
    @Autowired
    ForecastService forecasts;
    @Autowired
    vn.tayninh.dashboard.training.TrainingPlans plans;

    @Test
    void postgraduateTargetShowsItsDefinitionAndItsRoadTo2030() {
        navigate("chi-tieu/T2", TargetView.class);

        assertThat(find(Paragraph.class).withText("Tỷ lệ cán bộ có trình độ sau đại học (thạc sĩ, tiến sĩ) trong tổng số "
                + "cán bộ cơ sở đang công tác. Mục tiêu: từ 20% trở lên vào năm 2030.").exists()).isTrue();

        ChartOptions road = find(ChartPanel.class).all().getFirst().chart().getOptions();
        // an honest time axis: every point at its date, written dd/MM/yyyy
        assertThat(road.xaxis().type()).isEqualTo("datetime");
        assertThat(road.xaxis().categories()).isNull();
        assertThat(road.xaxis().labels().format()).isEqualTo("dd/MM/yyyy");
        // the natural projection to 2030 replaces the straight trend of the past points; beside it the line with the
        // training plan (the demo's draft, as none is adopted)
        assertThat(road.series()).extracting(s -> ((ChartOptions.Series) s).name())
                .containsExactly("Thực tế", "Lộ trình cần đạt", "Dự báo tự nhiên (nghỉ hưu, đào tạo đang học)",
                        "Theo kế hoạch đào tạo");
        // the actual values: the baseline frozen on 01/06/2026 and the live value on 22/11/2026, nothing in between
        List<Object> actualDates = ((ChartOptions.Series) road.series().getFirst()).data().stream()
                .map(p -> ((List<?>) p).getFirst()).map(Object.class::cast).toList();
        assertThat(actualDates).containsExactly(Charts.timestamp(LocalDate.of(2026, 6, 1)),
                Charts.timestamp(LocalDate.of(2026, 11, 22)));
        // the required path runs from the baseline (1.334 / 8.894 = 15,0 %) to 20 % on 31/12/2030; percent charts plot 0–100
        List<?> required = ((ChartOptions.Series) road.series().get(1)).data();
        assertThat(required.getFirst()).isEqualTo(List.of(Charts.timestamp(LocalDate.of(2026, 6, 1)), 15.0));
        assertThat(required.getLast()).isEqualTo(List.of(Charts.timestamp(LocalDate.of(2030, 12, 31)), 20.0));
        // the table beside the chart keeps one row per date
        assertThat(find(ChartPanel.class).all().getFirst().rows()).extracting(List::getFirst)
                .containsExactly("01/06/2026", "22/11/2026", "31/12/2026", "31/12/2027", "31/12/2028", "31/12/2029",
                        "31/12/2030");
        // the projected line starts at the live value and takes the service's yearly points
        Forecast.TargetForecast t2 = SystemUser.call(() -> forecasts.forecast(Scope.province(),
                LocalDate.of(2030, 12, 31), LocalDate.of(2026, 11, 22))).targets().stream()
                .filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        List<?> natural = ((ChartOptions.Series) road.series().get(2)).data();
        assertThat(natural).hasSize(6);
        assertThat(natural.getLast()).isEqualTo(List.of(Charts.timestamp(LocalDate.of(2030, 12, 31)),
                Math.round(t2.projected().value() * 1000) / 10.0));
        // with the plan: the same projection plus the plan's participants, from the same live value
        long plan = SystemUser.call(() -> plans.plans()).getFirst().getId();
        Forecast.TargetForecast t2WithPlan = SystemUser.call(() -> forecasts.forecast(Scope.province(),
                LocalDate.of(2030, 12, 31), LocalDate.of(2026, 11, 22), plan)).targets().stream()
                .filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        assertThat(t2WithPlan.projected().numerator()).isGreaterThan(t2.projected().numerator());
        List<?> withPlan = ((ChartOptions.Series) road.series().get(3)).data();
        assertThat(withPlan.getFirst()).isEqualTo(natural.getFirst());
        assertThat(withPlan.getLast()).isEqualTo(List.of(Charts.timestamp(LocalDate.of(2030, 12, 31)),
                Math.round(t2WithPlan.projected().value() * 1000) / 10.0));
        assertThat(road.stroke().dashArray()).containsExactly(0, 6, 2, 10);
        assertThat(road.annotations().yaxis()).singleElement().satisfies(line -> {
            assertThat(line.y()).isEqualTo(20.0);
            assertThat(line.label().text()).isEqualTo("Mục tiêu ≥ 20,0 %");
        });
        assertThat(find(Paragraph.class).withText("Ngày 22/11/2026: 15,0 %. Lộ trình cần đạt 15,5 %. "
                + "Dự báo tự nhiên đến 31/12/2030 (không bổ nhiệm, không đào tạo thêm): "
                + Formats.percent(t2.projected().value()) + ". Theo kế hoạch đào tạo (Dự thảo kế hoạch đào tạo, bồi dưỡng"
                + " 2027–2030): " + Formats.percent(t2WithPlan.projected().value()) + ".").exists()).isTrue();
    }

    @Test
    void theRankingListsThe96CommunesByValueHighestFirst() {
        navigate("chi-tieu/T2", TargetView.class);
        GridTester<Grid<TargetView.Rank>, TargetView.Rank> grid = rankingGrid();

        assertThat(grid.size()).isEqualTo(96);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            values.add(grid.getRow(i).result().value());
        }
        assertThat(values).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        TargetView.Rank first = grid.getRow(0);
        TargetResult engineValue = engine.evaluate(Scope.commune(first.commune().getCode()), FixedClockConfig.TODAY, null)
                .stream().filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        assertThat(grid.getCellText(0, grid.getColumnPosition("rank"))).isEqualTo("1");
        assertThat(grid.getCellText(0, grid.getColumnPosition("ratio")))
                .isEqualTo(engineValue.numerator() + " / " + engineValue.denominator());
        assertThat(grid.getCellText(0, grid.getColumnPosition("commune"))).isEqualTo(first.commune().getName());

        ChartPanel ends = find(ChartPanel.class).all().get(1);
        assertThat(ends.chart().getOptions().xaxis().categories()).hasSize(10).first()
                .isEqualTo(first.commune().getName());
        assertThat(ends.chart().getOptions().annotations().xaxis()).singleElement()
                .satisfies(line -> assertThat(line.x()).isEqualTo(20.0));
    }

    @Test
    void theBoardMayAskOnlyCommunesBehindOrNotMeetingTheTarget() {
        navigate("chi-tieu/T2", TargetView.class);
        GridTester<Grid<TargetView.Rank>, TargetView.Rank> grid = rankingGrid();
        int met = 0;
        int behind = 0;
        for (int i = 0; i < grid.size(); i++) {
            Status status = grid.getRow(i).result().status();
            boolean offered = grid.getCellComponent(i, "explanation").getChildren()
                    .anyMatch(c -> c instanceof Button b && b.getText().equals("Yêu cầu giải trình"));
            assertThat(offered).as(grid.getRow(i).commune().getName() + " at " + status)
                    .isEqualTo(status == Status.BEHIND || status == Status.NOT_MET);
            met += status == Status.MET ? 1 : 0;
            behind += offered ? 1 : 0;
        }
        assertThat(met).as("communes at Đạt, offered nothing").isPositive();
        assertThat(behind).as("communes behind, offered the button").isPositive();
    }

    @Test
    void theRoadCarriesTheProvinceNotesOnItsSpan() {
        List<TimelineNote> made = SystemUser.call(() -> List.of(
                timeline.create(LocalDate.of(2026, 9, 15), "Đại hội Đảng bộ tỉnh", null),
                timeline.create(LocalDate.of(2026, 10, 1), "Khai giảng lớp bồi dưỡng nguồn", "phuong-tan-ninh"),
                timeline.create(LocalDate.of(2025, 7, 1), "Sáp nhập đơn vị hành chính", null)));
        try {
            navigate("chi-tieu/T2", TargetView.class);
            ChartOptions road = find(ChartPanel.class).all().getFirst().chart().getOptions();
            // the merger is before the first point (the baseline), the commune's note is not on the province's road
            assertThat(road.annotations().xaxis()).containsExactly(ChartOptions.Annotations.Line.noteAt(
                    Charts.timestamp(LocalDate.of(2026, 9, 15)), "15/09/2026 Đại hội Đảng bộ tỉnh"));
            assertThat(road.annotations().yaxis()).hasSize(1);
        } finally {
            SystemUser.call(() -> {
                made.forEach(note -> timeline.delete(note.getId(), note.getVersion()));
                return null;
            });
        }
    }

    @Test
    void theAreaFilterInTheUrlNarrowsTheRankingToBorderCommunes() {
        UI.getCurrent().navigate(TargetView.class, "T2", DashboardFilter.LIVE.withBorder(true).toQuery());
        GridTester<Grid<TargetView.Rank>, TargetView.Rank> grid = rankingGrid();

        assertThat(grid.size()).isEqualTo(19);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).commune().isBorder()).isTrue();
        }
    }

    @Test
    void aReportingDateShowsItsFrozenFiguresWithoutAProjection() {
        UI.getCurrent().navigate(TargetView.class, "T2",
                DashboardFilter.LIVE.withReportingDate(LocalDate.of(2026, 6, 1)).toQuery());

        assertThat(find(Paragraph.class).withText("Ngày 01/06/2026: 15,0 %. Lộ trình cần đạt 15,0 %. "
                + "Chưa đủ số liệu để dự báo.").exists()).isTrue();
        assertThat(find(ChartPanel.class).all().getFirst().chart().getOptions().series()).hasSize(2);
    }

    @Test
    void theCourseCountHasNoCommuneRanking() {
        navigate("chi-tieu/T9d", TargetView.class);

        assertThat(find(Grid.class).exists()).isFalse();
        assertThat(find(Paragraph.class).withText("Chỉ tiêu này tính chung cho toàn tỉnh (số lớp bồi dưỡng), "
                + "không xếp hạng theo xã, phường.").exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<TargetView.Rank>, TargetView.Rank> rankingGrid() {
        return test(find(Grid.class).single());
    }
}
