package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;

@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = AttentionView.class)
class AttentionViewTest extends SpringBrowserlessTest {

    @Autowired
    IndicatorEngine engine;

    @Test
    void everyCommuneWithoutAWomanInTheStandingCommitteeIsListedWithThatReason() {
        List<String> withoutWoman = engine.overview(Scope.province(), FixedClockConfig.TODAY, null).communes().stream()
                .filter(c -> c.target("T8d").numerator() == 0).map(c -> c.commune().getCode()).toList();
        assertThat(withoutWoman).hasSize(15);

        navigate(AttentionView.class);
        GridTester<Grid<AttentionView.Row>, AttentionView.Row> grid = grid();

        assertThat(grid.size()).isEqualTo(AttentionView.SHOWN);
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            UnorderedList reasons = (UnorderedList) grid.getCellComponent(i, "reasons");
            if (reasons.getElement().getTextRecursively().contains("Chưa có nữ trong Ban Thường vụ")) {
                listed.add(grid.getRow(i).item().commune().getCode());
            }
            assertThat(grid.getRow(i).rank()).isEqualTo(i + 1);
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(withoutWoman);
    }

    @Test
    void rowsSayTheirReasonsInWordsHighestScoreFirst() {
        navigate(AttentionView.class);
        GridTester<Grid<AttentionView.Row>, AttentionView.Row> grid = grid();

        // Xã Tân Đông: no woman in the standing committee nor in the key-title pool, one vice-chair seat vacant
        assertThat(grid.getRow(0).item().commune().getName()).isEqualTo("Xã Tân Đông");
        assertThat(grid.getCellText(0, grid.getColumnPosition("score"))).isEqualTo("5");
        assertThat(((UnorderedList) grid.getCellComponent(0, "reasons")).getChildren()
                .map(item -> item.getElement().getText().strip()).toList()).startsWith(
                "Chưa có nữ trong Ban Thường vụ", "Chưa có nữ trong quy hoạch chức danh chủ chốt",
                "Khuyết 1 Phó chủ tịch UBND");
        List<Integer> scores = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            scores.add(grid.getRow(i).item().score());
        }
        assertThat(scores).isSortedAccordingTo((x, y) -> Integer.compare(y, x));
    }

    @Test
    void theAreaFilterInTheUrlKeepsOnlyItsCommunes() {
        UI.getCurrent().navigate(AttentionView.class, DashboardFilter.LIVE.withBorder(true).toQuery());
        GridTester<Grid<AttentionView.Row>, AttentionView.Row> grid = grid();

        assertThat(grid.size()).isEqualTo(19);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).item().commune().isBorder()).isTrue();
        }
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AttentionView.Row>, AttentionView.Row> grid() {
        return test(find(Grid.class).single());
    }
}
