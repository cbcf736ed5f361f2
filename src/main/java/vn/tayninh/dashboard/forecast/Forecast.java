package vn.tayninh.dashboard.forecast;

import java.time.LocalDate;
import java.util.List;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;

/**
 * The natural projection of a scope's roster from {@code asOf} to {@code to} (docs/forecast.md): per projected target,
 * today's figures and those at {@code to}, and what moves between them; {@code unprojectable} counts the active records
 * without gender or birth date, which never retire in the projection. {@code provisional}: some communes' counts are
 * the last made before a change or a new day, answered while the province is being counted again (the page says so).
 */
public record Forecast(Scope scope, LocalDate asOf, LocalDate to, long unprojectable, List<TargetForecast> targets,
                       boolean provisional) {

    /** x, n, status and gap in persons of a target at one date; n is null for an empty population. */
    public record Figures(long numerator, Long denominator, Double value, Status status, Long gapPersons) {
    }

    /** One point of the projected line: the projected roster at 31/12 of a year. */
    public record Point(LocalDate date, long numerator, long denominator) {

        public Double value() {
            return denominator == 0 ? null : (double) numerator / denominator;
        }
    }

    /**
     * One target. {@code projected.numerator = today.numerator − retiringNumerator − agedOut + trained}, and
     * {@code projected.denominator = today.denominator − retiringDenominator}. For the per-commune checks (T7e, T8d)
     * "retiring" counts the communes that lose their only qualifying member, and no commune leaves the denominator.
     * {@code provisional} as the whole forecast's.
     */
    public record TargetForecast(String code, Figures today, Figures projected, long retiringNumerator,
                                 long retiringDenominator, long trained, long agedOut, List<Point> yearly,
                                 boolean provisional) {
    }
}
