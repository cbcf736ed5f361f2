package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.ui.chart.ChartOptions;
import vn.tayninh.dashboard.base.ui.chart.ChartPanel;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.ui.chart.ApexChart;

// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("lanhdao")
@ViewPackages(classes = DashboardView.class)
class DashboardViewTest extends SpringBrowserlessTest {

    @Autowired
    IndicatorEngine engine;

    @Test
    @WithUserDetails("xa-hung-dien")
    void aCommuneEditorStartsOnTheirCommunesPageAndFindsItFirstInTheNavigation() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(CommuneView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("xa-phuong/xa-hung-dien");
        SideNavItem own = find(SideNavItem.class).withId("nav-own-commune").single();
        assertThat(own.getLabel()).isEqualTo("Xã Hưng Điền");
        assertThat(own.getPath()).isEqualTo("xa-phuong/xa-hung-dien");
        // the province overview stays under "Tổng quan"
        navigate(DashboardView.class);
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
    }

    @Test
    void aLeaderStartsOnTheProvinceOverviewWithoutACommuneEntry() {
        UI.getCurrent().navigate("");
        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(find(SideNavItem.class).withId("nav-own-commune").exists()).isFalse();
    }

    @Test
    void everyTargetHasACardWithTheEnginesNumbersAndStatus() {
        navigate(DashboardView.class);
        Overview province = engine.overview(Scope.province(), FixedClockConfig.TODAY, null);
        List<RouterLink> cards = find(RouterLink.class).all().stream()
                .filter(a -> a.getHref().startsWith("chi-tieu/")).toList();
        assertThat(cards).hasSize(19);
        RouterLink t1 = cards.getFirst();
        assertThat(t1.getHref()).isEqualTo("chi-tieu/T1");
        String text = t1.getElement().getTextRecursively();
        assertThat(text).contains("99,0 %", "8.805 / 8.894", "Chậm tiến độ", "Còn thiếu 89 người");
        assertThat(province.target("T1").numerator()).isEqualTo(8805);
        assertThat(t1.getChildren().findFirst().orElseThrow().getClassNames()).contains("status-BEHIND");
        assertThat(cards.get(5).getElement().getTextRecursively()).contains("T6", "Đạt");
    }

    @Test
    void theHeadlineCountsTheCardsByStatusAndNarrowsThemKeepingTheFilter() {
        navigate(DashboardView.class);
        Overview province = engine.overview(Scope.province(), FixedClockConfig.TODAY, null);
        Headline headline = find(Headline.class).single();
        long behind = province.targets().stream().filter(t -> t.status() == Status.BEHIND).count();
        RouterLink behindLink = statusLink(headline, "BEHIND");
        assertThat(behindLink.getHref()).endsWith("?trang-thai=BEHIND");
        assertThat(behindLink.getElement().getTextRecursively()).isEqualTo("Chậm tiến độ" + behind);
        // every target is counted once, under its status
        long counted = find(RouterLink.class, headline).all().stream().filter(a -> a.getElement().hasAttribute("data-status"))
                .mapToLong(a -> Long.parseLong(find(Span.class, a).all().getLast().getText())).sum();
        assertThat(counted).isEqualTo(19);

        // the change since the previous frozen reporting date, from the statuses frozen then
        List<TargetResult> before = engine.frozenTargets(LocalDate.of(2026, 6, 1), Scope.province());
        long changed = province.targets().stream().filter(t -> before.stream()
                .anyMatch(b -> b.code().equals(t.code()) && b.status() != t.status())).count();
        String text = headline.getElement().getTextRecursively();
        assertThat(text).contains("Số liệu trực tiếp ngày 22/11/2026");
        assertThat(text).contains(changed == 0 ? "So với kỳ 01/06/2026: không chỉ tiêu nào đổi trạng thái"
                : "So với kỳ 01/06/2026: " + changed + " chỉ tiêu đổi trạng thái");

        UI.getCurrent().navigate(DashboardView.class,
                QueryParameters.simple(Map.of("bien-gioi", "co", "trang-thai", "MET")));
        Overview border = engine.overview(Scope.province().withBorder(true), FixedClockConfig.TODAY, null);
        long met = border.targets().stream().filter(t -> t.status() == Status.MET).count();
        assertThat(find(RouterLink.class).all().stream().filter(a -> a.getHref().startsWith("chi-tieu/")))
                .hasSize((int) met).allSatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Đạt"));
        headline = find(Headline.class).single();
        assertThat(statusLink(headline, "MET").getElement().getAttribute("aria-current")).isEqualTo("true");
        assertThat(statusLink(headline, "BEHIND").getHref()).contains("bien-gioi=co", "trang-thai=BEHIND");
        RouterLink all = find(RouterLink.class, headline).all().stream().filter(a -> a.hasClassName("headline-all"))
                .findFirst().orElseThrow();
        assertThat(all.getHref()).contains("bien-gioi=co").doesNotContain("trang-thai");
    }

