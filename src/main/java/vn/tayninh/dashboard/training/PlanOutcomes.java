package vn.tayninh.dashboard.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.forecast.Forecast;
import vn.tayninh.dashboard.forecast.ForecastService;
import vn.tayninh.dashboard.indicator.Scope;

/**
 * Where each target lands if a training plan version is kept (docs/training.md): beside the natural projection to
 * 31/12/2030, the projection with the version's participants trained at their course's end, the persons still missing
 * after it, and the fewest places per year that would meet the target by 2030. Read as the projection is: a commune
 * editor only their own commune.
 */
@Service
@Transactional(readOnly = true)
public class PlanOutcomes {

    private final ForecastService forecasts;
    private final TrainingPlans plans;
    private final TrainingSettings settings;

    PlanOutcomes(ForecastService forecasts, TrainingPlans plans, TrainingSettings settings) {
        this.forecasts = forecasts;
        this.plans = plans;
        this.settings = settings;
    }

    /** The outcome of a version for the scope, from {@code asOf} to 31/12/2030. */
    public PlanOutcome outcome(long planId, Scope scope, LocalDate asOf) {
        TrainingPlan plan = plans.plan(planId);
        LocalDate to = ForecastService.defaultDate();
        Forecast natural = forecasts.forecast(scope, to, asOf);
        Forecast withPlan = forecasts.forecast(scope, to, asOf, planId);
        Map<String, Forecast.TargetForecast> planned = withPlan.targets().stream()
                .collect(Collectors.toMap(Forecast.TargetForecast::code, Function.identity()));
        List<TargetOutcome> targets = new ArrayList<>();
        for (Forecast.TargetForecast alone : natural.targets()) {
            Forecast.TargetForecast with = planned.get(alone.code());
            List<CourseKind> kinds = CourseKind.closing(alone.code());
            int years = intakeYears(kinds, asOf);
            Long missingNatural = alone.projected().gapPersons();
            Long missing = with.projected().gapPersons();
            targets.add(new TargetOutcome(alone.code(), alone.today(), alone.projected(), with.projected(),
                    with.projected().numerator() - alone.projected().numerator(), missing, kinds, years,
                    kinds.isEmpty() ? null : placesPerYear(missingNatural, years),
                    kinds.isEmpty() ? null : placesPerYear(missing, years), alone.yearly(), with.yearly()));
        }
        return new PlanOutcome(plan, scope, asOf, to, targets, natural.provisional() || withPlan.provisional());
    }

    /**
     * The plan the dashboard's pages draw beside the natural projection: the adopted version, else the newest draft;
     * empty when there is none.
     */
    public java.util.Optional<TrainingPlan> shownPlan() {
        return plans.adopted().or(() -> plans.plans().stream().findFirst());
    }

    /**
     * The line "theo kế hoạch" of a target's road to 2030 for the scope: the yearly points with {@link #shownPlan};
     * empty when training does not move the target, when there is no plan, or when the user may not read the
     * scope's projection (a commune editor reads their own commune's).
     */
    public java.util.Optional<PlanLine> planLine(String code, Scope scope, LocalDate asOf) {
        if (CourseKind.closing(code).isEmpty() || !forecasts.mayRead(scope)
                || !ForecastService.defaultDate().isAfter(asOf)) {
            return java.util.Optional.empty();
        }
        return shownPlan().flatMap(plan -> forecasts.forecast(scope, ForecastService.defaultDate(), asOf, plan.getId())
                .targets().stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> new PlanLine(plan, t.yearly(), t.projected())));
    }

    /** A target's projected points with a plan, and its figures at 31/12/2030. */
    public record PlanLine(TrainingPlan plan, List<Forecast.Point> yearly, Forecast.Figures at2030) {
    }

    /**
     * The years from the year after {@code asOf} (at the earliest {@link TrainingPlans#FIRST_YEAR}) to 2030 in which a
     * course of the quickest kind, started on 1 January, ends by 31/12/2030.
     */
    int intakeYears(List<CourseKind> kinds, LocalDate asOf) {
        if (kinds.isEmpty()) {
            return 0;
        }
        int months = kinds.stream().mapToInt(settings::durationMonths).min().orElseThrow();
        int years = 0;
        for (int year = Math.max(TrainingPlans.FIRST_YEAR, asOf.getYear() + 1); year <= TrainingPlans.LAST_YEAR; year++) {
            if (!LocalDate.of(year, 1, 1).plusMonths(months).minusDays(1).isAfter(ForecastService.defaultDate())) {
                years++;
            }
        }
        return years;
    }

    /** The missing persons spread over the years left, rounded up; null when no course can end in time. */
    static Integer placesPerYear(Long missing, int years) {
        if (missing == null || missing <= 0) {
            return 0;
        }
        return years == 0 ? null : (int) Math.ceilDiv(missing, (long) years);
    }

    /** A version's outcome for a scope. */
    public record PlanOutcome(TrainingPlan plan, Scope scope, LocalDate asOf, LocalDate to,
                              List<TargetOutcome> targets, boolean provisional) {
    }

    /**
     * One target: today, at 2030 without the plan ({@code natural}) and with it ({@code withPlan}); {@code byPlan} the
     * persons the plan adds to the numerator (withPlan − natural); {@code missingAfterPlan} the gap in persons left;
     * the course kinds that close it ({@code kinds}, empty when training does not move the target), the years a course
     * can still start and end in time, and the fewest places per year to meet the target by 2030 without the plan
     * ({@code placesPerYear}) and beside it ({@code extraPlacesPerYear}); null when no course can end in time.
     */
    public record TargetOutcome(String code, Forecast.Figures today, Forecast.Figures natural,
                                Forecast.Figures withPlan, long byPlan, Long missingAfterPlan, List<CourseKind> kinds,
                                int intakeYears, Integer placesPerYear, Integer extraPlacesPerYear,
                                List<Forecast.Point> naturalYearly, List<Forecast.Point> planYearly) {
    }
}
