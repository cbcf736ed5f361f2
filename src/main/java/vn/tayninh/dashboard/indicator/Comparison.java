package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.tayninh.dashboard.commune.Commune;

/**
 * Every target of a scope at two reporting dates, and how each commune moved it (see docs/indicators.md, "Comparing
 * two reporting dates"). Built by {@link ComparisonService} from the engine's per-commune figures.
 *
 * @param from    the earlier side
 * @param to      the later side
 * @param targets one change per target, in the targets' order
 */
public record Comparison(Scope scope, Side from, Side to, List<Change> targets) {

    /** One side of the comparison: its date, whether the figures are those frozen at that date, its rating year. */
    public record Side(LocalDate date, boolean frozen, int ratingYear) {
    }

    /**
     * One target at both dates.
     *
     * @param changePoints  the change of the value in percentage points (to − from, × 100); null when either value is
     *                      null (an empty population, or T9d, which counts courses)
     * @param changeCount   T9d only: the change in the number of courses; null for every other target
     * @param contributions for a ratio or a per-commune check with both values known, each commune in scope with its
     *                      contribution; they add up to {@code changePoints}. Empty otherwise.
     */
    public record Change(String code, TargetResult from, TargetResult to, Double changePoints, Long changeCount,
                         List<Contribution> contributions) {

        public Change {
            contributions = List.copyOf(contributions);
        }

        /** Whether the status differs between the two dates. */
        public boolean statusChanged() {
            return from.status() != to.status();
        }

        /** The communes that raised the figure most: positive contributions, largest first (at most {@code limit}). */
        public List<Contribution> risers(int limit) {
            return contributions.stream().filter(c -> c.points() > 0)
                    .sorted(Comparator.comparingDouble(Contribution::points).reversed()
                            .thenComparing(c -> c.commune().getName()))
                    .limit(limit).toList();
        }

        /** The communes that lowered the figure most: negative contributions, most negative first. */
        public List<Contribution> fallers(int limit) {
            return contributions.stream().filter(c -> c.points() < 0)
                    .sorted(Comparator.comparingDouble(Contribution::points)
                            .thenComparing(c -> c.commune().getName()))
                    .limit(limit).toList();
        }
    }

    /**
     * One commune's share of a target's change: its x and n at both dates, and {@code points}, its contribution to the
     * scope's change in percentage points: ((x_to − x_from) − p_from × (n_to − n_from)) / N_to × 100, where p_from is
     * the scope's value at the earlier date and N_to the scope's denominator at the later one.
     */
    public record Contribution(Commune commune, long fromNumerator, long fromDenominator, long toNumerator,
                               long toDenominator, double points) {

        /** The change of the commune's numerator: persons (communes for T7e and T8d). */
        public long persons() {
            return toNumerator - fromNumerator;
        }
    }

    public Change target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
