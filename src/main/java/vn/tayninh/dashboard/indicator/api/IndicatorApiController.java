package vn.tayninh.dashboard.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.indicator.UnknownCommuneException;
import vn.tayninh.dashboard.indicator.Vacancy;

/** Read-only indicators and seats for the provincial operations centre and for scripts (HTTP Basic). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chỉ tiêu", description = "Chỉ tiêu Nghị quyết 34-NQ/TU và chức danh, vị trí")
class IndicatorApiController {

    private final IndicatorEngine engine;
    private final ApiParameters parameters;

    IndicatorApiController(IndicatorEngine engine, ApiParameters parameters) {
        this.engine = engine;
        this.parameters = parameters;
    }

    /** The target of an indicator: its rule and bounds (null for a target without a number). */
    record TargetBounds(TargetRule rule, Double min, Double max) {
    }

    record IndicatorJson(String code, String population, long numerator, Long denominator, Double value,
                         TargetBounds target, String status, Long gapPersons, Double requiredPath,
                         Double baselineValue) {

        static IndicatorJson of(TargetResult r) {
            TargetBounds target = switch (r.rule()) {
                case NONE -> null;
                case ALL_OF -> new TargetBounds(r.rule(), 1.0, 1.0);
                case BAND -> new TargetBounds(r.rule(), r.lowerBound(), r.upperBound());
                default -> new TargetBounds(r.rule(), r.lowerBound(), null);
            };
            return new IndicatorJson(r.code(), r.population().name(), r.numerator(), r.denominator(), r.value(),
                    target, r.status().name(), r.gapPersons(), r.requiredPath(), r.baselineValue());
        }
    }

    record SeatsJson(int approved, int filled, int vacant) {
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every target of the resolution for the province or one commune at a date")
    List<IndicatorJson> indicators(
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune,
            @Parameter(description = "as-of date YYYY-MM-DD; absent for today") @RequestParam(required = false) String asOf,
            @Parameter(description = "rating year for T6; absent for the latest year with ratings") @RequestParam(required = false) String year) {
        ApiParameters.AsOf when = parameters.asOf(asOf, year);
        return engine.evaluate(scope(commune), when.date(), when.ratingYear()).stream().map(IndicatorJson::of).toList();
    }

    @GetMapping("/positions")
    @Operation(summary = "Approved, filled and vacant seats per position code")
    Map<String, SeatsJson> positions(@RequestParam(required = false) String commune,
                                     @RequestParam(required = false) String asOf) {
        ApiParameters.AsOf when = parameters.asOf(asOf, null);
        Map<String, SeatsJson> result = new LinkedHashMap<>();
        for (Vacancy v : engine.vacancies(scope(commune), when.date())) {
            result.put(v.position().name(), new SeatsJson(v.approved(), v.filled(), v.vacant()));
        }
        return result;
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
