package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.Comparison;
import vn.tayninh.dashboard.indicator.ComparisonService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The comparison page on the demo data: the baseline frozen on 01/06/2026 (ratings of 2025), a second freeze on
 * 01/10/2026 (ratings of 2026) made here, and the live figures of 22/11/2026.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@WithUserDetails("lanhdao")
@ViewPackages(classes = CompareView.class)
class CompareViewTest extends SpringBrowserlessTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 6, 1);
    private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

    @Autowired
    ComparisonService comparisons;
    @Autowired
    FreezeService freezes;

    @BeforeEach
    void secondFreeze() {
        if (freezes.findAll().size() == 1) {
            SystemUser.call(() -> freezes.freeze(OCTOBER, 2026, "Quý III/2026"));
        }
    }

    @Test
    void twoFreezesSideBySideWithTheCommunesThatMovedEachFigure() {
        go("so-sanh", "tu", "2026-06-01", "den", "2026-10-01");
        Comparison expected = comparisons.compare(Scope.province(), BASELINE, OCTOBER);

        assertThat(find(Span.class).withId("compare-caption").single().getText()).isEqualTo(
                "Kỳ đầu: số liệu đã chốt ngày 01/06/2026, xếp loại năm 2025. "
                        + "Kỳ sau: số liệu đã chốt ngày 01/10/2026, xếp loại năm 2026.");
        GridTester<Grid<Comparison.Change>, Comparison.Change> grid = summary();
        assertThat(grid.size()).isEqualTo(19);
        int t6 = row(grid, "T6");
        Comparison.Change change = expected.target("T6");
        assertThat(grid.getCellText(t6, grid.getColumnPosition("target"))).isEqualTo("T6 · " + targetName("T6"));
        assertThat(grid.getCellText(t6, grid.getColumnPosition("from"))).isEqualTo(
                Formats.ratio(change.from().numerator(), change.from().denominator()) + " · "
                        + Formats.percent(change.from().value()));
        assertThat(grid.getCellText(t6, grid.getColumnPosition("to"))).isEqualTo(
                Formats.ratio(change.to().numerator(), change.to().denominator()) + " · "
                        + Formats.percent(change.to().value()));
        assertThat(grid.getCellText(t6, grid.getColumnPosition("change")))
                .matches("[+−-]?\\d+,\\d điểm %|0,0 điểm %");
        assertThat(grid.getCellText(row(grid, "T9d"), grid.getColumnPosition("change"))).endsWith(" lớp");

        // every target has its section; the communes listed are those of the comparison, largest first
        assertThat(find(Div.class).all().stream().filter(d -> d.hasClassName("compare-movers"))).hasSize(19);
        Div t6Movers = find(Div.class).withId("movers-T6").single();
        List<String> items = find(ListItem.class, t6Movers).all().stream().map(ListItem::getText).toList();
        List<Comparison.Contribution> movers = new java.util.ArrayList<>(change.risers(5));
        movers.addAll(change.fallers(5));
        assertThat(items).hasSize(movers.size()).isNotEmpty();
        assertThat(items.getFirst()).startsWith(movers.getFirst().commune().getName() + ": ")
                .endsWith(" điểm %").contains(" người, ");
    }

    @Test
    void aTargetAndAnAreaFromTheUrlWithLiveFiguresByDefault() {
        go("so-sanh", "chi-tieu", "T8d", "loai", "XA");

        // the second date is live, the first the latest freeze before today
        assertThat(find(Select.class).withId("from").single().getValue()).isEqualTo(OCTOBER);
        assertThat(find(Select.class).withId("to").single().getValue()).isNull();
        assertThat(find(Select.class).withId("target").single().getValue()).isEqualTo("T8d");
        assertThat(find(Select.class).withId("type").single().getValue()).isEqualTo(CommuneType.XA);
        // the dashboard bar's own date and year are this page's selectors
        assertThat(find(Select.class).withId("date").all()).isEmpty();
        assertThat(find(Select.class).withId("year").all()).isEmpty();

        Comparison expected = comparisons.compare(Scope.province().withType(CommuneType.XA), OCTOBER, null);
        GridTester<Grid<Comparison.Change>, Comparison.Change> grid = summary();
        assertThat(grid.getCellText(row(grid, "T8d"), grid.getColumnPosition("to"))).isEqualTo(
                Formats.ratio(expected.target("T8d").to().numerator(), expected.target("T8d").to().denominator())
                        + " · " + Formats.percent(expected.target("T8d").to().value()));
        // only the chosen target's communes
        assertThat(find(Div.class).all().stream().filter(d -> d.hasClassName("compare-movers"))
                .map(d -> d.getId().orElseThrow())).containsExactly("movers-T8d");

        // choosing the second date keeps the area and the target; the first date is again the freeze before it
        test(find(Select.class).withId("to").single()).selectItem("Chốt ngày 01/10/2026 – Quý III/2026");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("den", List.of("2026-10-01")).containsEntry("loai", List.of("XA"))
                .containsEntry("chi-tieu", List.of("T8d")).doesNotContainKey("tu");
        assertThat(find(Select.class).withId("from").single().getValue()).isEqualTo(BASELINE);
    }

    @Test
    void theFirstDateMustComeBeforeTheSecond() {
        go("so-sanh", "tu", "2026-10-01", "den", "2026-06-01");
        assertThat(find(Paragraph.class).withId("compare-message").single().getText())
                .isEqualTo("Kỳ đầu phải trước kỳ sau.");
        assertThat(find(Grid.class).all()).isEmpty();
    }

    @Test
    void theDashboardAndATargetPageLinkHere() {
        go("tong-quan", "loai", "PHUONG");
        RouterLink fromDashboard = find(RouterLink.class).withId("compare-link").single();
        assertThat(fromDashboard.getText()).isEqualTo("So sánh hai kỳ");
        assertThat(fromDashboard.getHref()).startsWith("so-sanh?").contains("loai=PHUONG").doesNotContain("den=");

        go("chi-tieu/T2", "ngay", "2026-10-01");
        RouterLink fromTarget = find(RouterLink.class).withId("compare-link").single();
        assertThat(fromTarget.getHref()).startsWith("so-sanh?").contains("chi-tieu=T2").contains("den=2026-10-01");
    }

    private static void go(String path, String... parameters) {
        java.util.Map<String, List<String>> query = new java.util.HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.put(parameters[i], List.of(parameters[i + 1]));
        }
        UI.getCurrent().navigate(path, new QueryParameters(query));
    }

    private GridTester<Grid<Comparison.Change>, Comparison.Change> summary() {
        return test(find(Grid.class).withId("compare-summary").single());
    }

    private static int row(GridTester<Grid<Comparison.Change>, Comparison.Change> grid, String code) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

    private static String targetName(String code) {
        return UI.getCurrent().getTranslation("target." + code + ".name");
    }
}
