package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Each commune's projected counts ({@link IndicatorQueries#projectedCountsByCommune}) for a list of projections,
 * kept by {@link KeptFigures}. The roster as it stands at the as-of date is written without its date, so that the
 * variant of one projection stays the same from one day to the next (the figures of the day before are then the
 * earlier figures a read may show, marked provisional, while the province is counted again).
 */
@Component
class ProjectionKind implements KeptKind<ProjectionKind.Params, ProjectionKind.Projected> {

    static final String NAME = "projection";
    private static final String SIGNATURE = "p" + Integer.toHexString(Arrays.stream(Counter.values())
            .map(Counter::name).collect(Collectors.joining(",")).hashCode());

    private final IndicatorQueries queries;

    ProjectionKind(IndicatorQueries queries) {
        this.queries = queries;
    }

    /**
     * The planning pool's standard rank, the standards' key and the projections (the current roster without date);
     * natural projections only: one with a training plan is counted over the plan's participants on top of them.
     */
    record Params(int planStandardRank, String standards, List<RosterProjection> projections) {
    }

    /** One commune's counts per projection, and its records that cannot be projected. */
    record Projected(List<Counts> counts, long unprojectable) {
    }

    static Params params(int planStandardRank, String standards, List<RosterProjection> projections) {
        return new Params(planStandardRank, standards, projections.stream().map(p -> isCurrent(p)
                ? new RosterProjection(null, null, null, false, false, false) : p).toList());
    }

    private static boolean isCurrent(RosterProjection p) {
        return p.menLeaveIfBornBy() == null && p.womenLeaveIfBornBy() == null && !p.leaving() && !p.aged()
                && !p.trained();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String variant(Params params) {
        return params.planStandardRank() + "|" + params.standards() + "|" + params.projections().stream()
                .map(p -> text(p.at()) + "," + text(p.menLeaveIfBornBy()) + "," + text(p.womenLeaveIfBornBy()) + ","
                        + p.leaving() + "," + p.aged() + "," + p.trained())
                .collect(Collectors.joining(";"));
    }

    @Override
    public Params params(String variant) {
        try {
            String[] parts = variant.split("\\|", -1);
            List<RosterProjection> projections = new ArrayList<>();
            for (String text : parts[2].split(";")) {
                String[] f = text.split(",", -1);
                projections.add(new RosterProjection(date(f[0]), date(f[1]), date(f[2]), Boolean.parseBoolean(f[3]),
                        Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5])));
            }
            return new Params(Integer.parseInt(parts[0]), parts[1], List.copyOf(projections));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public Map<Long, Projected> count(LocalDate asOf, Params params, Collection<Long> communeIds) {
        List<RosterProjection> projections = params.projections().stream()
                .map(p -> isCurrent(p) ? RosterProjection.current(asOf) : p).toList();
        IndicatorQueries.ProjectedRows rows = queries.projectedCountsByCommune(asOf, params.planStandardRank(),
                communeIds, projections);
        Map<Long, Projected> result = new HashMap<>();
        java.util.Set<Long> communes = new java.util.HashSet<>(rows.unprojectable().keySet());
        rows.counts().forEach(byCommune -> communes.addAll(byCommune.keySet()));
        for (Long commune : communes) {
            List<Counts> counts = new ArrayList<>();
            for (Map<Long, Counts> byCommune : rows.counts()) {
                counts.add(byCommune.getOrDefault(commune, Counts.ZERO));
            }
            result.put(commune, new Projected(List.copyOf(counts), rows.unprojectable().getOrDefault(commune, 0L)));
        }
        return result;
    }

    @Override
    public Projected none(Params params) {
        return new Projected(Collections.nCopies(params.projections().size(), Counts.ZERO), 0);
    }

    @Override
    public String signature() {
        return SIGNATURE;
    }

    @Override
    public void write(Projected figures, KeptText.Writer out) {
        out.number(figures.unprojectable()).number(figures.counts().size());
        for (Counts counts : figures.counts()) {
            for (Counter counter : Counter.values()) {
                out.number(counts.get(counter));
            }
        }
    }

    @Override
    public Projected read(KeptText.Reader in) {
        long unprojectable = in.number();
        List<Counts> counts = new ArrayList<>();
        for (long n = in.number(); n > 0; n--) {
            long[] values = new long[Counter.values().length];
            for (int i = 0; i < values.length; i++) {
                values[i] = in.number();
            }
            counts.add(Counts.of(values));
        }
        return new Projected(List.copyOf(counts), unprojectable);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
