package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.planning.EntryState;
import vn.tayninh.dashboard.planning.EntryView;
import vn.tayninh.dashboard.planning.ExitReason;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The two planning pages for every role on a hand-made planning of two communes (22/11/2026): what each role sees
 * (titles × candidates with their facts, the proposals, the review, the gaps) and may do — the commune's editor
 * proposes an addition and an exit for their own commune only and never approves; the board approves a proposal
 * with a decision and the review's exits with one decision; a leader reads. The service decides again
 * (PlanningReviewTest and the core's rights tests); here the screens are checked.
 */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@ViewPackages(classes = PlanningView.class)
class PlanningViewTest extends SpringBrowserlessTest {

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    static final LocalDate PLANNED = LocalDate.of(2026, 1, 15);

    @Autowired
    CommuneService communes;
    @Autowired
    Planning planning;
    @Autowired
    PlanningReview review;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.tayninh.dashboard.indicator.RosterVersions versions;

    long proposedId;
    long retireeEntry;
    long candidateId;

    @BeforeEach
    void planning() {
        transactions.executeWithoutResult(status -> {
            Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
            Commune tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
            Cadre hoa = cadre(hungDien, "Nguyễn Thị Hoa", Gender.NU, LocalDate.of(1988, 5, 1), PoliticalTheory.TRUNG_CAP);
            HandMadeRoster.planned(em, hoa, "PLAN", "BI_THU", PLANNED);
            Cadre binh = cadre(hungDien, "Trần Văn Bình", Gender.NAM, LocalDate.of(1970, 1, 1), PoliticalTheory.SO_CAP);
            retireeEntry = HandMadeRoster.planned(em, binh, "PLAN", "CT_UBND", PLANNED);
            Cadre dung = cadre(hungDien, "Phạm Thị Dung", Gender.NU, LocalDate.of(1992, 3, 3), PoliticalTheory.TRUNG_CAP);
            proposedId = HandMadeRoster.entry(em, dung, HandMadeRoster.NEXT_TERM, "PLAN", "PCT_HDND", "PROPOSED",
                    null, null);
            candidateId = cadre(hungDien, "Lê Văn Cường", Gender.NAM, LocalDate.of(1990, 2, 2),
                    PoliticalTheory.TRUNG_CAP).getId();
            Cadre em1 = cadre(tanNinh, "Võ Văn Em", Gender.NAM, LocalDate.of(1985, 1, 1), PoliticalTheory.TRUNG_CAP);
            HandMadeRoster.planned(em, em1, "PLAN", "BI_THU", PLANNED);
            em.flush();
            // written past the services: the communes' kept figures are counted again, as after a write
            versions.refreshCommunes(List.of(hungDien.getId(), tanNinh.getId()));
        });
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM audit_entry");
        jdbc.update("DELETE FROM planning_entry");
        jdbc.update("DELETE FROM position_holding");
        jdbc.update("DELETE FROM cadre");
        transactions.executeWithoutResult(status -> versions.refreshCommunes(List.of(
                communes.findByCode("xa-hung-dien").orElseThrow().getId(),
                communes.findByCode("phuong-tan-ninh").orElseThrow().getId())));
    }

    @Test
    @WithUserDetails("bantochuc")
    void theBoardReadsTheCommunesTitlesAndApprovesAProposalWithADecision() {
        openCommune("xa-hung-dien");
        GridTester<Grid<CommunePlanningView.TitleRow>, CommunePlanningView.TitleRow> titles = titles();
        int hoa = row(titles, "Nguyễn Thị Hoa");
        assertThat(titles.getCellText(hoa, column(titles, "title"))).isEqualTo("Bí thư");
        assertThat(titles.getCellText(hoa, column(titles, "age"))).isEqualTo("42"); // on 01/07/2030
        assertThat(titles.getCellText(hoa, column(titles, "gender"))).isEqualTo("Nữ");
        assertThat(titles.getCellText(hoa, column(titles, "education"))).isEqualTo("Đại học");
        assertThat(titles.getCellText(hoa, column(titles, "theory"))).isEqualTo("Trung cấp");
        assertThat(titles.getCellText(hoa, column(titles, "standard"))).isEqualTo("Đạt");
        assertThat(titles.getCellText(hoa, column(titles, "decision"))).isEqualTo("QĐ 01-QĐ/TU ngày 15/01/2026");
        int binh = row(titles, "Trần Văn Bình");
        assertThat(titles.getCellText(binh, column(titles, "standard"))).isEqualTo("Chưa đạt");
        // a title without anyone has its line; the proposal is not a candidate yet
        assertThat(titles.getRow(1).title()).isEqualTo(PlannedTitle.PHO_BI_THU_TT);
        assertThat(titles.getRow(1).entry()).isNull();
        assertThat(textOf(titles)).doesNotContain("Phạm Thị Dung");

        // the review proposes Bình's exit: he retires in 2032, before the term ends
        assertThat(find(Grid.class).withId("planning-review-exits").single()).isNotNull();
        assertThat(find(Button.class).withId("planning-review-approve").exists()).isTrue();
        assertThat(find(ListItem.class).all().stream().map(ListItem::getText).toList())
                .contains("Chưa có người quy hoạch Phó bí thư thường trực", "Chỉ có 1 người quy hoạch Bí thư");

        // the proposal: approve it with a decision
        GridTester<Grid<EntryView>, EntryView> awaiting = awaiting();
        assertThat(awaiting.size()).isEqualTo(1);
        assertThat(awaiting.getCellText(0, 1)).isEqualTo("Bổ sung quy hoạch: Phó chủ tịch HĐND");
        test(action(awaiting, 0, "planning-approve")).click();
        PlanningDecisionDialog dialog = find(PlanningDecisionDialog.class).single();
        dialog.number.setValue("15-QĐ/TU");
        dialog.date.setValue(LocalDate.of(2026, 11, 20));
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        EntryView approved = entry(proposedId);
        assertThat(approved.state()).isEqualTo(EntryState.APPROVED);
        assertThat(approved.decisionNumber()).isEqualTo("15-QĐ/TU");
        assertThat(approved.effectiveDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(textOf(titles())).contains("Phạm Thị Dung");
    }

    @Test
    @WithUserDetails("bantochuc")
    void theBoardSendsAProposalBackWithAReason() {
        openCommune("xa-hung-dien");
        test(action(awaiting(), 0, "planning-return")).click();
        PlanningReasonDialog dialog = find(PlanningReasonDialog.class).single();
        test(dialog.save).click(); // no reason: refused at the field
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.note.isInvalid()).isTrue();
        dialog.note.setValue("Chưa đủ hồ sơ");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(entry(proposedId).state()).isEqualTo(EntryState.RETURNED);
        assertThat(entry(proposedId).returnReason()).isEqualTo("Chưa đủ hồ sơ");
        GridTester<Grid<EntryView>, EntryView> history = test(find(Grid.class).withId("planning-history").single());
        assertThat(history.getCellText(0, 2)).isEqualTo("Bị trả lại: Chưa đủ hồ sơ");
    }

    @Test
    @WithUserDetails("xa-hung-dien")
    void theCommuneEditorProposesForTheirCommuneAndNeverApproves() {
        openCommune("xa-hung-dien");
        assertThat(find(Button.class).withId("planning-review-approve").exists()).isFalse();
        assertThat(((Grid<?>) find(Grid.class).withId("planning-awaiting").single()).getColumnByKey("action")).isNull();

        // propose Cường for Phó Chủ tịch UBND: the rules are checked as the form is filled
        test(find(Button.class).withId("planning-propose").single()).click();
        PlanningProposeDialog dialog = find(PlanningProposeDialog.class).single();
        Cadre cuong = em.find(Cadre.class, candidateId);
        dialog.cadre.setValue(cuong);
        dialog.title.setValue(PlannedTitle.PCT_UBND);
        assertThat(dialog.check.getElement().getTextRecursively())
                .isEqualTo("Đề nghị đáp ứng các quy định về quy hoạch.");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> planning.entries(cuong.getCommune().getId())).stream()
                .filter(e -> e.cadreId() == candidateId).map(EntryView::state).toList())
                .containsExactly(EntryState.PROPOSED);

        // propose Bình's exit from the review, with the review's reason
        @SuppressWarnings("unchecked")
        GridTester<Grid<PlanningReview.ProposedExit>, PlanningReview.ProposedExit> reviewed =
                test(find(Grid.class).withId("planning-review-exits").single());
        assertThat(reviewed.size()).isEqualTo(1);
        test((Button) reviewed.getCellComponent(0, "action")).click();
        PlanningReasonDialog exit = find(PlanningReasonDialog.class).single();
        assertThat(exit.reason.getValue()).isEqualTo(ExitReason.RETIREMENT);
        test(exit.save).click();
        assertThat(entry(retireeEntry).exitState()).isEqualTo(vn.tayninh.dashboard.planning.ExitState.PROPOSED);
        assertThat(entry(retireeEntry).endDate()).isNull(); // still counts until the board approves
    }

    @Test
    @WithUserDetails("xa-hung-dien")
    void theCommuneEditorIsKeptToTheirOwnCommune() {
        openCommune("phuong-tan-ninh");
        assertThat(find(H2.class).single().getText()).isEqualTo("Quy hoạch cán bộ: Xã Hưng Điền");
        UI.getCurrent().navigate(PlanningView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Quy hoạch cán bộ: Xã Hưng Điền");
        assertThat(find(Grid.class).withId("planning-candidates").exists()).isFalse();
    }

    @Test
    @WithUserDetails("lanhdao")
    void aLeaderReadsBothPagesWithoutActions() {
        openCommune("xa-hung-dien");
        assertThat(find(Button.class).withId("planning-propose").exists()).isFalse();
        assertThat(((Grid<?>) find(Grid.class).withId("planning-awaiting").single()).getColumnByKey("action")).isNull();
        assertThat(((Grid<?>) find(Grid.class).withId("planning-titles").single()).getColumnByKey("action")).isNull();
        assertThat(((Grid<?>) find(Grid.class).withId("planning-review-exits").single()).getColumnByKey("action"))
                .isNull();

        navigate(PlanningView.class);
        GridTester<Grid<?>, ?> candidates = test(find(Grid.class).withId("planning-candidates").single());
        assertThat(candidates.getCellText(0, 0)).isEqualTo("Bí thư");
        assertThat(candidates.getCellText(0, 1)).isEqualTo("94");
        assertThat(candidates.getCellText(0, 2)).isEqualTo("2");
        assertThat(candidates.getCellText(0, 3)).isEqualTo("0");
        GridTester<Grid<?>, ?> exits = test(find(Grid.class).withId("planning-review-exits").single());
        assertThat(exits.size()).isEqualTo(1);
        assertThat(exits.getCellText(0, 3)).startsWith("Đến tuổi nghỉ hưu ngày 01/");
        assertThat(find(Button.class).withId("planning-review-approve").exists()).isFalse();
        assertThat(find(com.vaadin.flow.router.RouterLink.class).all().stream()
                .anyMatch(l -> l.getHref().equals("chi-tieu/T7b"))).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorApprovesTheReviewsExitsWithOneDecision() {
        navigate(PlanningView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<PlanningReview.ProposedExit>, PlanningReview.ProposedExit> exits =
                test(find(Grid.class).withId("planning-review-exits").single());
        Button approve = find(Button.class).withId("planning-review-approve").single();
        assertThat(approve.isEnabled()).isFalse();
        exits.select(0);
        assertThat(approve.getText()).isEqualTo("Phê duyệt đưa ra các trường hợp đã chọn (1)");
        test(approve).click();
        PlanningDecisionDialog dialog = find(PlanningDecisionDialog.class).single();
        dialog.number.setValue("20-QĐ/TU");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isFalse();
        EntryView ended = entry(retireeEntry);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(ended.endReason()).isEqualTo(ExitReason.RETIREMENT);
        assertThat(ended.endDecisionNumber()).isEqualTo("20-QĐ/TU");
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText).toList())
                .contains("Không có quy hoạch nào cần đưa ra.");
    }

    @Test
    @WithUserDetails("bantochuc")
    void theTermAndTheReasonAreInTheUrl() {
        UI.getCurrent().navigate(PlanningView.class, QueryParameters.of(PlanningView.REASON, "APPOINTED"));
        assertThat(find(Grid.class).withId("planning-review-exits").exists()).isFalse();
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText).toList())
                .contains("Không có quy hoạch nào cần đưa ra.");
        UI.getCurrent().navigate(CommunePlanningView.class, CommunePlanningView.parameters("xa-hung-dien"),
                QueryParameters.of(CommunePlanningView.TERM, "2025-2030"));
        assertThat(textOf(titles())).doesNotContain("Nguyễn Thị Hoa");
    }

    private void openCommune(String code) {
        UI.getCurrent().navigate(CommunePlanningView.class, CommunePlanningView.parameters(code));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<CommunePlanningView.TitleRow>, CommunePlanningView.TitleRow> titles() {
        return test(find(Grid.class).withId("planning-titles").single());
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<EntryView>, EntryView> awaiting() {
        return test(find(Grid.class).withId("planning-awaiting").single());
    }

    /** The button of that class in the row's action cell. */
    private static Button action(GridTester<Grid<EntryView>, EntryView> grid, int row, String className) {
        return ((com.vaadin.flow.component.Component) grid.getCellComponent(row, "action")).getChildren()
                .filter(c -> c instanceof Button b && b.hasClassName(className)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private EntryView entry(long id) {
        return TestUsers.callAs(Role.BOARD, null, () -> planning.entry(id));
    }

    private static <T> int row(GridTester<Grid<T>, T> grid, String name) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i) instanceof CommunePlanningView.TitleRow r && r.entry() != null
                    && r.entry().cadreName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the grid");
    }

    private static <T> int column(GridTester<Grid<T>, T> grid, String key) {
        return grid.getColumnPosition(key);
    }

    private static String textOf(GridTester<Grid<CommunePlanningView.TitleRow>, CommunePlanningView.TitleRow> grid) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < grid.size(); i++) {
            EntryView e = grid.getRow(i).entry();
            all.append(e == null ? "" : e.cadreName()).append('\n');
        }
        return all.toString();
    }

    private Cadre cadre(Commune commune, String name, Gender gender, LocalDate birth, PoliticalTheory theory) {
        return HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, "Kinh", Education.DAI_HOC, theory,
                false);
    }
}
