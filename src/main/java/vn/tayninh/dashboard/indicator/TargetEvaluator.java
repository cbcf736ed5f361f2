package vn.tayninh.dashboard.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Turns counts into a judged result: the status rules and the gap in persons of docs/indicators.md, in one place.
 * Pure: no database, no clock.
 */
final class TargetEvaluator {

    /** Values are compared on ratios of whole counts; this absorbs floating-point noise only. */
    private static final double EPSILON = 1e-9;

    private TargetEvaluator() {
    }

    /**
     * @param numerator   x
     * @param denominator n, or null for a count target (T9d)
     * @param baseline    the value at the baseline freeze for the same scope, or null when there is none
     * @param baselineDate the date of that freeze (start of the required path)
     */
    static TargetResult evaluate(Target target, long numerator, Long denominator, Double baseline,
                                 LocalDate baselineDate, LocalDate asOf) {
        TargetRule rule = target.getRule();
        Double lower = target.getLowerBound() == null ? null : target.getLowerBound().doubleValue();
        Double upper = target.getUpperBound() == null ? null : target.getUpperBound().doubleValue();
        LocalDate deadline = LocalDate.of(target.getDeadlineYear(), 12, 31);

        if (rule == TargetRule.COUNT) {
            LocalDate periodStart = LocalDate.of(target.getBaselineYear(), 1, 1);
            double path = lower * progress(periodStart, deadline, asOf);
            Status status = numerator >= lower ? Status.MET
                    : asOf.isAfter(deadline) ? Status.NOT_MET
                    : numerator + EPSILON >= path ? Status.ON_TRACK : Status.BEHIND;
            long gap = Math.max(0, (long) Math.ceil(lower - numerator - EPSILON));
            return new TargetResult(target.getCode(), target.getPopulation(), rule, numerator, null, null, lower,
                    null, 0.0, path, status, gap);
        }

        if (denominator == null || denominator == 0) {
            return new TargetResult(target.getCode(), target.getPopulation(), rule, numerator, denominator, null,
                    lower, upper, baseline, null, Status.NO_DATA, null);
        }
        double value = (double) numerator / denominator;
        if (rule == TargetRule.NONE) {
            return new TargetResult(target.getCode(), target.getPopulation(), rule, numerator, denominator, value,
                    null, null, baseline, null, Status.NO_TARGET, null);
        }

        double goal = rule == TargetRule.ALL_OF ? 1.0 : lower;
        boolean met = switch (rule) {
            case ALL_OF -> numerator == denominator;
            case AT_LEAST -> value + EPSILON >= lower;
            case BAND -> value + EPSILON >= lower && value - EPSILON <= upper;
            default -> throw new IllegalStateException(rule.name());
        };
        Double path = baseline == null || baselineDate == null ? null
                : baseline + (goal - baseline) * progress(baselineDate, deadline, asOf);
        Status status;
        if (met) {
            status = Status.MET;
        } else if (target.isAnnual() || asOf.isAfter(deadline)) {
            status = Status.NOT_MET;
        } else if (rule == TargetRule.BAND && value > upper) {
            // above the band: no path leads there by adding people; it needs rebalancing
            status = Status.BEHIND;
        } else {
            status = path != null && value + EPSILON >= path ? Status.ON_TRACK : Status.BEHIND;
        }
        return new TargetResult(target.getCode(), target.getPopulation(), rule, numerator, denominator, value,
                lower, upper, baseline, path, status, gap(rule, target.getLowerBound(), numerator, denominator));
    }

    /** Smallest k ≥ 0 with (x + k) / n ≥ p; for "= 100 %", n − x. Exact, on the decimal target. */
    static long gap(TargetRule rule, BigDecimal lower, long x, long n) {
        if (rule == TargetRule.ALL_OF) {
            return n - x;
        }
        long needed = lower.multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.CEILING).longValueExact();
        return Math.max(0, needed - x);
    }

    /** Share of the way from {@code start} to {@code end} that {@code date} has reached, within 0..1. */
    static double progress(LocalDate start, LocalDate end, LocalDate date) {
        long total = ChronoUnit.DAYS.between(start, end);
        if (total <= 0) {
            return 1;
        }
        return Math.clamp((double) ChronoUnit.DAYS.between(start, date) / total, 0.0, 1.0);
    }
}
