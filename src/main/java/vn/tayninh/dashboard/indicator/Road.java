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
}
