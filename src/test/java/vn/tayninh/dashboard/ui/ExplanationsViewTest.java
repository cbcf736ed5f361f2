package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
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
    }
}
