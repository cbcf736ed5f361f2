package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.List;

/** Least-squares line through dated values, read at a later date; needs two points on different dates. */
final class LinearTrend {

    private LinearTrend() {
    }

    static Double at(List<Road.Point> points, LocalDate date) {
        List<Road.Point> usable = points.stream().filter(p -> p.value() != null).toList();
        if (usable.size() < 2) {
            return null;
        }
        double n = usable.size();
        double sumX = 0;
        double sumY = 0;
        for (Road.Point p : usable) {
            sumX += p.date().toEpochDay();
            sumY += p.value();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (Road.Point p : usable) {
            double dx = p.date().toEpochDay() - meanX;
            covariance += dx * (p.value() - meanY);
            variance += dx * dx;
        }
        if (variance == 0) {
            return null;
        }
        double slope = covariance / variance;
        return meanY + slope * (date.toEpochDay() - meanX);
    }
}
