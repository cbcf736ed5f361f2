package vn.tayninh.dashboard.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Position;

/**
 * The communes that need help, ranked: read from an {@link Overview}, so that the screen and the meeting pack
 * list the same communes for the same reasons. Pure: no database, no UI.
 *
 * <p>A commune's {@link Item#score() score} adds up its failed <em>checks</em>: 2 for each target of the
 * resolution judged per commune that it misses (no woman in the standing committee, T8d; no woman in the
 * key-title planning pool, T7e), since each alone keeps the province from its 2030 target; 1 for each key
 * title with a vacant seat, and 1 for a postgraduate share (T2) among the lowest tenth of the communes in
 * scope. A commune is <em>behind</em> on a target with a number when its value is below the required path
 * (or below the target, once missed); its {@link Item#shortfall() shortfall} is the largest such distance, as
 * a share (0.05 = 5 points). Communes are ranked by score, then by shortfall, then in the overview's order
 * (by name); a commune with neither is not listed.
 */
public final class Attention {

    /** Share of the communes in scope that the postgraduate check calls the lowest. */
    static final double LOWEST_SHARE = 0.1;
    /** At most this many targets a commune is behind on are given as reasons, the furthest behind first. */
    static final int BEHIND_REASONS = 3;

    private static final Comparator<Item> RANKING = Comparator.comparingInt(Item::score).reversed()
            .thenComparing(Comparator.comparingDouble(Item::shortfall).reversed());

    private Attention() {
    }

    /** One commune needing attention, with its reasons: the failed checks first, then the targets it is behind on. */
    public record Item(Commune commune, int score, double shortfall, List<Reason> reasons) {
    }

    /** Why a commune needs attention; each kind is one short sentence on screen and in exports. */
    public sealed interface Reason {

        /** What the reason adds to the score: a failed check counts, a target the commune is behind on does not. */
        default int weight() {
            return 1;
        }
    }

    public record NoWomanInStandingCommittee() implements Reason {

        @Override
        public int weight() {
            return 2;
        }
    }

    public record NoWomanInKeyPlanningPool() implements Reason {

        @Override
        public int weight() {
            return 2;
        }
    }

    public record VacantKeyTitle(Position position, int vacant, int approved) implements Reason {
    }

    /** T2 among the lowest tenth of the communes in scope. */
    public record LowestPostgraduateShare(TargetResult result) implements Reason {
    }

    /**
     * Below {@code reference}: the required path at the as-of date ({@link Against#PATH}), the target itself once
     * it is missed or when there is no path ({@link Against#TARGET}); or above the top of a band target
     * ({@link Against#BAND_TOP}).
     */
    public record Behind(TargetResult result, double reference, Against against) implements Reason {

        public enum Against { PATH, TARGET, BAND_TOP }

        public double shortfall() {
            return Math.abs(reference - result.value());
        }

        @Override
        public int weight() {
            return 0;
        }
    }

    /** Every commune of the overview that fails a check or is behind a target, ranked (see the class comment). */
    public static List<Item> rank(Overview overview) {
        List<Commune> lowestPostgraduate = lowest(overview.communes(), Measure.T2.name());
        List<Item> items = new ArrayList<>();
        for (CommuneResults commune : overview.communes()) {
            List<Reason> reasons = new ArrayList<>();
            if (commune.target(Measure.T8d.name()).numerator() == 0) {
                reasons.add(new NoWomanInStandingCommittee());
            }
            if (commune.target(Measure.T7e.name()).numerator() == 0) {
                reasons.add(new NoWomanInKeyPlanningPool());
            }
            for (Vacancy seat : commune.vacancies()) {
                if (seat.position().isKeyTitle() && seat.vacant() > 0) {
                    reasons.add(new VacantKeyTitle(seat.position(), seat.vacant(), seat.approved()));
                }
            }
            boolean lowestT2 = lowestPostgraduate.contains(commune.commune());
            if (lowestT2) {
                reasons.add(new LowestPostgraduateShare(commune.target(Measure.T2.name())));
            }
            int score = reasons.stream().mapToInt(Reason::weight).sum();
            List<Behind> behind = commune.targets().stream().map(Attention::behind)
                    .filter(Objects::nonNull).sorted(Comparator.comparingDouble(Behind::shortfall).reversed()).toList();
            double shortfall = behind.isEmpty() ? 0 : behind.getFirst().shortfall();
            // T2 already has its own sentence when it is among the lowest
            behind.stream().filter(b -> !(lowestT2 && b.result().code().equals(Measure.T2.name())))
                    .limit(BEHIND_REASONS).forEach(reasons::add);
            if (!reasons.isEmpty()) {
                items.add(new Item(commune.commune(), score, shortfall, List.copyOf(reasons)));
            }
        }
        return items.stream().sorted(RANKING).toList();
    }

    /**
     * How a commune is behind on a target with a number, or null. Per-commune checks (T7e, T8d) are checks of
     * their own, and T9d is counted for the province only.
     */
    static Behind behind(TargetResult result) {
        if (Measure.of(result.code()).kind() != Measure.Kind.RATIO || result.value() == null) {
            return null;
        }
        if (result.status() != Status.BEHIND && result.status() != Status.NOT_MET) {
            return null;
        }
        if (result.rule() == TargetRule.BAND && result.value() > result.upperBound()) {
            return new Behind(result, result.upperBound(), Behind.Against.BAND_TOP);
        }
        if (result.status() == Status.BEHIND && result.requiredPath() != null) {
            return new Behind(result, result.requiredPath(), Behind.Against.PATH);
        }
        return new Behind(result, result.rule() == TargetRule.ALL_OF ? 1.0 : result.lowerBound(), Behind.Against.TARGET);
    }

    /** The communes whose value of the target is among the lowest tenth (at least one; ties included). */
    private static List<Commune> lowest(List<CommuneResults> communes, String code) {
        List<Double> values = communes.stream().map(c -> c.target(code).value()).filter(Objects::nonNull)
                .sorted().toList();
        if (values.isEmpty()) {
            return List.of();
        }
        double threshold = values.get((int) Math.ceil(values.size() * LOWEST_SHARE) - 1);
        return communes.stream().filter(c -> c.target(code).value() != null && c.target(code).value() <= threshold)
                .map(CommuneResults::commune).toList();
    }
}
