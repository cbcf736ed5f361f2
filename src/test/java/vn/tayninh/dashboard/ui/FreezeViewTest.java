package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
// A fresh context: Vaadin's security binds a global holder strategy to the context started last.
@DirtiesContext
@ViewPackages(classes = FreezeView.class)
class FreezeViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("bantochuc")
    void theBoardFreezesADateOnce() {
        navigate(FreezeView.class);
        Grid<?> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("01/06/2026");

        test(find(DatePicker.class).single()).setValue(LocalDate.of(2026, 9, 30));
        test(find(TextField.class).single()).setValue("Quý III/2026");
        test(find(Button.class).withText("Chốt số liệu").single()).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("Quý III/2026");

        test(find(Button.class).withText("Chốt số liệu").single()).click();
        DatePicker date = find(DatePicker.class).single();
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Số liệu ngày này đã được chốt");
        assertThat(test(grid).size()).isEqualTo(2);
    }
}
