package vn.tayninh.dashboard.ui;

import vn.tayninh.dashboard.FixedClockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.util.Comparator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;

// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = CommuneListView.class)
class CommuneListViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorEngine engine;

    private GridTester<Grid<CommuneListView.Row>, CommuneListView.Row> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void open() {
        navigate(CommuneListView.class);
        grid = test(find(Grid.class).single());
    }

    @Test
    void listsAllCommunesWithTheirActiveCadresAndAVietnameseHeader() {
        assertThat(grid.size()).isEqualTo(96);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Tên đơn vị");
        // Vietnamese alphabetical order: wards ("Phường …") come before communes ("Xã …").
        assertThat(grid.getRow(0).commune().getName()).isEqualTo("Phường An Tịnh");

        Long activeInTanNinh = jdbc.queryForObject("""
                SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = 'phuong-tan-ninh' AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)""",
                Long.class, FixedClockConfig.TODAY, FixedClockConfig.TODAY);
        CommuneListView.Row tanNinh = rowNamed("Phường Tân Ninh");
        assertThat(tanNinh.activeCadres()).isEqualTo(activeInTanNinh).isGreaterThan(50);
        assertThat(tanNinh.commune().getFormerProvince()).isEqualTo("Tây Ninh");
        assertThat(grid.getCellText(indexOf(tanNinh), grid.getColumnPosition("type"))).isEqualTo("Phường");
        assertThat(grid.getCellText(indexOf(tanNinh), grid.getColumnPosition("formerProvince"))).isEqualTo("Tây Ninh");
    }

    @Test
    void eachCommuneSumsUpItsIndicatorsByStatus() {
        CommuneListView.Row tanNinh = rowNamed("Phường Tân Ninh");
        assertThat(tanNinh.statuses().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(CommuneListView.INDICATORS.size());
        long met = CommuneListView.INDICATORS.stream()
                .filter(code -> tanNinh.target(code).status() == vn.tayninh.dashboard.indicator.Status.MET).count();
        assertThat(tanNinh.statuses().getOrDefault(vn.tayninh.dashboard.indicator.Status.MET, 0)).isEqualTo((int) met);
        assertThat(grid.getHeaderCell(grid.getColumnPosition("statuses"))).isEqualTo("Trạng thái (12 chỉ tiêu)");
        // every column shows until the browser reports a narrow window
        Grid<?> communes = find(Grid.class).single();
        assertThat(communes.getColumns().stream().allMatch(c -> c.isVisible())).isTrue();
    }

    @Test
    void footerShowsTheProvinceTotalInVietnameseFormat() {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM cadre WHERE end_date IS NULL", Long.class);
        String expected = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("vi-VN"))
                .format(total);
        assertThat(grid.getFooterCell(grid.getColumnPosition("activeCadres"))).isEqualTo(expected).contains(".");
    }

    @Test
    void searchIgnoresDiacriticsAndTypeFilterNarrowsTheList() {
        test(find(TextField.class).single()).setValue("tan ninh");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).commune().getName()).isEqualTo("Phường Tân Ninh");

        test(find(TextField.class).single()).setValue("");
        @SuppressWarnings("unchecked")
        Select<CommuneType> type = find(Select.class).withId("type").single();
        test(type).selectItem("Phường");
        assertThat(grid.size()).isEqualTo(14);
        test(type).selectItem("Xã");
        assertThat(grid.size()).isEqualTo(82);
    }

    @Test
    void totalRowSumsXAndNOfTheCommunesToTheProvinceFigure() {
        TargetResult t2 = engine.evaluate(Scope.province(), FixedClockConfig.TODAY, null).stream()
                .filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        assertThat(grid.getFooterCell(grid.getColumnPosition("T2"))).isEqualTo(total(t2)).contains("/ 8.");
    }

    @Test
    void theBorderFilterComesFromTheUrlAndTotalsTheBorderCommunes() {
        UI.getCurrent().navigate("xa-phuong", QueryParameters.of("bien-gioi", "co"));
        assertThat(getCurrentView()).isInstanceOf(CommuneListView.class);
        grid = test(find(Grid.class).single());
        assertThat(grid.size()).isEqualTo(19);
        assertThat(find(Select.class).withId("border").single().getValue()).isEqualTo(true);
        TargetResult t2 = engine.evaluate(Scope.province().withBorder(true), FixedClockConfig.TODAY, null).stream()
                .filter(t -> t.code().equals("T2")).findFirst().orElseThrow();
        assertThat(grid.getFooterCell(grid.getColumnPosition("T2"))).isEqualTo(total(t2));
        assertThat(grid.getFooterCell(grid.getColumnPosition("name"))).isEqualTo("Tổng cộng: 19 đơn vị");
    }

    @Test
    void sortingByAnIndicatorPutsTheHighestValueFirst() {
        double highest = engine.overview(Scope.province(), FixedClockConfig.TODAY, null).communes().stream()
                .map(c -> c.target("T2").value()).filter(v -> v != null).max(Comparator.naturalOrder()).orElseThrow();
        grid.sortByColumn("T2", SortDirection.DESCENDING);
        assertThat(grid.getRow(0).target("T2").value()).isEqualTo(highest);
        assertThat(grid.getRow(1).target("T2").value()).isLessThanOrEqualTo(highest);
    }

    @Test
    void clickingARowOpensTheCommunePage() {
        CommuneListView.Row first = grid.getRow(0);
        grid.clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(CommuneView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo(first.commune().getName());
    }

    private static String total(TargetResult result) {
        return Formats.percent(result.value()) + " (" + Formats.ratio(result.numerator(), result.denominator()) + ")";
    }

    private CommuneListView.Row rowNamed(String name) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).commune().getName().equals(name)) {
                return grid.getRow(i);
            }
        }
        throw new AssertionError("no row " + name);
    }

    private int indexOf(CommuneListView.Row row) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i) == row) {
                return i;
            }
        }
        return -1;
    }
}
