package vn.tayninh.dashboard.forecast.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.UnknownCommuneException;

/** The natural projection of the roster to 2030 and the retirements to plan for (docs/forecast.md). */
@RestController
@RequestMapping("/api/v1/forecast")
@Tag(name = "Dự báo", description = "Dự báo tự nhiên đến năm 2030 và số cán bộ nghỉ hưu theo năm, chức danh")
class ForecastApiController {

    /** The latest projection date accepted. */
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final ForecastService forecasts;
    private final IndicatorEngine engine;
    private final ApiParameters parameters;

    ForecastApiController(ForecastService forecasts, IndicatorEngine engine, ApiParameters parameters) {
        this.forecasts = forecasts;
        this.engine = engine;
        this.parameters = parameters;
    }

    record FiguresJson(long numerator, Long denominator, String status, Long gapPersons) {

        static FiguresJson of(Forecast.Figures figures) {
            return new FiguresJson(figures.numerator(), figures.denominator(), figures.status().name(),
                    figures.gapPersons());
        }
    }

    record RetiringJson(long numerator, long denominator) {
    }

    record PointJson(LocalDate date, long numerator, long denominator) {
    }

    record TargetJson(FiguresJson today, FiguresJson projected, RetiringJson retiring, long trained, long agedOut,
                      List<PointJson> yearly) {
    }

    record ForecastJson(String commune, LocalDate asOf, LocalDate to, long unprojectable, Map<String, TargetJson> targets,
                        boolean provisional) {
    }

    record YearJson(long total, Map<String, Long> titles) {
    }

    record RetirementsJson(String commune, LocalDate asOf, Map<Integer, YearJson> years) {
    }

    @GetMapping
    @Operation(summary = "Per target: today's and the projected figures at `to` (default 2030-12-31), who retires,"
            + " who completes training, who ages out of young, and the yearly points")
    ForecastJson forecast(
            @Parameter(description = "projection date YYYY-MM-DD after asOf; absent for 2030-12-31") @RequestParam(required = false) String to,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf,
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune) {
        LocalDate date = parameters.asOf(asOf, null).date();
        LocalDate until = projectionDate(to, date);
        Forecast forecast = forecasts.forecast(scope(commune), until, date);
        Map<String, TargetJson> targets = new LinkedHashMap<>();
        for (Forecast.TargetForecast t : forecast.targets()) {
            targets.put(t.code(), new TargetJson(FiguresJson.of(t.today()), FiguresJson.of(t.projected()),
                    new RetiringJson(t.retiringNumerator(), t.retiringDenominator()), t.trained(), t.agedOut(),
                    t.yearly().stream().map(p -> new PointJson(p.date(), p.numerator(), p.denominator())).toList()));
        }
        return new ForecastJson(forecast.scope().communeCode(), date, until, forecast.unprojectable(), targets,
                forecast.provisional());
    }

    @GetMapping("/retirements")
    @Operation(summary = "Active cadres retiring in each year 2026–2030, per title or seat held and in total")
    RetirementsJson retirements(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf) {
        LocalDate date = parameters.asOf(asOf, null).date();
        Scope scope = scope(commune);
        ForecastService.Retirements retirements = forecasts.retirements(scope, date);
        Map<Integer, YearJson> years = new LinkedHashMap<>();
        retirements.byYearAndTitle().forEach((year, titles) ->
                years.put(year, new YearJson(retirements.total().get(year), titles)));
        return new RetirementsJson(scope.communeCode(), date, years);
    }

    private LocalDate projectionDate(String to, LocalDate asOf) {
        if (to == null || to.isBlank()) {
            LocalDate fallback = ForecastService.defaultDate();
            if (!fallback.isAfter(asOf)) {
                throw new BadRequestException(List.of(ApiError.parameter("to",
                        parameters.message("api.error.forecast.to", ForecastService.defaultDate().toString(), asOf.toString()))));
            }
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(to.strip());
            if (!date.isAfter(asOf) || date.isAfter(LATEST)) {
                throw new BadRequestException(List.of(ApiError.parameter("to",
                        parameters.message("api.error.forecast.to", to, asOf.toString()))));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new BadRequestException(List.of(ApiError.parameter("to",
                    parameters.message("api.error.forecast.toFormat", to))));
        }
    }

    private Scope scope(String commune) {
        if (commune == null || commune.isBlank()) {
            return Scope.province();
        }
        Scope scope = Scope.commune(commune.strip());
        try {
            engine.requireKnown(scope);
        } catch (UnknownCommuneException e) {
            throw new BadRequestException(ApiError.parameter("commune",
                    parameters.message("api.error.commune.unknown", commune)));
        }
        return scope;
    }
}
