package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.ProjectionMember;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * The cadres behind one target's projection to 2030, for the board planning successors and training: who retires by
 * 31/12/2030, who completes a course in progress, who ages out of young; with the figures they add up to. The scope
 * and date are the dashboard's filter, kept in the URL.
 */
@Route("du-bao")
@RolesAllowed({"BOARD", "ADMIN"})
class ForecastView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient ForecastService forecasts;
    private final transient IndicatorEngine engine;
    private final Clock clock;
    private final H2 heading = new H2();
    private final RouterLink back = new RouterLink();
    private final Paragraph summary = new Paragraph();
    private final Grid<ForecastService.MovingCadre> grid = new Grid<>();
    private String code;
    private Map<Long, String> communeNames = Map.of();

    ForecastView(ForecastService forecasts, IndicatorEngine engine, Clock clock) {
        this.forecasts = forecasts;
        this.engine = engine;
        this.clock = clock;
        addClassName("view-padding");
        summary.setId("forecast-summary");
        grid.setId("forecast-cadres");
        PageGrids.screenHigh(grid);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> m.member().fullName()).setHeader(getTranslation("cadre.fullName")).setKey("name")
                .setFlexGrow(2);
        grid.addColumn(m -> communeNames.getOrDefault(m.member().communeId(), "")).setHeader(getTranslation("targetPage.commune"))
                .setKey("commune").setFlexGrow(2);
        grid.addColumn(m -> getTranslation("gender." + (m.member().gender() == null ? "UNKNOWN" : m.member().gender())))
                .setHeader(getTranslation("cadre.gender")).setKey("gender").setAutoWidth(true);
        grid.addColumn(m -> m.member().birthDate() == null ? "" : Formats.date(m.member().birthDate()))
                .setHeader(getTranslation("entry.cadre.birthDate")).setKey("birthDate").setAutoWidth(true);
        grid.addColumn(this::change).setHeader(getTranslation("forecast.page.change")).setKey("change").setFlexGrow(3);
        grid.addColumn(m -> getTranslation(m.member().today() ? "forecast.page.yes" : "forecast.page.no"))
                .setHeader(getTranslation("forecast.page.inNumerator")).setKey("inNumerator").setAutoWidth(true);
        add(back, heading, summary, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        code = engine.targets().stream().map(t -> t.getCode()).filter(c -> c.equals(parameter)).findFirst()
                .filter(c -> vn.tayninh.dashboard.indicator.Measure.of(c).isProjected())
                .orElseThrow(NotFoundException::new);
        DashboardFilter filter = DashboardFilter.from(event.getLocation().getQueryParameters());
        Scope scope = filter.scope();
        LocalDate asOf = filter.asOf(clock);
        LocalDate to = ForecastService.defaultDate();
        back.setText(getTranslation("forecast.page.back"));
        back.setRoute(TargetView.class, code);
        back.setQueryParameters(filter.toQuery());
        heading.setText(getTranslation("forecast.page.heading", code, getTranslation("target." + code + ".name")));
        communeNames = engine.communes(scope).stream().collect(Collectors.toMap(Commune::getId, Commune::getName));
        if (!filter.isLive() || !to.isAfter(asOf)) {
            summary.setText(getTranslation(filter.isLive() ? "forecast.page.past" : "forecast.page.liveOnly"));
            grid.setItems(List.of());
            return;
        }
        Forecast.TargetForecast forecast = forecasts.forecast(scope, to, asOf).targets().stream()
                .collect(Collectors.toMap(Forecast.TargetForecast::code, Function.identity())).get(code);
        summary.setText(summaryText(forecast, asOf, to));
        grid.setItems(forecasts.movingCadres(code, scope, to, asOf));
    }

    private String summaryText(Forecast.TargetForecast f, LocalDate asOf, LocalDate to) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("forecast.page.today", Formats.date(asOf), ratio(f.today())));
        parts.add(getTranslation("forecast.page.projected", Formats.date(to), ratio(f.projected()),
                getTranslation("status." + f.projected().status().name())));
        parts.add(getTranslation("forecast.page.moves", Formats.integer(f.retiringNumerator()),
                Formats.integer(f.retiringDenominator()), Formats.integer(f.trained()), Formats.integer(f.agedOut())));
        if (f.provisional()) {
            parts.add(getTranslation("forecast.page.provisional"));
        }
        return String.join(" ", parts);
    }

    private static String ratio(Forecast.Figures figures) {
        return figures.denominator() == null ? Formats.integer(figures.numerator())
                : Formats.ratio(figures.numerator(), figures.denominator());
    }

    /** What happens to the cadre by the projection date, in words. */
    private String change(ForecastService.MovingCadre moving) {
        ProjectionMember m = moving.member();
        if (m.leaves()) {
            return getTranslation("forecast.page.retires", Formats.date(moving.retirementDate()));
        }
        if (m.trained()) {
            // the courses that end by the date; the target's own level decided which of them counts
            LocalDate to = ForecastService.defaultDate();
            List<String> courses = new ArrayList<>();
            if (m.studyingFor() != null && !m.studyEnd().isAfter(to)) {
                courses.add(getTranslation("forecast.page.trained", getTranslation("education." + m.studyingFor()),
                        Formats.date(m.studyEnd())));
            }
            if (m.llctStudyingFor() != null && !m.llctStudyEnd().isAfter(to)) {
                courses.add(getTranslation("forecast.page.trained", getTranslation("theory." + m.llctStudyingFor()),
                        Formats.date(m.llctStudyEnd())));
            }
            return String.join("; ", courses);
        }
        return getTranslation("forecast.page.agedOut", Formats.date(m.birthDate().plusYears(42)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.page.heading", code, getTranslation("target." + code + ".name")) + " – "
                + getTranslation("app.brand");
    }
}
