package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
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

    private void create(long communeId, String name) {
        CadreForm form = new CadreForm();
        form.setFullName(name);
        form.setEthnicity("Kinh");
        form.setStartDate(LocalDate.of(2024, 1, 1));
        TestUsers.callAs(Role.BOARD, null, () -> editor.create(communeId, form));
    }
}
