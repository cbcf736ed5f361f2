package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.ui.RosterUpload;

/**
 * The data-entry screen as the editor of Xã Hưng Điền uses it, on the demo data: a departure from a title and an
 * appointment change the vacancy figures on the screen and in the engine at once and land in the audit trail;
 * an uploaded roster is previewed before it is committed; another commune is out of reach.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("xa-hung-dien")
@ViewPackages(classes = CommuneEntryView.class)
class CommuneEntryViewTest extends SpringBrowserlessTest {

    static final String HUNG_DIEN = "xa-hung-dien";

    @Autowired
    IndicatorEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void aDepartureFromATitleAndAnAppointmentChangeTheVacanciesAtOnceAndAreAudited() {
        navigate("cap-nhat", CommuneEntryView.class);
        tab(1);
        GridTester<Grid<Vacancy>, Vacancy> positions = test(find(Grid.class).withId("entry-positions").single());
        int row = rowOf(positions, Position.CT_UBND);
        Vacancy before = positions.getRow(row);
        assertThat(before.filled()).isEqualTo(1);

        // the chairman leaves the title: the seat is vacant at once
        Component holders = positions.getCellComponent(row, "holders");
        test(find(Button.class, holders).withClassName("entry-end-holding").single()).click();
        EndDialog end = find(EndDialog.class).single();
        assertThat(end.endDate.getI18n().getDateFormats()).as("dates read and written as users write them")
                .containsExactly("dd/MM/yyyy", "d/M/yyyy");
        assertThat(end.endDate.isAutoOpen()).as("typing, not a calendar that opens by itself").isFalse();
        assertThat(end.reason.getListDataView().getItems()).doesNotContain(EndReason.ENTERED_IN_ERROR);
        end.reason.setValue(EndReason.TRANSFER);
        test(end.save).click();

        positions = test(find(Grid.class).withId("entry-positions").single());
        assertThat(positions.getRow(rowOf(positions, Position.CT_UBND)).filled()).isZero();
        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 0));

        // a cadre of the commune is appointed in their place
        tab(0);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        Component actions = cadres.getCellComponent(0, "actions");
        test(find(Button.class, actions).withClassName("entry-appoint-action").single()).click();
        AppointmentDialog appoint = find(AppointmentDialog.class).single();
        appoint.position.setValue(Position.CT_UBND);
        appoint.decisionNumber.setValue("45/QĐ-UBND");
        test(appoint.save).click();

        assertThat(find(AppointmentDialog.class).all()).isEmpty();
        tab(1);
        positions = test(find(Grid.class).withId("entry-positions").single());
        assertThat(positions.getRow(rowOf(positions, Position.CT_UBND)).filled()).isEqualTo(1);
        assertThat(vacancy(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 1, 1));

        tab(3);
        GridTester<Grid<AuditEntry>, AuditEntry> trail = test((Grid<AuditEntry>) find(AuditGrid.class).single());
        List<String> changes = new java.util.ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry e = trail.getRow(i);
            changes.add(e.getActor() + " " + e.getEntity() + " " + e.getAction() + " " + e.getField() + " "
                    + e.getNewValue());
        }
        assertThat(changes).contains("xa-hung-dien HOLDING END reason TRANSFER",
                "xa-hung-dien HOLDING CREATE position CT_UBND", "xa-hung-dien HOLDING CREATE decisionNumber 45/QĐ-UBND");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondAppointmentToAFullTitleIsRefusedAtTheField() {
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        test(find(Button.class, cadres.getCellComponent(0, "actions")).withClassName("entry-appoint-action").single())
                .click();
        AppointmentDialog appoint = find(AppointmentDialog.class).single();
        appoint.position.setValue(Position.BI_THU);
        test(appoint.save).click();

        assertThat(appoint.isOpened()).isTrue();
        assertThat(appoint.position.isInvalid()).isTrue();
        assertThat(appoint.position.getErrorMessage()).contains("Đã đủ số lượng được phê duyệt (1)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aServiceRefusalIsShownInTheChosenLanguage() {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        test(find(Button.class, cadres.getCellComponent(0, "actions")).withClassName("entry-appoint-action").single())
                .click();
        AppointmentDialog appoint = find(AppointmentDialog.class).single();
        appoint.position.setValue(Position.BI_THU);
        test(appoint.save).click();

        assertThat(appoint.position.isInvalid()).isTrue();
        assertThat(appoint.position.getErrorMessage()).isEqualTo(
                "All approved seats are filled (1); the organization board may raise the approved number");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRosterIsPreviewedWithItsFaultsAndCommittedOnlyWhenValid() {
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        long before = activeCadres();
        tab(2);
        RosterUpload roster = find(RosterUpload.class).single();
        String header = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,"
                + "titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained\n";
        String good = HUNG_DIEN + ",Đặng Thị Kiều Oanh,NU,1993-05-20,Kinh,DAI_HOC,SO_CAP,false,NHA_NUOC,,NONE,false,"
                + "false,true,false\n";

        test(find(Upload.class).withId("roster-upload").single()).upload("sai.csv", "text/csv",
                (header + good.replace("1993-05-20", "31/02/1993")).getBytes(StandardCharsets.UTF_8));
        test(find(Button.class).withId("roster-check").single()).click();
        GridTester<Grid<vn.tayninh.dashboard.roster.ImportError>, vn.tayninh.dashboard.roster.ImportError> faults =
                test(find(Grid.class).withId("roster-faults").single());
        assertThat(faults.size()).isEqualTo(1);
        assertThat(faults.getRow(0).line()).isEqualTo(2);
        assertThat(faults.getRow(0).column()).isEqualTo("Ngày sinh");
        assertThat(find(Button.class).withId("roster-commit").single().isEnabled()).isFalse();

        test(find(Upload.class).withId("roster-upload").single()).upload("dung.csv", "text/csv",
                (header + good).getBytes(StandardCharsets.UTF_8));
        test(find(Button.class).withId("roster-check").single()).click();
        GridTester<Grid<?>, ?> preview = test(find(Grid.class).withId("roster-preview").single());
        assertThat(preview.getCellText(0, 1)).isEqualTo("1");
        assertThat(activeCadres()).isEqualTo(before);

        test(find(Button.class).withId("roster-commit").single()).click();
        assertThat(activeCadres()).isEqualTo(before + 1);
        assertThat(roster).isNotNull();

        // the same file again, with the date as Excel writes it: the preview says the row matches, and by default it
        // is skipped
        test(find(Upload.class).withId("roster-upload").single()).upload("dung.csv", "text/csv",
                (header + good.replace("1993-05-20", "20/05/1993")).getBytes(StandardCharsets.UTF_8));
        test(find(Button.class).withId("roster-check").single()).click();
        Paragraph matched = find(Paragraph.class).withId("roster-matched").single();
        assertThat(matched.isVisible()).isTrue();
        assertThat(matched.getText()).startsWith("Có 1 dòng trùng với người đã có trong xã, phường");
        assertThat(preview.getCellText(0, 1)).isEqualTo("0");
        assertThat(preview.getCellText(0, 3)).isEqualTo("1");
        test(find(Button.class).withId("roster-commit").single()).click();
        assertThat(activeCadres()).isEqualTo(before + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCadresRatingsAreListedCorrectedAndRemovedWhereTheyAreEntered() {
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        Cadre cadre = cadres.getRow(0);
        // a tap on the row opens the person with every action
        cadres.clickRow(0);
        PersonSheet sheet = find(PersonSheet.class).single();
        test(sheet.rate).click();
        RatingDialog dialog = find(RatingDialog.class).single();

        List<Integer> rated = jdbc.queryForList("SELECT rating_year FROM annual_rating WHERE cadre_id = ? ORDER BY rating_year DESC",
                Integer.class, cadre.getId());
        assertThat(rated).containsExactly(2026, 2025);
        assertThat(ratingLines(dialog)).containsExactly("2026", "2025");
        // every demo record starts on 01/07/2025: 2025 and 2026 are the only years it may be rated for, both rated
        assertThat(cadre.getStartDate()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThat(dialog.year.getValue()).isNull();
        assertThat(dialog.save.isVisible()).isFalse();

        // the 2026 rating corrected in place, the 2025 one removed
        Select<vn.tayninh.dashboard.cadre.Rating> of2026 = (Select<vn.tayninh.dashboard.cadre.Rating>)
                find(Select.class, dialog.entered).withClassName("rating-correct").all().getFirst();
        test(of2026).selectItem("Không hoàn thành nhiệm vụ");
        assertThat(jdbc.queryForObject("SELECT rating FROM annual_rating WHERE cadre_id = ? AND rating_year = 2026",
                String.class, cadre.getId())).isEqualTo("KHT");
        test(find(Button.class, dialog.entered).withClassName("rating-remove").all().get(1)).click();
        assertThat(jdbc.queryForList("SELECT rating_year FROM annual_rating WHERE cadre_id = ?", Integer.class,
                cadre.getId())).containsExactly(2026);
        assertThat(ratingLines(dialog)).containsExactly("2026");
        assertThat(dialog.year.getValue()).as("the latest year not rated yet").isEqualTo(2025);
        assertThat(dialog.year.getListDataView().getItems()).containsExactly(2025);

        // entered again for 2025 with the form below the list
        dialog.rating.setValue(vn.tayninh.dashboard.cadre.Rating.HTT);
        test(dialog.save).click();
        assertThat(jdbc.queryForObject("SELECT rating FROM annual_rating WHERE cadre_id = ? AND rating_year = 2025",
                String.class, cadre.getId())).isEqualTo("HTT");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDisciplineIsEnteredFromThePersonAndRefusedWithoutItsDateOrInTheFuture() {
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        Cadre cadre = cadres.getRow(1);
        cadres.clickRow(1);
        test(find(PersonSheet.class).single().discipline).click();
        DisciplineDialog dialog = find(DisciplineDialog.class).single();
        assertThat(find(com.vaadin.flow.component.html.Span.class, dialog.entered).single().getText())
                .isEqualTo("Chưa có quyết định kỷ luật nào.");

        // without a date: refused at the field, nothing written
        dialog.kind.setValue(vn.tayninh.dashboard.planning.DisciplineKind.CANH_CAO);
        test(dialog.save).click();
        assertThat(dialog.date.isInvalid()).isTrue();
        assertThat(dialog.date.getErrorMessage()).isEqualTo("Bắt buộc nhập");
        assertThat(disciplines(cadre)).isZero();

        dialog.date.setValue(FixedClockConfig.TODAY.minusMonths(3));
        dialog.number.setValue("15-QĐ/UBKT");
        test(dialog.save).click();
        assertThat(jdbc.queryForMap("SELECT kind, decision_date, decision_number FROM discipline_record WHERE cadre_id = ?",
                cadre.getId())).containsEntry("KIND", "CANH_CAO").containsEntry("DECISION_NUMBER", "15-QĐ/UBKT")
                .containsEntry("DECISION_DATE", java.sql.Date.valueOf(FixedClockConfig.TODAY.minusMonths(3)));

        // opened again: listed, and removed as entered by mistake
        cadres.clickRow(1);
        test(find(PersonSheet.class).single().discipline).click();
        DisciplineDialog again = find(DisciplineDialog.class).single();
        assertThat(find(com.vaadin.flow.component.html.Span.class, again.entered).withClassName("discipline-text")
                .single().getText()).isEqualTo("Cảnh cáo, ngày " + vn.tayninh.dashboard.base.Formats.date(
                        FixedClockConfig.TODAY.minusMonths(3)) + ", quyết định số 15-QĐ/UBKT");
        test(find(Button.class, again.entered).withClassName("discipline-remove").single()).click();
        assertThat(disciplines(cadre)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity = 'DISCIPLINE'", Long.class))
                .isPositive();
    }

    private long disciplines(Cadre cadre) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM discipline_record WHERE cadre_id = ?", Long.class, cadre.getId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecordEnteredByMistakeIsRemovedFromTheFormTheWorkListOpensWithItsEmptyFieldsMarked() {
        Long id = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = ? AND c.end_date IS NULL AND c.ethnicity IS NULL""", Long.class, HUNG_DIEN);
        long before = activeCadres();
        // as the data-quality work list links to it: /cap-nhat/xa-hung-dien?sua=<id>
        UI.getCurrent().navigate(CommuneEntryView.class, new com.vaadin.flow.router.RouteParameters("code", HUNG_DIEN),
                CommuneEntryView.editing(id));
        CadreDialog form = find(CadreDialog.class).single();
        assertThat(form.ethnicity.isInvalid()).isTrue();
        assertThat(form.ethnicity.getErrorMessage()).isEqualTo("Chưa nhập: cần cho hồ sơ đủ thông tin");
        assertThat(form.fullName.isInvalid()).isFalse();

        test(form.remove).click();
        RemoveDialog remove = find(RemoveDialog.class).single();
        test(remove.save).click();
        assertThat(remove.note.isInvalid()).isTrue();
        assertThat(remove.note.getErrorMessage()).isEqualTo("Ghi lý do xóa, từ 1 đến 500 ký tự");
        remove.note.setValue("Nhập trùng hai lần");
        test(remove.save).click();

        assertThat(activeCadres()).isEqualTo(before - 1);
        assertThat(jdbc.queryForObject("SELECT end_reason FROM cadre WHERE id = ?", String.class, id))
                .isEqualTo("ENTERED_IN_ERROR");
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        for (int i = 0; i < cadres.size(); i++) {
            assertThat(cadres.getRow(i).getId()).isNotEqualTo(id);
        }
    }

    @Test
    void aNewCadresEthnicityStartsEmpty() {
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        test(find(Button.class).withId("cadre-add").single()).click();
        CadreDialog form = find(CadreDialog.class).single();
        assertThat(form.ethnicity.getValue()).isEmpty();
        assertThat(form.remove).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSearchIgnoresDiacriticsAndCaseAndSaysWhenItFindsNothing() {
        String name = jdbc.queryForObject("""
                SELECT MIN(c.full_name) FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = ? AND c.end_date IS NULL AND c.full_name LIKE '%ữ%'""", String.class, HUNG_DIEN);
        String[] words = vn.tayninh.dashboard.base.SearchText.fold(name).split(" ");
        String typed = (words[words.length - 1] + " " + words[words.length - 2]).toUpperCase();
        navigate("cap-nhat/" + HUNG_DIEN, CommuneEntryView.class);
        com.vaadin.flow.component.textfield.TextField search =
                find(com.vaadin.flow.component.textfield.TextField.class).withId("entry-search").single();
        test(search).setValue(typed);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("entry-cadres").single());
        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) {
            found.add(cadres.getRow(i).getFullName());
        }
        assertThat(found).contains(name);

        test(search).setValue("không có ai tên này");
        cadres = test(find(Grid.class).withId("entry-cadres").single());
        assertThat(cadres.size()).isZero();
        assertThat(find(Grid.class).withId("entry-cadres").single().getEmptyStateText())
                .isEqualTo("Không tìm thấy kết quả nào khớp với \"không có ai tên này\"");
    }

    @Test
    @WithUserDetails("bantochuc")
    @SuppressWarnings("unchecked")
    void theBoardsCommunePickerIgnoresDiacriticsAndSaysWhenNothingMatches() {
        navigate(CommuneEntryView.class);
        com.vaadin.flow.component.combobox.ComboBox<vn.tayninh.dashboard.commune.Commune> picker =
                find(com.vaadin.flow.component.combobox.ComboBox.class).withId("entry-commune").single();
        com.vaadin.flow.data.provider.DataProvider<vn.tayninh.dashboard.commune.Commune, String> items =
                (com.vaadin.flow.data.provider.DataProvider<vn.tayninh.dashboard.commune.Commune, String>)
                        picker.getDataProvider();
        assertThat(items.fetch(new com.vaadin.flow.data.provider.Query<>("hung dien"))
                .map(vn.tayninh.dashboard.commune.Commune::getName).toList()).containsExactly("Xã Hưng Điền");
        assertThat(items.size(new com.vaadin.flow.data.provider.Query<>("HƯNG"))).isPositive();
        assertThat(items.size(new com.vaadin.flow.data.provider.Query<>("khong co xa nay"))).isZero();
        assertThat(picker.getHelperText()).isEqualTo("Không tìm thấy kết quả nào khớp với \"khong co xa nay\"");
        assertThat(items.size(new com.vaadin.flow.data.provider.Query<>("tan ninh"))).isPositive();
        assertThat(picker.getHelperText()).isNullOrEmpty();
    }

    private List<String> ratingLines(RatingDialog dialog) {
        return dialog.entered.getChildren().filter(c -> c.hasClassName("rating-line"))
                .map(c -> c.getElement().getAttribute("data-year")).toList();
    }

    @Test
    void anotherCommunesDataIsOutOfReach() {
        navigate("cap-nhat/phuong-tan-ninh", CommuneEntryView.class);
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Bạn không có quyền thay đổi dữ liệu của xã, phường này");
        assertThat(find(Grid.class).all()).isEmpty();
    }

    private void tab(int index) {
        find(TabSheet.class).single().setSelectedIndex(index);
    }

    private long activeCadres() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id
                WHERE m.code = ? AND c.end_date IS NULL""", Long.class, HUNG_DIEN);
    }

    private Vacancy vacancy(Position position) {
        return engine.vacancies(Scope.commune(HUNG_DIEN), FixedClockConfig.TODAY).stream()
                .filter(v -> v.position() == position).findFirst().orElseThrow();
    }

    private static int rowOf(GridTester<Grid<Vacancy>, Vacancy> grid, Position position) {
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).position() == position) {
                return i;
            }
        }
        throw new AssertionError(position + " not in the grid");
    }
}
