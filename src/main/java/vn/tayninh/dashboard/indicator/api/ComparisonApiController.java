package vn.tayninh.dashboard.indicator.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.indicator.Comparison;
import vn.tayninh.dashboard.indicator.ComparisonService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.UnknownCommuneException;

/** Every target at two dates, with each commune's contribution to the change (docs/api.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chỉ tiêu", description = "Chỉ tiêu Nghị quyết 34-NQ/TU và chức danh, vị trí")
class ComparisonApiController {

    private final ComparisonService comparisons;
    private final IndicatorEngine engine;
    private final ApiParameters parameters;
    private final Clock clock;

    ComparisonApiController(ComparisonService comparisons, IndicatorEngine engine, ApiParameters parameters,
                            Clock clock) {
        this.comparisons = comparisons;
        this.engine = engine;
        this.parameters = parameters;
        this.clock = clock;
    }

    record SideJson(LocalDate date, boolean frozen, int ratingYear) {
    }

    record FigureJson(long numerator, Long denominator, Double value, String status) {

        static FigureJson of(TargetResult r) {
            return new FigureJson(r.numerator(), r.denominator(), r.value(), r.status().name());
        }
    }

    record CountsJson(long numerator, long denominator) {
    }

    record ContributionJson(String commune, String name, CountsJson from, CountsJson to, long persons, double points) {

        static ContributionJson of(Comparison.Contribution c) {
            return new ContributionJson(c.commune().getCode(), c.commune().getName(),
                    new CountsJson(c.fromNumerator(), c.fromDenominator()),
                    new CountsJson(c.toNumerator(), c.toDenominator()), c.persons(), c.points());
        }
    }

    record ChangeJson(String code, String population, FigureJson from, FigureJson to, Double changePoints,
                      Long changeCount, List<ContributionJson> contributions) {

        static ChangeJson of(Comparison.Change c) {
            return new ChangeJson(c.code(), c.to().population().name(), FigureJson.of(c.from()), FigureJson.of(c.to()),
                    c.changePoints(), c.changeCount(), c.contributions().stream().map(ContributionJson::of).toList());
        }
    }

    record ComparisonJson(String commune, SideJson from, SideJson to, List<ChangeJson> targets) {
    }

    @GetMapping("/indicators/compare")
    @Operation(summary = "Every target at two dates (frozen, past or live) and each commune's contribution to the change")
    ComparisonJson compare(
            @Parameter(description = "the earlier date YYYY-MM-DD: a reporting date (frozen figures) or any past date")
            @RequestParam(required = false) String from,
            @Parameter(description = "the later date YYYY-MM-DD; absent for live figures today")
            @RequestParam(required = false) String to,
            @Parameter(description = "commune code; absent for the whole province") @RequestParam(required = false) String commune) {
        List<ApiError> errors = new ArrayList<>();
        LocalDate first = parameters.pastDate("from", from, errors);
        if (from == null || from.isBlank()) {
            errors.add(ApiError.parameter("from", parameters.message("api.error.parameter.missing", "from")));
        }
        LocalDate last = parameters.pastDate("to", to, errors);
        LocalDate end = last != null ? last : LocalDate.now(clock);
        if (first != null && errors.isEmpty() && !first.isBefore(end)) {
            errors.add(ApiError.parameter("from", parameters.message("api.error.compare.order", first, end)));
        }
        Scope scope = scope(commune, errors);
        if (!errors.isEmpty()) {
            throw new BadRequestException(errors);
        }
        Comparison comparison = comparisons.compare(scope, first, last);
        return new ComparisonJson(scope.communeCode(), side(comparison.from()), side(comparison.to()),
                comparison.targets().stream().map(ChangeJson::of).toList());
    }

    private static SideJson side(Comparison.Side side) {
        return new SideJson(side.date(), side.frozen(), side.ratingYear());
    }

    private Scope scope(String commune, List<ApiError> errors) {
        if (commune == null || commune.isBlank()) {
            return Scope.province();
        }
        Scope scope = Scope.commune(commune.strip());
        try {
            engine.requireKnown(scope);
        } catch (UnknownCommuneException e) {
            errors.add(ApiError.parameter("commune", parameters.message("api.error.commune.unknown", commune)));
        }
        return scope;
    }
}
