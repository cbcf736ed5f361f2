package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.SearchText;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.quality.CommuneQuality;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.quality.QualityRecord;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The data-quality page on the demo data: the flaws the demo generator puts in (five people entered by two communes,
 * implausible ages and start dates, records left stale), the ranking lowest score first, a commune's work list with
 * links to the edit form for those who may edit, and a commune editor kept to their own commune.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@ViewPackages(classes = DataQualityView.class)
class DataQualityViewTest extends SpringBrowserlessTest {

    @Autowired
    DataQuality quality;

    @Test
    @WithUserDetails("bantochuc")
    void theDemoDataHasItsFlawsAndTheRankingStartsWithTheLowestScore() {
        QualityCounts province = quality.summary(Scope.province(), FixedClockConfig.TODAY);
        assertThat(province.count(Problem.POSSIBLE_DUPLICATE)).isEqualTo(10);
        // three over 65; two who started at 17; three with a master's degree at 21 (docs/data-quality.md)
        assertThat(province.count(Problem.AGE_OUT_OF_RANGE)).isEqualTo(3);
        assertThat(province.count(Problem.STARTED_UNDER_18)).isEqualTo(2);
        assertThat(province.count(Problem.POSTGRAD_UNDER_22)).isEqualTo(3);
        assertThat(province.count(Problem.STALE)).isPositive();
        assertThat(province.count(Problem.MISSING_FIELDS)).isPositive();
        // the five pairs are each in two communes
        List<QualityRecord> duplicates = TestUsers.callAs(Role.BOARD, null,
                () -> quality.workList(null, FixedClockConfig.TODAY, 0, 20_000)).records().stream()
                .filter(r -> r.problems().contains(Problem.POSSIBLE_DUPLICATE)).toList();
        Map<String, List<String>> communesByName = duplicates.stream().collect(Collectors.groupingBy(
                r -> vn.tayninh.dashboard.cadre.Cadre.normalizedName(r.fullName()),
                Collectors.mapping(QualityRecord::communeCode, Collectors.toList())));
        assertThat(communesByName).hasSize(5);
        communesByName.values().forEach(codes -> assertThat(codes).hasSize(2).doesNotHaveDuplicates());

        navigate(DataQualityView.class);
        GridTester<Grid<CommuneQuality>, CommuneQuality> ranking = ranking();
        assertThat(ranking.size()).isEqualTo(96);
        List<Double> scores = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            scores.add(ranking.getRow(i).counts().score());
        }
        assertThat(scores).isSorted();
        assertThat(text(find(Span.class).withAttribute("data-problem", "POSSIBLE_DUPLICATE").single()))
                .isEqualTo("Có thể trùng: 10");
    }

    @Test
    @WithUserDetails("bantochuc")
    void aCommunesWorkListSaysWhatToFixAndLinksToTheEditForm() {
        QualityRecord duplicate = TestUsers.callAs(Role.BOARD, null,
                () -> quality.workList(null, FixedClockConfig.TODAY, 0, 1000)).records().stream()
                .filter(r -> r.problems().contains(Problem.POSSIBLE_DUPLICATE)).findFirst().orElseThrow();

        UI.getCurrent().navigate(DataQualityView.class,
                com.vaadin.flow.router.QueryParameters.of(DataQualityView.COMMUNE, duplicate.communeCode()));
        GridTester<Grid<QualityRecord>, QualityRecord> list = workList();
        int row = rowOf(list, duplicate.cadreId());
        assertThat(list.getCellText(row, list.getColumnPosition("problems"))).contains("Có thể trùng");
        assertThat(list.getCellText(row, list.getColumnPosition("fix")))
                .contains("Một hồ sơ khác trong tỉnh có cùng họ tên và ngày sinh");
        RouterLink edit = (RouterLink) list.getCellComponent(row, "edit");
        assertThat(edit.getHref()).isEqualTo("cap-nhat/" + duplicate.communeCode() + "?sua=" + duplicate.cadreId());
    }

    @Test
    @WithUserDetails("lanhdao")
    void aLeaderReadsTheWorkListWithoutEditLinks() {
        UI.getCurrent().navigate(DataQualityView.class,
                com.vaadin.flow.router.QueryParameters.of(DataQualityView.COMMUNE, "xa-hung-dien"));
        assertThat(((Grid<?>) find(Grid.class).withId("quality-worklist").single()).getColumnByKey("edit")).isNull();
    }

    @Test
    @WithUserDetails("xa-hung-dien")
    void aCommuneEditorSeesOnlyTheirOwnCommune() {
        UI.getCurrent().navigate(DataQualityView.class,
                com.vaadin.flow.router.QueryParameters.of(DataQualityView.COMMUNE, "phuong-tan-ninh"));
        assertThat(find(Grid.class).withId("quality-ranking").exists()).isFalse();
        GridTester<Grid<QualityRecord>, QualityRecord> list = workList();
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.getRow(i).communeCode()).isEqualTo("xa-hung-dien");
        }
        assertThat(((Grid<?>) find(Grid.class).withId("quality-worklist").single()).getColumnByKey("edit")).isNotNull();
    }

    @Test
    @WithUserDetails("lanhdao")
    void theDashboardHasADataQualityCardAndTheCommuneGridAColumn() {
        navigate(DashboardView.class);
        RouterLink card = find(RouterLink.class).withId("quality-card").single();
        assertThat(card.getHref()).isEqualTo("chat-luong-du-lieu");
        assertThat(card.getElement().getTextRecursively()).contains("Chất lượng dữ liệu", "Có thể trùng: 10");

        navigate(CommuneListView.class);
        Grid<?> communes = find(Grid.class).single();
        assertThat(communes.getColumnByKey("quality")).isNotNull();
    }

    private static int rowOf(GridTester<Grid<QualityRecord>, QualityRecord> list, long cadreId) {
        for (int i = 0; i < list.size(); i++) {
            if (list.getRow(i).cadreId() == cadreId) {
                return i;
            }
        }
        throw new AssertionError("record " + cadreId + " not in the work list");
    }

    @Test
    @WithUserDetails("lanhdao")
    void theRankingSortsByAnyColumnAndItsSearchIgnoresDiacritics() {
        navigate(DataQualityView.class);
        GridTester<Grid<CommuneQuality>, CommuneQuality> ranking = ranking();
        TextField search = find(TextField.class).withId("quality-search").single();

        test(search).setValue("hung dien");
        assertThat(ranking.size()).isEqualTo(1);
        assertThat(ranking.getRow(0).commune().getName()).isEqualTo("Xã Hưng Điền");
        test(search).setValue("HƯNG");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            names.add(ranking.getRow(i).commune().getName());
        }
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(SearchText.fold(name)).contains("hung"))
                .contains("Xã Hưng Điền");
        test(search).setValue("khong co xa nay");
        assertThat(ranking.size()).isZero();
        assertThat(ranking.getComponent().getEmptyStateText()).isEqualTo("Không có xã, phường nào có tên như vậy.");
        test(search).clear();
        assertThat(ranking.size()).isEqualTo(96);

        // sorted by the count of records lately not updated, most first
        ranking.sortByColumn(ranking.getColumnPosition("STALE"), SortDirection.DESCENDING);
        List<Long> stale = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            stale.add(ranking.getRow(i).counts().count(Problem.STALE));
        }
        assertThat(stale).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(stale.getFirst()).isGreaterThan(stale.getLast());
    }

    private static String text(Span span) {
        return span.getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<CommuneQuality>, CommuneQuality> ranking() {
        return test(find(Grid.class).withId("quality-ranking").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<QualityRecord>, QualityRecord> workList() {
        return test(find(Grid.class).withId("quality-worklist").single());
    }
}
