package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorQueries.BreakdownRow;
import vn.tayninh.dashboard.position.Position;

/**
 * Computes every target of Resolution 34-NQ/TU for a scope at an as-of date: x, n, value, status, required
 * path and gap in persons; the per-commune checks; breakdowns and vacancies. Counting happens in the
 * database ({@link IndicatorQueries}); this class only sums per-commune rows and judges them
 * ({@link TargetEvaluator}).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorEngine {

    /** Young: under this age at the as-of date (docs/indicators.md). */
    public static final int YOUNG_BELOW_AGE = IndicatorQueries.YOUNG_BELOW_AGE;


    private final IndicatorQueries queries;
    private final CommuneService communes;
    private final TargetRepository targets;
    private final PoliticalTheoryStandardRepository standards;
    private final ReportingFreezeRepository freezes;
    private final FrozenValueRepository frozenValues;
    private final KeptFigures kept;
    private final CountsKind countsKind;
    private final BreakdownsKind breakdownsKind;
    private final ProjectionKind projectionKind;
    private volatile Baseline keptBaseline;

    IndicatorEngine(IndicatorQueries queries, CommuneService communes, TargetRepository targets,
                    PoliticalTheoryStandardRepository standards, ReportingFreezeRepository freezes,
                    FrozenValueRepository frozenValues, KeptFigures kept, CountsKind countsKind,
                    BreakdownsKind breakdownsKind, ProjectionKind projectionKind) {
        this.queries = queries;
        this.communes = communes;
        this.targets = targets;
        this.standards = standards;
        this.freezes = freezes;
        this.frozenValues = frozenValues;
        this.kept = kept;
        this.countsKind = countsKind;
        this.breakdownsKind = breakdownsKind;
        this.projectionKind = projectionKind;
        // the dashboard's figures of the province, counted ahead after a start and at 00:01
        kept.readEveryDay(today -> {
            breakdowns(Scope.province(), today);
            overview(Scope.province(), today, null);
        });
    }

    /** The latest year with ratings on or before the as-of year (T6 is judged per year). */
    public int defaultRatingYear(LocalDate asOf) {
        Integer latest = queries.latestRatingYear(asOf.getYear());
        return latest == null ? asOf.getYear() : latest;
    }

    public List<Target> targets() {
        return targets.findAllByOrderBySortOrderAsc();
    }

    /** Fails with {@link UnknownCommuneException} when the scope names a commune that does not exist. */
    public void requireKnown(Scope scope) {
        communesIn(scope);
    }

    /** Every target for the scope. */
    public List<TargetResult> evaluate(Scope scope, LocalDate asOf, Integer ratingYear) {
        return compute(scope, asOf, ratingYear, false, false).targets();
    }

    /** Every target for the scope and for each commune in it, with seats: one dashboard's data. */
    public Overview overview(Scope scope, LocalDate asOf, Integer ratingYear) {
        return overview(scope, asOf, ratingYear, Freshness.EXACT);
    }

    /** {@link #overview}, provisional right after a start when allowed (a page that shows the mark). */
    public Overview overview(Scope scope, LocalDate asOf, Integer ratingYear, Freshness freshness) {
        return compute(scope, asOf, ratingYear, true, freshness == Freshness.PROVISIONAL_ALLOWED);
    }

    /**
     * The figures frozen at a reporting date, for the scope and each commune in it, judged at that date; the
     * seats are counted from the records at that date.
     */
    public Overview frozen(LocalDate reportingDate, Scope scope) {
        ReportingFreeze freeze = freezes.findAllByOrderByAsOfDateAsc().stream()
                .filter(f -> f.getAsOfDate().equals(reportingDate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No figures frozen at " + reportingDate));
        List<FrozenValue> values = frozenValues.findByFreezeId(freeze.getId());
        Map<String, List<FrozenValue>> byTarget = values.stream().collect(Collectors.groupingBy(FrozenValue::getTargetCode));
        Baseline baseline = baseline();
        List<Commune> inScope = communesIn(scope);
        List<Target> all = targets();
        List<TargetResult> scopeResults = judgeFrozen(all, byTarget, inScope, baseline, reportingDate);
        Collection<Long> ids = idsFilter(scope, inScope);
        Map<Long, Map<Position, Integer>> approved = queries.approvedSeats(ids);
        Map<Long, Map<Position, Integer>> filled = queries.filledSeats(reportingDate, ids);
        List<CommuneResults> communeResults = new ArrayList<>();
        for (Commune commune : inScope) {
            communeResults.add(new CommuneResults(commune,
                    judgeFrozen(all, byTarget, List.of(commune), baseline, reportingDate),
                    sumVacancies(List.of(commune), approved, filled)));
        }
        return new Overview(scope, reportingDate, freeze.getRatingYear(), true, scopeResults, communeResults,
                sumVacancies(inScope, approved, filled));
    }

    /**
     * Only the scope's targets as frozen at a reporting date and judged at that date, without the communes and
     * seats of {@link #frozen}: what a page compares its figures with.
     */
    public List<TargetResult> frozenTargets(LocalDate reportingDate, Scope scope) {
        ReportingFreeze freeze = freezes.findAllByOrderByAsOfDateAsc().stream()
                .filter(f -> f.getAsOfDate().equals(reportingDate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No figures frozen at " + reportingDate));
        Map<String, List<FrozenValue>> byTarget = frozenValues.findByFreezeId(freeze.getId()).stream()
                .collect(Collectors.groupingBy(FrozenValue::getTargetCode));
        return judgeFrozen(targets(), byTarget, communesIn(scope), baseline(), reportingDate);
    }

    /** Rated cadres and those rated "completed tasks well" or better, per rating year, over the scope. */
    public Map<Integer, long[]> ratingsByYear(Scope scope, LocalDate asOf) {
        return ratingsByYear(scope, asOf, Freshness.EXACT);
    }

    /** {@link #ratingsByYear}, provisional right after a start when allowed. */
    public Map<Integer, long[]> ratingsByYear(Scope scope, LocalDate asOf, Freshness freshness) {
        List<Commune> inScope = communesIn(scope);
        if (!kept.serves(asOf)) {
            return queries.ratingsByYear(asOf, idsFilter(scope, inScope));
        }
        Map<Integer, long[]> sum = new TreeMap<>();
        for (BreakdownsKind.Figures figures : liveFigures(scope, asOf, inScope, freshness).values()) {
            figures.ratings().forEach((year, counts) -> {
                long[] total = sum.computeIfAbsent(year, y -> new long[2]);
                total[0] += counts[0];
                total[1] += counts[1];
            });
        }
        return sum;
    }

    /** At the live date, each commune's breakdowns and ratings, kept ({@link KeptFigures}). */
    private Map<Long, BreakdownsKind.Figures> liveFigures(Scope scope, LocalDate asOf, List<Commune> inScope,
                                                          Freshness freshness) {
        return kept.read(breakdownsKind, BreakdownsKind.ONLY, asOf, inScope.stream().map(Commune::getId).toList(),
                scope.isProvince(), freshness == Freshness.PROVISIONAL_ALLOWED).byCommune();
    }

    private List<TargetResult> judgeFrozen(List<Target> all, Map<String, List<FrozenValue>> byTarget,
                                           List<Commune> inScope, Baseline baseline, LocalDate date) {
        Set<Long> ids = inScope.stream().map(Commune::getId).collect(Collectors.toSet());
        List<TargetResult> results = new ArrayList<>();
        for (Target target : all) {
            Measure measure = Measure.of(target.getCode());
            long[] xn = sumFrozen(byTarget.getOrDefault(target.getCode(), List.of()), ids, measure);
            Double base = baseline == null ? null : baseline.value(target.getCode(), ids, measure);
            results.add(TargetEvaluator.evaluate(target, xn[0],
                    measure.kind() == Measure.Kind.COURSES ? null : Long.valueOf(xn[1]), base,
                    baseline == null ? null : baseline.date(), date));
        }
        return results;
    }

    /** Approved, filled and vacant seats per position over the scope. */
    public List<Vacancy> vacancies(Scope scope, LocalDate asOf) {
        List<Commune> inScope = communesIn(scope);
        Collection<Long> ids = idsFilter(scope, inScope);
        return sumVacancies(inScope, queries.approvedSeats(ids), queries.filledSeats(asOf, ids));
    }

    /** The cadre structure form over the scope at {@code asOf}, per commune id; see {@link CadreStructure}. */
    public CadreStructure cadreStructure(Scope scope, LocalDate asOf) {
        List<Commune> inScope = communesIn(scope);
        return queries.cadreStructure(asOf, idsFilter(scope, inScope));
    }

    /** The communes of the scope, in the engine's order. */
    public List<Commune> communes(Scope scope) {
        return communesIn(scope);
    }

    /**
     * Head counts of each population by every breakdown dimension over the scope: at the live date the sum of each
     * commune's kept breakdowns ({@link KeptFigures}), otherwise counted now.
     */
    public Breakdowns breakdowns(Scope scope, LocalDate asOf) {
        return breakdowns(scope, asOf, Freshness.EXACT);
    }

    /** {@link #breakdowns}, provisional right after a start when allowed. */
    public Breakdowns breakdowns(Scope scope, LocalDate asOf, Freshness freshness) {
        List<Commune> inScope = communesIn(scope);
        BreakdownTally tally = new BreakdownTally();
        if (kept.serves(asOf)) {
            for (BreakdownsKind.Figures figures : liveFigures(scope, asOf, inScope, freshness).values()) {
                tally.add(figures.breakdowns());
            }
        } else {
            for (BreakdownRow row : queries.breakdownRows(asOf, idsFilter(scope, inScope))) {
                tally.add(row);
            }
        }
        return tally.result();
    }

    /** The road to 2030 of one target for the scope: baseline, frozen points, live value, path and projection. */
    public Road road(String code, Scope scope, LocalDate asOf, Integer ratingYear) {
        Target target = targets.findById(code).orElseThrow(() -> new IllegalArgumentException("unknown target " + code));
        Measure measure = Measure.of(code);
        List<Commune> inScope = communesIn(scope);
        Set<Long> ids = inScope.stream().map(Commune::getId).collect(Collectors.toSet());

        List<ReportingFreeze> all = freezes.findAllByOrderByAsOfDateAsc();
        Map<Long, List<FrozenValue>> valuesByFreeze = frozenValues.findByFreezeIdIn(all.stream()
                        .map(ReportingFreeze::getId).toList()).stream()
                .filter(v -> v.getTargetCode().equals(code))
                .collect(Collectors.groupingBy(FrozenValue::getFreezeId));
        List<Road.Point> frozen = new ArrayList<>();
        for (ReportingFreeze freeze : all) {
            if (freeze.getAsOfDate().isAfter(asOf)) {
                continue;
            }
            long[] xn = sumFrozen(valuesByFreeze.getOrDefault(freeze.getId(), List.of()), ids, measure);
            frozen.add(point(freeze.getAsOfDate(), xn[0], measure, xn[1],
                    freeze.label(Translations.VIETNAMESE)));
        }
        TargetResult live = evaluate(scope, asOf, ratingYear).stream()
                .filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        Road.Point livePoint = new Road.Point(asOf, live.numerator(), live.denominator(),
                measure.kind() == Measure.Kind.COURSES ? (double) live.numerator() : live.value(), null);

        List<Road.Point> points = new ArrayList<>(frozen);
        if (frozen.isEmpty() || frozen.getLast().date().isBefore(asOf)) {
            points.add(livePoint);
        }
        LocalDate deadline = LocalDate.of(target.getDeadlineYear(), 12, 31);
        Double goal = target.getRule() == TargetRule.ALL_OF ? Double.valueOf(1.0)
                : target.getLowerBound() == null ? null : target.getLowerBound().doubleValue();
        return new Road(code, deadline, goal, frozen.isEmpty() ? null : frozen.getFirst(), frozen, livePoint,
                target.getRule() == TargetRule.NONE ? null : LinearTrend.at(points, deadline));
    }

    /**
     * The projected targets of the scope's roster at {@code asOf}, one list per projection in the order given, each
     * target counted by its usual definition on the projected roster and judged at the projection's date against the
     * same required path ({@link Measure#isProjected}: T6 and T9d are left out); and the records that cannot be
     * projected. Counted in one pass for all projections, per commune kept while its roster version is unchanged
     * ({@link KeptFigures}); while the province is counted again, the last counts made, marked provisional.
     */
    public Projections project(Scope scope, LocalDate asOf, List<RosterProjection> projections) {
        List<Commune> inScope = communesIn(scope);
        List<PoliticalTheoryStandard> all = standards.findAll();
        int rank = planStandardRank(all);
        // the natural projections are kept; a projection with a training plan is its natural one plus what differs
        // for the plan's participants, counted over them alone
        List<RosterProjection> natural = projections.stream().map(RosterProjection::withoutPlan).toList();
        KeptFigures.Kept<ProjectionKind.Projected> rows = kept.read(projectionKind,
                ProjectionKind.params(rank, CountsKind.standardsKey(all, rank), natural), asOf,
                inScope.stream().map(Commune::getId).toList(), scope.isProvince(), true);
        List<Map<Long, Counts>> byProjection = new ArrayList<>();
        for (int k = 0; k < projections.size(); k++) {
            Map<Long, Counts> counts = new HashMap<>();
            int index = k;
            rows.byCommune().forEach((commune, figures) -> counts.put(commune, figures.counts().get(index)));
            byProjection.add(counts);
        }
        addPlans(asOf, rank, idsFilter(scope, inScope), projections, natural, byProjection);
        Baseline baseline = baseline();
        List<Target> projected = targets().stream().filter(t -> Measure.of(t.getCode()).isProjected()).toList();
        List<List<TargetResult>> results = new ArrayList<>();
        for (int k = 0; k < projections.size(); k++) {
            results.add(judge(projected, inScope, byProjection.get(k), 0, baseline, projections.get(k).at()));
        }
        long unprojectable = rows.byCommune().values().stream().mapToLong(ProjectionKind.Projected::unprojectable).sum();
        return new Projections(results, unprojectable, rows.provisional());
    }

    /**
     * For each projection with a training plan, adds to its natural counts the plan's participants counted with the
     * plan less the same counted without it: the natural projection plus exactly the participants the plan moves.
     */
    private void addPlans(LocalDate asOf, int rank, Collection<Long> communeIds, List<RosterProjection> projections,
                          List<RosterProjection> natural, List<Map<Long, Counts>> byProjection) {
        Map<Long, List<Integer>> byPlan = new java.util.TreeMap<>();
        for (int k = 0; k < projections.size(); k++) {
            if (projections.get(k).plan() != null) {
                byPlan.computeIfAbsent(projections.get(k).plan(), plan -> new ArrayList<>()).add(k);
            }
        }
        byPlan.forEach((plan, indexes) -> {
            List<RosterProjection> both = new ArrayList<>();
            indexes.forEach(k -> both.add(projections.get(k)));
            indexes.forEach(k -> both.add(natural.get(k)));
            IndicatorQueries.ProjectedRows participants = queries.projectedCountsByCommune(asOf, rank, communeIds,
                    both, plan);
            for (int i = 0; i < indexes.size(); i++) {
                Map<Long, Counts> with = participants.counts().get(i);
                Map<Long, Counts> without = participants.counts().get(indexes.size() + i);
                Map<Long, Counts> counts = byProjection.get(indexes.get(i));
                with.forEach((commune, withPlan) -> counts.put(commune, counts.getOrDefault(commune, Counts.ZERO)
                        .plus(withPlan).minus(without.getOrDefault(commune, Counts.ZERO))));
            }
        });
    }

    /**
     * The cadres behind a projected target's numbers: its population at {@code asOf} (for a per-commune check, the
     * members of its numerator) with whether each leaves, reaches the numerator by training or ages out of it, as
     * {@link #project} counts them with the same projections.
     */
    public List<ProjectionMember> projectionMembers(String code, Scope scope, LocalDate asOf, RosterProjection leavers,
                                                    RosterProjection untrained, RosterProjection projected) {
        List<Commune> inScope = communesIn(scope);
        return queries.projectionMembers(asOf, planStandardRank(), idsFilter(scope, inScope), Measure.of(code),
                leavers, untrained, projected);
    }

    /**
     * The cadres of a target's population in the scope at {@code asOf}, each with whether it counts in the numerator
     * (for a per-commune check, the members of its numerator, all true).
     */
    public Map<Long, Boolean> membersToday(String code, Scope scope, LocalDate asOf) {
        List<Commune> inScope = communesIn(scope);
        return queries.membersToday(asOf, planStandardRank(), idsFilter(scope, inScope), Measure.of(code));
    }

    /**
     * What {@link #project} answers; {@code provisional}: some communes' counts are the last made before a change or
     * a new day, answered while the province is counted again ({@link KeptFigures}).
     */
    public record Projections(List<List<TargetResult>> results, long unprojectable, boolean provisional) {
    }

    /** Per-commune x and n of every target at a date, as stored by a freeze. */
    Map<Long, Map<String, long[]>> measurePerCommune(LocalDate asOf, int ratingYear) {
        Map<Long, Counts> counts = queries.countsByCommune(asOf, ratingYear, planStandardRank(), null);
        Map<Long, Map<String, long[]>> result = new HashMap<>();
        for (Commune commune : communes.findAll()) {
            Counts c = counts.getOrDefault(commune.getId(), Counts.ZERO);
            Map<String, long[]> byTarget = new LinkedHashMap<>();
            for (Measure measure : Measure.values()) {
                switch (measure.kind()) {
                    case RATIO -> byTarget.put(measure.name(),
                            new long[] {c.get(measure.numerator()), c.get(measure.denominator())});
                    case COMMUNE_CHECK -> byTarget.put(measure.name(),
                            new long[] {c.get(measure.numerator()) > 0 ? 1 : 0, 1});
                    case COURSES -> { }
                }
            }
            result.put(commune.getId(), byTarget);
        }
        return result;
    }

    long courses(LocalDate asOf) {
        return queries.courses(LocalDate.of(periodStartYear(), 1, 1), asOf);
    }

    private Overview compute(Scope scope, LocalDate asOf, Integer requestedYear, boolean perCommune,
                             boolean provisionalAllowed) {
        int ratingYear = requestedYear != null ? requestedYear : defaultRatingYear(asOf);
        List<Commune> inScope = communesIn(scope);
        Collection<Long> ids = idsFilter(scope, inScope);
        KeptFigures.Kept<Counts> live = countsByCommune(asOf, ratingYear, scope, inScope, provisionalAllowed);
        Map<Long, Counts> counts = live.byCommune();
        Baseline baseline = baseline();
        long courses = courses(asOf);
        List<Target> all = targets();

        List<TargetResult> scopeResults = judge(all, inScope, counts, courses, baseline, asOf);
        List<CommuneResults> communeResults = new ArrayList<>();
        List<Vacancy> vacancies = List.of();
        if (perCommune) {
            Map<Long, Map<Position, Integer>> approved = queries.approvedSeats(ids);
            Map<Long, Map<Position, Integer>> filled = filledFrom(counts);
            for (Commune commune : inScope) {
                communeResults.add(new CommuneResults(commune,
                        judge(all, List.of(commune), counts, courses, baseline, asOf),
                        sumVacancies(List.of(commune), approved, filled)));
            }
            vacancies = sumVacancies(inScope, approved, filled);
        }
        return new Overview(scope, asOf, ratingYear, false, scopeResults, communeResults, vacancies, live.provisional());
    }

    /** At the live date from the kept per-commune counts ({@link KeptFigures}), otherwise counted now. */
    private KeptFigures.Kept<Counts> countsByCommune(LocalDate asOf, int ratingYear, Scope scope, List<Commune> inScope,
                                                     boolean provisionalAllowed) {
        List<PoliticalTheoryStandard> all = standards.findAll();
        int rank = planStandardRank(all);
        if (kept.serves(asOf)) {
            return kept.read(countsKind, CountsKind.params(ratingYear, all, rank),
                    asOf, inScope.stream().map(Commune::getId).toList(), scope.isProvince(), provisionalAllowed);
        }
        return new KeptFigures.Kept<>(queries.countsByCommune(asOf, ratingYear, rank, idsFilter(scope, inScope)), false);
    }

    private List<TargetResult> judge(List<Target> all, List<Commune> inScope, Map<Long, Counts> counts, long courses,
                                     Baseline baseline, LocalDate asOf) {
        Counts sum = Counts.ZERO;
        for (Commune commune : inScope) {
            sum = sum.plus(counts.getOrDefault(commune.getId(), Counts.ZERO));
        }
        Set<Long> ids = inScope.stream().map(Commune::getId).collect(Collectors.toSet());
        List<TargetResult> results = new ArrayList<>();
        for (Target target : all) {
            Measure measure = Measure.of(target.getCode());
            long x;
            Long n;
            switch (measure.kind()) {
                case RATIO -> {
                    x = sum.get(measure.numerator());
                    n = sum.get(measure.denominator());
                }
                case COMMUNE_CHECK -> {
                    x = inScope.stream().filter(c -> counts.getOrDefault(c.getId(), Counts.ZERO)
                            .get(measure.numerator()) > 0).count();
                    n = (long) inScope.size();
                }
                default -> {
                    x = courses;
                    n = null;
                }
            }
            Double base = baseline == null ? null : baseline.value(target.getCode(), ids, measure);
            results.add(TargetEvaluator.evaluate(target, x, n, base, baseline == null ? null : baseline.date(), asOf));
        }
        return results;
    }

    /**
     * The first freeze is the baseline from which every required path starts. Frozen figures never change, so the
     * baseline is read once per first freeze and kept.
     */
    private Baseline baseline() {
        List<ReportingFreeze> all = freezes.findAllByOrderByAsOfDateAsc();
        if (all.isEmpty()) {
            return null;
        }
        ReportingFreeze first = all.getFirst();
        Baseline kept = keptBaseline;
        if (kept != null && kept.freezeId() == first.getId() && kept.date().equals(first.getAsOfDate())) {
            return kept;
        }
        kept = Baseline.of(first, frozenValues.findByFreezeId(first.getId()));
        keptBaseline = kept;
        return kept;
    }

    /** Per target: x and n per commune id, and the province-only figure (T9d). */
    private record Baseline(long freezeId, LocalDate date, Map<String, Map<Long, long[]>> byCommune,
                            Map<String, long[]> province) {

        static Baseline of(ReportingFreeze freeze, List<FrozenValue> values) {
            Map<String, Map<Long, long[]>> byCommune = new HashMap<>();
            Map<String, long[]> province = new HashMap<>();
            for (FrozenValue v : values) {
                long[] xn = v.getCommuneId() == null
                        ? province.computeIfAbsent(v.getTargetCode(), k -> new long[2])
                        : byCommune.computeIfAbsent(v.getTargetCode(), k -> new HashMap<>())
                                .computeIfAbsent(v.getCommuneId(), k -> new long[2]);
                xn[0] += v.getNumerator();
                xn[1] += v.getDenominator();
            }
            return new Baseline(freeze.getId(), freeze.getAsOfDate(), byCommune, province);
        }

        Double value(String code, Set<Long> communeIds, Measure measure) {
            if (measure.kind() == Measure.Kind.COURSES) {
                return (double) province.getOrDefault(code, new long[2])[0];
            }
            Map<Long, long[]> values = byCommune.getOrDefault(code, Map.of());
            long x = 0;
            long n = 0;
            for (Long id : communeIds) {
                long[] xn = values.get(id);
                if (xn != null) {
                    x += xn[0];
                    n += xn[1];
                }
            }
            return n == 0 ? null : (double) x / n;
        }
    }

    private static long[] sumFrozen(List<FrozenValue> values, Set<Long> communeIds, Measure measure) {
        long x = 0;
        long n = 0;
        for (FrozenValue v : values) {
            boolean counts = measure.kind() == Measure.Kind.COURSES ? v.getCommuneId() == null
                    : v.getCommuneId() != null && communeIds.contains(v.getCommuneId());
            if (counts) {
                x += v.getNumerator();
                n += v.getDenominator();
            }
        }
        return new long[] {x, n};
    }

    private static Road.Point point(LocalDate date, long x, Measure measure, long n, String label) {
        if (measure.kind() == Measure.Kind.COURSES) {
            return new Road.Point(date, x, null, (double) x, label);
        }
        return new Road.Point(date, x, n, n == 0 ? null : (double) x / n, label);
    }

    private List<Commune> communesIn(Scope scope) {
        // one commune: looked up by its code rather than filtered out of every commune of the country
        List<Commune> inScope = scope.isSingleCommune()
                ? communes.findByCode(scope.communeCode()).filter(scope::includes).stream().toList()
                : communes.findAll().stream().filter(scope::includes).toList();
        if (scope.isSingleCommune() && inScope.isEmpty()) {
            throw new UnknownCommuneException(scope.communeCode());
        }
        return inScope;
    }

    /** No IN list for the whole province: the queries then scan without it. */
    private static Collection<Long> idsFilter(Scope scope, List<Commune> inScope) {
        return scope.isProvince() ? null : inScope.stream().map(Commune::getId).toList();
    }

    private static List<Vacancy> sumVacancies(List<Commune> inScope, Map<Long, Map<Position, Integer>> approved,
                                              Map<Long, Map<Position, Integer>> filled) {
        List<Vacancy> result = new ArrayList<>();
        for (Position position : Position.values()) {
            int a = 0;
            int f = 0;
            for (Commune commune : inScope) {
                a += approved.getOrDefault(commune.getId(), Map.of()).getOrDefault(position, 0);
                f += filled.getOrDefault(commune.getId(), Map.of()).getOrDefault(position, 0);
            }
            result.add(new Vacancy(position, a, f));
        }
        return result;
    }

    private static Map<Long, Map<Position, Integer>> filledFrom(Map<Long, Counts> counts) {
        Map<Long, Map<Position, Integer>> filled = new HashMap<>();
        counts.forEach((commune, c) -> {
            Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
            for (Position position : Position.values()) {
                byPosition.put(position, (int) c.get(Counter.filled(position)));
            }
            filled.put(commune, byPosition);
        });
        return filled;
    }

    /** Planning-pool members are judged against the least demanding key-title standard (TRUNG_CAP by default). */
    private int planStandardRank() {
        return planStandardRank(standards.findAll());
    }

    private static int planStandardRank(List<PoliticalTheoryStandard> all) {
        return all.stream().map(PoliticalTheoryStandard::getMinLevel)
                .mapToInt(PoliticalTheoryStandard::rank).min()
                .orElse(PoliticalTheoryStandard.rank(PoliticalTheory.TRUNG_CAP));
    }

    private int periodStartYear() {
        return targets.findById(Measure.T9d.name()).map(Target::getBaselineYear).orElse(2026);
    }
}
