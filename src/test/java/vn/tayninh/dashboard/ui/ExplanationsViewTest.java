package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.QuerySortOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The page of requests for explanation for the board: the filters narrow the rows, an overdue request says so in
 * words (not only in red), and a row opens the request, where the board accepts the answer.
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = ExplanationsView.class)
class ExplanationsViewTest extends SpringBrowserlessTest {

    @Autowired
    Explanations explanations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'EXPLANATION'");
        jdbc.update("DELETE FROM explanation_step");
        jdbc.update("DELETE FROM explanation");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBoardFiltersSeesOverdueInWordsAndAcceptsAnAnswer() {
        Explanations.NewRequest request = new Explanations.NewRequest("T2", LocalDate.of(2026, 6, 1),
                FixedClockConfig.TODAY.plusDays(7), "Giải trình tỷ lệ đại học");
        ExplanationDetails late = TestUsers.callAs(Role.BOARD, null, () -> explanations.request("xa-hung-dien", request));
        ExplanationDetails answered = TestUsers.callAs(Role.BOARD, null,
                () -> explanations.request("phuong-tan-ninh", request));
        TestUsers.callAs(Role.BOARD, null, () -> explanations.answer(answered.id(), null,
                new Explanations.Answer("Thiếu nguồn", "Cử đi học", LocalDate.of(2027, 6, 30))));
        jdbc.update("UPDATE explanation SET due_date = ? WHERE id = ?", FixedClockConfig.TODAY.minusDays(1), late.id());

        ExplanationsView view = navigate(ExplanationsView.class);
        GridTester<Grid<ExplanationDetails>, ExplanationDetails> grid = test((Grid<ExplanationDetails>) view.grid);
        assertThat(grid.size()).isEqualTo(2);
        view.overdue.setValue(true);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).communeCode()).isEqualTo("xa-hung-dien");
        assertThat(((Span) grid.getCellComponent(0, "state")).getText()).isEqualTo("Chờ giải trình – quá hạn");
        assertThat(((Span) grid.getCellComponent(0, "state")).getClassNames()).contains("status-NOT_MET");

        view.overdue.setValue(false);
        view.state.setValue(ExplanationState.ANSWERED);
        assertThat(grid.size()).isEqualTo(1);
        grid.clickRow(0);
        ExplanationDialog dialog = find(ExplanationDialog.class).single();
        test(find(com.vaadin.flow.component.button.Button.class).withId("explanation-accept").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(TestUsers.callAs(Role.LEADER, null, () -> explanations.get(answered.id())).state())
                .isEqualTo(ExplanationState.ACCEPTED);
        assertThat(grid.size()).isZero();
        view.state.clear();
        assertThat(grid.size()).isEqualTo(2);

        // the history names people as their accounts call them; a user name without an account stays as it is
        view.state.setValue(ExplanationState.ACCEPTED);
        grid.clickRow(0);
        String history = find(OrderedList.class).withClassName("explanation-history").single().getElement()
                .getTextRecursively();
        assertThat(history).contains("Ban Tổ chức Tỉnh ủy").contains("board").doesNotContain("bantochuc");
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoThousandRequestsArePagedFromTheDatabaseSortedThereAndTheHistoryNamesPeople() {
        List<Long> communes = jdbc.queryForList("SELECT id FROM commune ORDER BY id", Long.class);
        List<String> targets = jdbc.queryForList("SELECT code FROM indicator_target ORDER BY code", String.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Object[] {communes.get(i % communes.size()), targets.get(i % targets.size()),
                    LocalDate.of(2026, 1, 1).plusDays(i % 300), LocalDate.of(2026, 12, 31), "Yêu cầu số " + i,
                    java.sql.Timestamp.valueOf("2026-11-01 08:00:00")});
        }
        jdbc.batchUpdate("INSERT INTO explanation (commune_id, target_code, as_of, due_date, request_text, state, cause,"
                + " requested_by, requested_at) VALUES (?, ?, ?, ?, ?, 'ACCEPTED', 'Nguyên nhân', 'bantochuc', ?)", rows);
        long newest = jdbc.queryForObject("SELECT MAX(id) FROM explanation", Long.class);
        long oldest = jdbc.queryForObject("SELECT MIN(id) FROM explanation", Long.class);

        ExplanationsView view = navigate(ExplanationsView.class);
        DataProvider<ExplanationDetails, ?> provider = (DataProvider<ExplanationDetails, ?>) view.grid.getDataProvider();
        assertThat(provider.size(new Query<>())).isEqualTo(2_000);
        List<ExplanationDetails> first = page(provider, 0, List.of());
        List<ExplanationDetails> last = page(provider, 1_950, List.of());
        assertThat(first).hasSize(50);
        assertThat(first.getFirst().id()).isEqualTo(newest);
        assertThat(last).hasSize(50);
        assertThat(last.getLast().id()).isEqualTo(oldest);
        assertThat(last.getLast().request()).isEqualTo("Yêu cầu số 0");

        // sorted by the database on the column the reader clicks, on every page
        view.grid.sort(GridSortOrder.desc(view.grid.getColumnByKey("asOf")).build());
        List<QuerySortOrder> byDate = view.grid.getDataCommunicator().getBackEndSorting();
        assertThat(page(provider, 0, byDate).getFirst().asOf()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(page(provider, 1_950, byDate).getLast().asOf()).isEqualTo(LocalDate.of(2026, 1, 1));
        view.grid.sort(GridSortOrder.asc(view.grid.getColumnByKey("commune")).build());
        String firstName = jdbc.queryForObject("SELECT c.name FROM explanation e JOIN commune c ON c.id = e.commune_id"
                + " ORDER BY c.name, e.id DESC LIMIT 1", String.class);
        assertThat(page(provider, 0, view.grid.getDataCommunicator().getBackEndSorting()).getFirst().communeName())
                .isEqualTo(firstName);

        // the filters narrow the count in the database too
        view.target.setValue(targets.getFirst());
        assertThat(provider.size(new Query<>())).isEqualTo((2_000 + targets.size() - 1) / targets.size());
    }

    @Test
    @WithUserDetails("xa-hung-dien")
    @SuppressWarnings("unchecked")
    void anEditorPagesOnlyTheirCommunesRequests() {
        long own = jdbc.queryForObject("SELECT id FROM commune WHERE code = 'xa-hung-dien'", Long.class);
        long other = jdbc.queryForObject("SELECT id FROM commune WHERE code = 'phuong-tan-ninh'", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(new Object[] {i % 3 == 0 ? own : other, LocalDate.of(2026, 6, 1), "Yêu cầu số " + i});
        }
        jdbc.batchUpdate("INSERT INTO explanation (commune_id, target_code, as_of, due_date, request_text, state,"
                + " requested_by, requested_at) VALUES (?, 'T2', ?, DATE '2026-12-31', ?, 'ACCEPTED', 'bantochuc',"
                + " TIMESTAMP '2026-11-01 08:00:00')", rows);

        ExplanationsView view = navigate(ExplanationsView.class);
        DataProvider<ExplanationDetails, ?> provider = (DataProvider<ExplanationDetails, ?>) view.grid.getDataProvider();
        assertThat(provider.size(new Query<>())).isEqualTo(40);
        assertThat(page(provider, 0, List.of())).extracting(ExplanationDetails::communeId).containsOnly(own);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<ExplanationDetails> page(DataProvider<ExplanationDetails, ?> provider, int offset,
                                                 List<QuerySortOrder> sort) {
        return ((DataProvider) provider).fetch(new Query<>(offset, 50, sort, null, null)).toList();
    }
}
