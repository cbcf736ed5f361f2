package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/** The audit page for the board: every commune's changes, narrowed by the filters. */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = AuditView.class)
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    CadreEditor editor;
    @Autowired
    CommuneService communes;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    @SuppressWarnings("unchecked")
    void theBoardSeesEveryCommunesChangesAndNarrowsThem() {
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        create(tanNinh, "Người Ở Tân Ninh");
        create(hungDien, "Người Ở Hưng Điền");

        AuditView view = navigate(AuditView.class);
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test((Grid<AuditEntry>) find(AuditGrid.class).single());
        int all = grid.size();
        assertThat(all).isGreaterThanOrEqualTo(2 * 6);

        view.commune.setValue(communes.findById(hungDien).orElseThrow());
        grid = test((Grid<AuditEntry>) find(AuditGrid.class).single());
        assertThat(grid.size()).isEqualTo(all / 2);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).getCommuneId()).isEqualTo(hungDien);
        }
        view.entity.setValue("RATING");
        assertThat(test((Grid<AuditEntry>) find(AuditGrid.class).single()).size()).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyKindOfChangeShowsItsFieldsByTheirLabels() {
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        List<Change> changes = List.of(
                new Change(tanNinh, "EXPLANATION", 1L, Action.UPDATE, "cause", null, "Thiếu nguồn"),
                new Change(tanNinh, "EXPLANATION", 1L, Action.UPDATE, "remedy", null, "Cử đi học"),
                new Change(tanNinh, "EXPLANATION", 1L, Action.UPDATE, "expectedBy", null, "01/12/2026"),
                new Change(tanNinh, "EXPLANATION", 1L, Action.CREATE, "targetCode", null, "T2"),
                new Change(null, "TARGET", null, Action.UPDATE, "T2.lowerBound", "0.2", "0.25"),
                new Change(tanNinh, "SEAT", 2L, Action.UPDATE, "BCH", "30", "31"),
                new Change(tanNinh, "QUOTA", 3L, Action.UPDATE, "NHA_NUOC", "60", "61"),
                new Change(null, "USER", 4L, Action.UPDATE, "enabled", "true", "false"),
                new Change(tanNinh, "NOTE", 5L, Action.CREATE, null, null, "01/07/2026 Hội nghị"));
        transactions.executeWithoutResult(status -> events.publishEvent(new ChangesMade(changes)));

        navigate(AuditView.class);
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test((Grid<AuditEntry>) find(AuditGrid.class).single());
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            labels.add(grid.getCellText(i, grid.getColumnPosition("field")));
        }
        assertThat(labels).contains("Nguyên nhân", "Giải pháp khắc phục", "Dự kiến chuyển biến trước ngày",
                "Chỉ tiêu", "T2 · Mức", "Ủy viên BCH", "Biên chế khối Nhà nước", "Đang hoạt động", "");
        assertThat(labels).noneMatch(label -> label.startsWith("!"));
        // and no "Missing translation" line was logged: ErrorLog fails the test otherwise
    }

    private void create(long communeId, String name) {
        CadreForm form = new CadreForm();
        form.setFullName(name);
        form.setEthnicity("Kinh");
        form.setStartDate(LocalDate.of(2024, 1, 1));
        TestUsers.callAs(Role.BOARD, null, () -> editor.create(communeId, form));
    }
}
