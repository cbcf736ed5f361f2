package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;

// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = CommuneView.class)
class CommuneViewTest extends SpringBrowserlessTest {

    private static final String ACTIVE = "c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorEngine engine;

    @Test
    @SuppressWarnings("unchecked")
    void showsTheCardsAndWhoHoldsEachPosition() {
        navigate("xa-phuong/xa-hung-dien", CommuneView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Xã Hưng Điền");
        // Every target but T9d, which counts the province's courses.
        assertThat(find(TargetCard.class).all()).hasSize(18);

        List<Vacancy> expected = engine.vacancies(Scope.commune("xa-hung-dien"), FixedClockConfig.TODAY);
        GridTester<Grid<Vacancy>, Vacancy> positions = test(find(Grid.class).withId("positions").single());
        assertThat(positions.size()).isEqualTo(Position.values().length);
        for (int i = 0; i < expected.size(); i++) {
            Vacancy v = expected.get(i);
            assertThat(positions.getCellText(i, positions.getColumnPosition("approved"))).isEqualTo(Formats.integer(v.approved()));
            assertThat(positions.getCellText(i, positions.getColumnPosition("filled"))).isEqualTo(Formats.integer(v.filled()));
            assertThat(positions.getCellText(i, positions.getColumnPosition("vacant"))).isEqualTo(Formats.integer(v.vacant()));
        }
        String secretary = jdbc.queryForObject("""
                SELECT c.full_name FROM position_holding ph JOIN cadre c ON c.id = ph.cadre_id
                JOIN commune m ON m.id = ph.commune_id
                WHERE m.code = 'xa-hung-dien' AND ph.position_code = 'BI_THU' AND ph.end_date IS NULL AND\s""" + ACTIVE,
                String.class, FixedClockConfig.TODAY, FixedClockConfig.TODAY);
        assertThat(positions.getRow(0).position()).isEqualTo(Position.BI_THU);
        assertThat(positions.getCellText(0, positions.getColumnPosition("holders"))).isEqualTo(secretary);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCadreGridPagesTheActiveCadresAndFiltersByName() {
        navigate("xa-phuong/xa-hung-dien", CommuneView.class);
        GridTester<Grid<Cadre>, Cadre> cadres = test(find(Grid.class).withId("cadres").single());
        assertThat((long) cadres.size()).isEqualTo(count("%")).isGreaterThan(50);

        // Education sorts by level, not by the spelling of its codes: doctorates and masters first.
        cadres.sortByColumn("education", SortDirection.ASCENDING);
        assertThat(cadres.getRow(0).getEducation()).isIn(Education.TIEN_SI, Education.THAC_SI);
        cadres.sortByColumn("birthDate", SortDirection.DESCENDING);
        assertThat(cadres.getRow(0).getBirthDate()).isAfterOrEqualTo(cadres.getRow(1).getBirthDate());

        String familyName = cadres.getRow(0).getFullName().split(" ")[0];
        test(find(TextField.class).withId("cadre-name").single()).setValue(familyName.toLowerCase());
        long expected = count("%" + familyName.toLowerCase() + "%");
        assertThat((long) cadres.size()).isEqualTo(expected).isGreaterThan(0).isLessThan(count("%"));
        assertThat(cadres.getRow(0).getFullName()).containsIgnoringCase(familyName);
    }

    @Test
    @WithUserDetails("phuong-tan-ninh")
    void anEditorOnAnotherCommunesPageSeesItsFiguresAndNoPerson() {
        navigate("xa-phuong/xa-hung-dien", CommuneView.class);
        assertThat(find(TargetCard.class).all()).hasSize(18);
        GridTester<Grid<Vacancy>, Vacancy> positions = test(find(Grid.class).withId("positions").single());
        assertThat(positions.size()).isEqualTo(Position.values().length);
        assertThat(positions.getColumnPosition("filled")).isNotNegative();
        assertThat(find(Grid.class).withId("positions").single().getColumnByKey("holders")).isNull();
        // no grid of people, hence no CSV or XLSX of them
        assertThat(find(Grid.class).withId("cadres").all()).isEmpty();
        assertThat(gridExports()).isEmpty();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("cadres-closed").single().getText())
                .startsWith("Danh sách và hồ sơ cán bộ chỉ hiển thị");
    }

    @Test
    @WithUserDetails("phuong-tan-ninh")
    @SuppressWarnings("unchecked")
    void anEditorOnTheirOwnCommunesPageSeesItsPeople() {
        navigate("xa-phuong/phuong-tan-ninh", CommuneView.class);
        assertThat(find(Grid.class).withId("cadres").single()).isNotNull();
        assertThat(gridExports()).containsExactly("Xuất XLSX", "Xuất CSV");
    }

    /** The labels of the cadre grid's two files, wherever the page puts them (its export menu). */
    private java.util.List<String> gridExports() {
        return find(vn.tayninh.dashboard.export.ui.ExportMenu.class).all().stream()
                .flatMap(menu -> menu.labels().stream())
                .filter(label -> label.equals("Xuất XLSX") || label.equals("Xuất CSV")).toList();
    }

    @Test
    void aCommuneWithoutAWomanInTheStandingCommitteeSaysSo() {
        CommuneResults without = engine.overview(Scope.province(), FixedClockConfig.TODAY, null).communes().stream()
                .filter(c -> c.target("T8d").numerator() == 0).findFirst().orElseThrow();
        navigate("xa-phuong/" + without.commune().getCode(), CommuneView.class);
        assertThat(find(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Chưa có nữ trong Ban Thường vụ");
    }

    @Test
    void anUnknownCodeGetsAFriendlyMessage() {
        navigate("xa-phuong/xa-khong-co", CommuneView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Không tìm thấy xã, phường");
        assertThat(find(Paragraph.class).single().getText()).contains("xa-khong-co");
    }

    private long count(String namePattern) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cadre c JOIN commune m ON m.id = c.commune_id"
                + " WHERE m.code = 'xa-hung-dien' AND LOWER(c.full_name) LIKE ? AND " + ACTIVE,
                Long.class, namePattern, FixedClockConfig.TODAY, FixedClockConfig.TODAY);
    }
}
