package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every column of the administrator's grids has a header, action columns included (axe: empty-table-header), and
 * every button that shows only an icon has a name.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("admin")
@ViewPackages(packages = "vn.tayninh.dashboard.ui")
class GridHeadersTest extends SpringBrowserlessTest {

    @ParameterizedTest
    @ValueSource(strings = {"quan-tri/chi-tieu", "cap-nhat/xa-hung-dien", "quan-tri/nguoi-dung", "xa-phuong",
            "xa-phuong/xa-hung-dien", "chi-tieu/T2", "nhat-ky", "chot-so-lieu", "quan-tri/khoa-api", "quan-tri/thu-cho-gui"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyColumnHasAHeaderAndEveryIconButtonAName(String location) {
        UI.getCurrent().navigate(location);

        List<Grid> grids = find(Grid.class).all();
        assertThat(grids).as("grids on %s", location).isNotEmpty();
        for (Grid<?> grid : grids) {
            for (Grid.Column<?> column : grid.getColumns()) {
                assertThat(headerOf(column)).as("header of column %s on %s", column.getKey(), location).isNotBlank();
            }
        }
        for (Button button : find(Button.class).all()) {
            if (button.getText().isBlank()) {
                assertThat(button.getAriaLabel()).as("name of an icon button on %s", location).isPresent()
                        .hasValueSatisfying(label -> assertThat(label).isNotBlank());
            }
        }
    }

    private static String headerOf(Grid.Column<?> column) {
        Component header = column.getHeaderComponent();
        return header != null ? header.getElement().getTextRecursively() : column.getHeaderText();
    }
}
