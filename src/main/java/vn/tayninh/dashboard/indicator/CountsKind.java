package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Each commune's counters ({@link IndicatorQueries#countsByCommune}) at a rating year and set of political-theory
 * standards, kept by {@link KeptFigures}: what every target's x and n are summed from.
 */
@Component
class CountsKind implements KeptKind<CountsKind.Params, Counts> {

    static final String NAME = "counts";
    private static final String SIGNATURE = "c" + Integer.toHexString(Arrays.stream(Counter.values())
            .map(Counter::name).collect(Collectors.joining(",")).hashCode());

    private final IndicatorQueries queries;

    CountsKind(IndicatorQueries queries) {
        this.queries = queries;
    }

    /** The rating year counted (T6), the planning pool's standard rank and the key of every standard. */
    record Params(int ratingYear, int planStandardRank, String standards) {
    }

    static Params params(int ratingYear, List<PoliticalTheoryStandard> standards, int planStandardRank) {
        return new Params(ratingYear, planStandardRank, standardsKey(standards, planStandardRank));
    }

    /** The standard of every key title and the planning pool's rank: counts depend on them. */
    static String standardsKey(List<PoliticalTheoryStandard> standards, int planStandardRank) {
        return standards.stream()
                .sorted(Comparator.comparing(s -> s.getPosition().name()))
                .map(s -> s.getPosition().name() + "=" + s.getMinLevel().name())
                .collect(Collectors.joining(",", "", ";" + planStandardRank));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String variant(Params params) {
        return params.ratingYear() + ";" + params.standards();
    }

    @Override
    public Params params(String variant) {
        try {
            int first = variant.indexOf(';');
            return new Params(Integer.parseInt(variant.substring(0, first)),
                    Integer.parseInt(variant.substring(variant.lastIndexOf(';') + 1)), variant.substring(first + 1));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public Map<Long, Counts> count(LocalDate asOf, Params params, Collection<Long> communeIds) {
        return queries.countsByCommune(asOf, params.ratingYear(), params.planStandardRank(), communeIds);
    }

    @Override
    public Counts none(Params params) {
        return Counts.ZERO;
    }

    @Override
    public String signature() {
        return SIGNATURE;
    }

    @Override
    public void write(Counts figures, KeptText.Writer out) {
        for (Counter counter : Counter.values()) {
            out.number(figures.get(counter));
        }
    }

    @Override
    public Counts read(KeptText.Reader in) {
        long[] values = new long[Counter.values().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.number();
        }
        return Counts.of(values);
    }
}
