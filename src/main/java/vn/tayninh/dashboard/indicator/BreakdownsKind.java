package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Each commune's breakdowns ({@link IndicatorQueries#breakdownsByCommune}) and ratings per year
 * ({@link IndicatorQueries#ratingsByYearByCommune}), kept by {@link KeptFigures}. Neither depends on a rating year or
 * on the standards: one variant.
 */
@Component
class BreakdownsKind implements KeptKind<String, BreakdownsKind.Figures> {

    static final String NAME = "breakdowns";
    static final String ONLY = "";

    private final IndicatorQueries queries;

    BreakdownsKind(IndicatorQueries queries) {
        this.queries = queries;
    }

    /** One commune's breakdowns and ratings per year (rated, rated well). */
    record Figures(BreakdownTally breakdowns, Map<Integer, long[]> ratings) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String variant(String params) {
        return ONLY;
    }

    @Override
    public String params(String variant) {
        return ONLY;
    }

    @Override
    public Map<Long, Figures> count(LocalDate asOf, String params, Collection<Long> communeIds) {
        Map<Long, BreakdownTally> breakdowns = queries.breakdownsByCommune(asOf, communeIds);
        Map<Long, Map<Integer, long[]>> ratings = queries.ratingsByYearByCommune(asOf, communeIds);
        Map<Long, Figures> figures = new HashMap<>();
        breakdowns.forEach((commune, tally) -> figures.put(commune,
                new Figures(tally, ratings.getOrDefault(commune, Map.of()))));
        ratings.forEach((commune, years) -> figures.putIfAbsent(commune, new Figures(new BreakdownTally(), years)));
        return figures;
    }

    @Override
    public Figures none(String params) {
        return new Figures(new BreakdownTally(), Map.of());
    }

    @Override
    public String signature() {
        return BreakdownTally.SIGNATURE;
    }

    @Override
    public void write(Figures figures, KeptText.Writer out) {
        figures.breakdowns().write(out);
        out.number(figures.ratings().size());
        figures.ratings().forEach((year, counts) -> out.number(year).number(counts[0]).number(counts[1]));
    }

    @Override
    public Figures read(KeptText.Reader in) {
        BreakdownTally breakdowns = BreakdownTally.read(in);
        Map<Integer, long[]> ratings = new TreeMap<>();
        for (long n = in.number(); n > 0; n--) {
            ratings.put((int) in.number(), new long[] {in.number(), in.number()});
        }
        return new Figures(breakdowns, ratings);
    }
}
