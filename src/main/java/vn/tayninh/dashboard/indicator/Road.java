package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * The road to 2030 of one target in one scope: the baseline, the frozen points, the live value, the
 * required path (a straight line from the baseline to the target at the deadline) and a linear projection
 * of the points to the deadline, which needs at least two points.
 */
public record Road(String code, LocalDate deadline, Double targetValue, Point baseline, List<Point> frozen,
                   Point live, Double projectionAtDeadline) {

    public record Point(LocalDate date, long numerator, Long denominator, Double value, String label) {
    }

    public boolean hasProjection() {
        return projectionAtDeadline != null;
    }

    /** The required path at a date (the same straight line the status is judged on), or null before the baseline. */
    public Double requiredAt(LocalDate date) {
        if (baseline == null || baseline.value() == null || targetValue == null || date.isBefore(baseline.date())) {
            return null;
        }
        return baseline.value() + (targetValue - baseline.value()) * TargetEvaluator.progress(baseline.date(), deadline, date);
    }

    /** The projection drawn from the live value to its value at the deadline, or null before the live date. */
    public Double projectedAt(LocalDate date) {
        if (!hasProjection() || live.value() == null || date.isBefore(live.date())) {
            return null;
        }
        return live.value() + (projectionAtDeadline - live.value()) * TargetEvaluator.progress(live.date(), deadline, date);
    }
}
