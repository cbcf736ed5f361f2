package vn.tayninh.dashboard.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.commune.Commune;

/**
 * Compares the figures of a scope at two dates, each a frozen reporting date, another past date, or today (live), and
 * splits each target's change over the communes in scope. It reads the per-commune figures the engine already
 * computes ({@link IndicatorEngine#frozen}, {@link IndicatorEngine#overview}); it counts nothing itself.
 * Definitions: docs/indicators.md, "Comparing two reporting dates".
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    private final IndicatorEngine engine;
    private final ReportingFreezeRepository freezes;
    private final Clock clock;

    ComparisonService(IndicatorEngine engine, ReportingFreezeRepository freezes, Clock clock) {
        this.engine = engine;
        this.freezes = freezes;
        this.clock = clock;
    }

    /**
     * The comparison of {@code from} with {@code to} over the scope. A date at which figures were frozen gives the
     * frozen figures; another date gives the figures counted at that date; a null {@code to} means live figures
     * today.
     *
     * @throws IllegalArgumentException when a date is in the future or {@code from} is not before {@code to}
     * @throws UnknownCommuneException  when the scope names a commune that does not exist
     */
    public Comparison compare(Scope scope, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate later = to == null ? today : to;
        if (from == null || later.isAfter(today) || !from.isBefore(later)) {
            throw new IllegalArgumentException("Cannot compare " + from + " with " + later);
        }
        Overview before = side(scope, from, false);
        Overview after = side(scope, later, to == null);
        return compare(before, after);
    }

    /**
     * The comparison of two overviews the caller already has (a report that shows one of them anyway); the two sides
     * must cover the same scope.
     */
    public static Comparison compare(Overview before, Overview after) {
        List<Comparison.Change> changes = new ArrayList<>();
        for (TargetResult to : after.targets()) {
            TargetResult from = before.target(to.code());
            changes.add(change(Measure.of(to.code()), from, to, before, after));
        }
        return new Comparison(after.scope(), side(before), side(after), changes);
    }

    private Overview side(Scope scope, LocalDate date, boolean live) {
        if (!live && freezes.existsByAsOfDate(date)) {
            return engine.frozen(date, scope);
        }
        return engine.overview(scope, date, null);
    }

    private static Comparison.Side side(Overview overview) {
        return new Comparison.Side(overview.asOf(), overview.frozen(), overview.ratingYear());
    }

    private static Comparison.Change change(Measure measure, TargetResult from, TargetResult to, Overview before,
                                            Overview after) {
        String code = to.code();
        if (measure.kind() == Measure.Kind.COURSES) {
            return new Comparison.Change(code, from, to, null, to.numerator() - from.numerator(), List.of());
        }
        if (from.value() == null || to.value() == null) {
            return new Comparison.Change(code, from, to, null, null, List.of());
        }
        double changePoints = (to.value() - from.value()) * 100;
        // p_from = X_from / N_from; each commune: ((x_to − x_from) − p_from (n_to − n_from)) / N_to. Summed over the
        // communes: (X_to − X_from − p_from N_to + X_from) / N_to = X_to / N_to − p_from, the change itself.
        double pFrom = (double) from.numerator() / from.denominator();
        double nTo = to.denominator();
        Map<Long, TargetResult> earlier = new HashMap<>();
        for (CommuneResults c : before.communes()) {
            earlier.put(c.commune().getId(), c.target(code));
        }
        List<Comparison.Contribution> contributions = new ArrayList<>();
        for (CommuneResults c : after.communes()) {
            Commune commune = c.commune();
            TargetResult now = c.target(code);
            TargetResult then = earlier.get(commune.getId());
            long xFrom = then == null ? 0 : then.numerator();
            long nFrom = then == null || then.denominator() == null ? 0 : then.denominator();
            long xTo = now.numerator();
            long nTo1 = now.denominator() == null ? 0 : now.denominator();
            double points = ((xTo - xFrom) - pFrom * (nTo1 - nFrom)) / nTo * 100;
            contributions.add(new Comparison.Contribution(commune, xFrom, nFrom, xTo, nTo1, points));
        }
        return new Comparison.Change(code, from, to, changePoints, null, contributions);
    }
}
