package vn.tayninh.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * The board's page of the cadres behind a target's projection, on the demo data of the province: one row for each cadre of the
 * population who retires, completes a course or ages out — exactly as many as the projection counts.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
@DirtiesContext
@WithUserDetails("bantochuc")
@ViewPackages(classes = ForecastView.class)
class ForecastViewTest extends SpringBrowserlessTest {

    @Autowired
    ForecastService forecasts;

    @Test
    void oneRowPerCadreTheProjectionMoves() {
        for (String code : new String[] {"T2", "T7a", "T3"}) {
            navigate("du-bao/" + code, ForecastView.class);
            Forecast.TargetForecast t = forecasts.forecast(Scope.province(), LocalDate.of(2030, 12, 31),
                    LocalDate.of(2026, 11, 22)).targets().stream().filter(f -> f.code().equals(code)).findFirst()
                    .orElseThrow();
            @SuppressWarnings("unchecked")
            GridTester<Grid<ForecastService.MovingCadre>, ForecastService.MovingCadre> grid =
                    test(find(Grid.class).single());
            assertThat(grid.size()).as(code).isEqualTo((int) (t.retiringDenominator() + t.trained() + t.agedOut()));
            assertThat(find(Paragraph.class).withId("forecast-summary").single().getText()).as(code)
                    .contains("Dự báo 31/12/2030: " + Formats.ratio(t.projected().numerator(), t.projected().denominator()));
        }
    }
}