    @Test
    void aFrozenDateWithoutAnEarlierOneHasNothingToCompareWith() {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("ngay", "2026-06-01")));
        assertThat(find(Headline.class).single().getElement().getTextRecursively())
                .contains("Số liệu chốt ngày 01/06/2026", "Chưa có kỳ chốt số liệu trước để so sánh");
        // the cards fall back on the baseline, which is this date
        assertThat(cardText("T2")).contains("So với mốc (01/06/2026): 0,0 điểm %");
    }

    @Test
    void cardsCompareWithThePreviousReportingDate() {
        navigate(DashboardView.class);
        Overview province = engine.overview(Scope.province(), FixedClockConfig.TODAY, null);
        TargetResult before = engine.frozenTargets(LocalDate.of(2026, 6, 1), Scope.province()).stream()
                .filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        double points = (province.target("T2").value() - before.value()) * 100;
        // the demo's T2 did not move between the baseline and today: a change of zero has no sign
        assertThat(points).isCloseTo(0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(cardText("T2")).contains("So với kỳ trước (01/06/2026): 0,0 điểm %");
    }

    @Test
    void theFiltersFoldIntoOneLineSayingWhatIsSelected() {
        navigate(DashboardView.class);
        DashboardFilterBar bar = find(DashboardFilterBar.class).single();
        assertThat(bar.isOpened()).isFalse();
        assertThat(bar.summaryText()).isEqualTo("Toàn tỉnh · số liệu trực tiếp · xếp loại 2026");

        UI.getCurrent().navigate(DashboardView.class,
                QueryParameters.simple(Map.of("ngay", "2026-06-01", "bien-gioi", "co", "loai", "XA")));
        assertThat(find(DashboardFilterBar.class).single().summaryText())
                .isEqualTo("Xã, biên giới · số liệu chốt ngày 01/06/2026 · xếp loại 2025");
    }

    private RouterLink statusLink(Headline headline, String status) {
        return find(RouterLink.class, headline).all().stream()
                .filter(a -> status.equals(a.getElement().getAttribute("data-status"))).findFirst().orElseThrow();
    }

    @Test
    void filtersInTheUrlChangeTheNumbers() {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("bien-gioi", "co")));
        assertThat(subtitle()).contains("19 xã, phường");
        Overview border = engine.overview(Scope.province().withBorder(true), FixedClockConfig.TODAY, null);
        String t2 = cardText("T2");
        assertThat(t2).contains(String.format("%,d / %,d", border.target("T2").numerator(),
                border.target("T2").denominator()).replace(',', '.'));
        // the card links keep the filter
        assertThat(find(RouterLink.class).all().stream().map(RouterLink::getHref))
                .contains("chi-tieu/T2?bien-gioi=co");

        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("ngay", "2026-06-01")));
        assertThat(subtitle()).startsWith("Số liệu đã chốt ngày 01/06/2026; xếp loại năm 2025");
    }

    @Test
    void choosingAFilterPutsItInTheUrl() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<Boolean> border = find(Select.class).all().stream()
                .filter(s -> "Biên giới".equals(s.getLabel())).findFirst().orElseThrow();
        test(border).selectItem("Có");
        QueryParameters query = UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters();
        assertThat(query.getParameters()).containsEntry("bien-gioi", List.of("co"));
        assertThat(subtitle()).contains("19 xã, phường");
    }

    @Test
    void chartsCarryTheTargetsAndSwitchToTables() {
        navigate(DashboardView.class);
        List<ChartPanel> charts = find(ChartPanel.class).all();
        assertThat(charts).hasSize(8);

        ChartPanel keyTitles = charts.get(5);
        ChartOptions options = keyTitles.chart().getOptions();
        assertThat(options.title().text()).isEqualTo("Chức danh chủ chốt: phê duyệt, đã bố trí, còn khuyết");
        assertThat(keyTitles.rows()).contains(List.of("Phó bí thư thường trực", "96", "95", "1"),
                List.of("Phó chủ tịch UBND", "230", "192", "38"));
        // a figure, since the chart holds focusable toolbar and legend buttons that an image may not contain
        assertThat(keyTitles.chart().getElement().getAttribute("role")).isEqualTo("figure");
        assertThat(keyTitles.chart().getElement().getAttribute("aria-label"))
                .startsWith("Chức danh chủ chốt: phê duyệt, đã bố trí, còn khuyết. ");
        assertThat(keyTitles.table().isVisible()).isFalse();
        test(find(Button.class, keyTitles).single()).click();
        assertThat(keyTitles.table().isVisible()).isTrue();
        assertThat(keyTitles.chart().isVisible()).isFalse();

        ChartOptions plan = charts.get(3).chart().getOptions();
        @SuppressWarnings("unchecked")
        List<ChartOptions.Point> points = (List<ChartOptions.Point>) ((ChartOptions.Series) plan.series().getFirst()).data();
        assertThat(points).extracting(p -> p.goals() == null ? null : p.goals().getFirst().value())
                .containsExactly(20.0, 25.0, 5.0, null);

        ChartOptions ratings = charts.get(7).chart().getOptions();
        assertThat(ratings.annotations().yaxis().getFirst().y()).isEqualTo(90.0);
        assertThat(ratings.xaxis().categories()).containsExactly("2025", "2026");
    }

    private String subtitle() {
        return find(Span.class).all().stream().filter(s -> s.hasClassName("dashboard-subtitle")).findFirst()
                .orElseThrow().getText();
    }

    @Test
    void screenReadersHearTheChartsInTheUisLanguage() {
        navigate(DashboardView.class);
        ApexChart chart = find(ApexChart.class).first();
        assertThat(chart.getElement().getProperty("language")).isEqualTo("vi");
        assertThat(chart.getElement().getPropertyRaw("accessibleTexts").toString())
                .contains("đang hiện", "Nhấn Enter hoặc phím cách để ẩn hoặc hiện.");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate(DashboardView.class);
        chart = find(ApexChart.class).first();
        assertThat(chart.getElement().getProperty("language")).isEqualTo("en");
        assertThat(chart.getElement().getPropertyRaw("accessibleTexts").toString())
                .contains("visible", "Press Enter or Space to toggle.");
    }

    private String cardText(String code) {
        return find(RouterLink.class).all().stream().filter(a -> a.getHref().startsWith("chi-tieu/" + code))
                .findFirst().orElseThrow().getElement().getTextRecursively();
    }
}
