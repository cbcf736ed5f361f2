package vn.tayninh.dashboard.indicator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.IndicatorQueries.BreakdownRow;

/**
 * Sums head counts into {@link Breakdowns}: groups of cadres as the database counts them, or other tallies (one
 * commune's stored breakdowns). Also one commune's kept breakdowns ({@link BreakdownsKind}). Not
 * thread-safe; {@link #result()} ends its use.
 */
final class BreakdownTally {

    /** The shape of the text form: rows written with another are counted again. */
    static final String SIGNATURE = "b" + Integer.toHexString((java.util.Arrays.toString(Population.values())
            + java.util.Arrays.toString(Dimension.values())).hashCode());
    private static final String UNKNOWN = "UNKNOWN";

    private final Map<Population, Map<Dimension, Map<String, Long>>> counts = new EnumMap<>(Population.class);
    private final Map<Population, Map<String, Map<String, Long>>> ageByGender = new EnumMap<>(Population.class);

    /** Adds a group of cadres to every population it belongs to. */
    void add(BreakdownRow row) {
        for (Population population : row.populations()) {
            Map<Dimension, Map<String, Long>> byDimension = byDimension(population);
            add(byDimension, Dimension.EDUCATION, row.education(), row.count());
            add(byDimension, Dimension.POLITICAL_THEORY, row.politicalTheory(), row.count());
            add(byDimension, Dimension.AGE_BAND, row.ageBand(), row.count());
            add(byDimension, Dimension.GENDER, row.gender(), row.count());
            add(byDimension, Dimension.ETHNICITY, row.ethnicity(), row.count());
            add(byDimension, Dimension.BLOC, row.bloc(), row.count());
            addAgeByGender(population, row.ageBand(), row.gender(), row.count());
        }
    }

    /** Adds {@code n} cadres of the population with {@code key} (null: unknown) in one dimension; nothing when 0. */
    void add(Population population, Dimension dimension, String key, long n) {
        if (n != 0) {
            add(byDimension(population), dimension, key, n);
        }
    }

    /** Adds {@code n} cadres of the population in an age band with a gender (null: unknown); nothing when 0. */
    void addAgeAndGender(Population population, String band, String gender, long n) {
        if (n != 0) {
            addAgeByGender(population, band, gender, n);
        }
    }

    /** Adds another tally (left unchanged). */
    void add(BreakdownTally other) {
        other.counts.forEach((population, dimensions) -> {
            Map<Dimension, Map<String, Long>> byDimension = byDimension(population);
            dimensions.forEach((dimension, keys) -> keys.forEach((key, n) -> add(byDimension, dimension, key, n)));
        });
        other.ageByGender.forEach((population, bands) -> bands.forEach((band, genders) ->
                genders.forEach((gender, n) -> addAgeByGender(population, band, gender, n))));
    }

    /** The breakdowns summed so far, keys in order. */
    Breakdowns result() {
        Map<Population, Map<Dimension, Map<String, Long>>> sortedCounts = new EnumMap<>(Population.class);
        counts.forEach((population, dimensions) -> {
            Map<Dimension, Map<String, Long>> sorted = new EnumMap<>(Dimension.class);
            dimensions.forEach((dimension, keys) -> sorted.put(dimension, new TreeMap<>(keys)));
            sortedCounts.put(population, sorted);
        });
        Map<Population, Map<String, Map<String, Long>>> sortedAges = new EnumMap<>(Population.class);
        ageByGender.forEach((population, bands) -> {
            Map<String, Map<String, Long>> sorted = new TreeMap<>();
            bands.forEach((band, genders) -> sorted.put(band, new TreeMap<>(genders)));
            sortedAges.put(population, sorted);
        });
        return new Breakdowns(sortedCounts, sortedAges);
    }

    /**
     * Written in the kept figures' text form ({@link KeptText}): the number of (population, dimension) groups, each
     * with its number of keys and the keys with their counts; then the age-by-gender counts as (population, band,
     * gender, count).
     */
    void write(KeptText.Writer out) {
        int groups = 0;
        for (Map<Dimension, Map<String, Long>> dimensions : counts.values()) {
            groups += dimensions.size();
        }
        out.number(groups);
        counts.forEach((population, dimensions) -> dimensions.forEach((dimension, keys) -> {
            out.word(population.name()).word(dimension.name()).number(keys.size());
            keys.forEach((key, n) -> out.word(key).number(n));
        }));
        int ages = 0;
        for (Map<String, Map<String, Long>> bands : ageByGender.values()) {
            for (Map<String, Long> genders : bands.values()) {
                ages += genders.size();
            }
        }
        out.number(ages);
        ageByGender.forEach((population, bands) -> bands.forEach((band, genders) -> genders.forEach((gender, n) ->
                out.word(population.name()).word(band).word(gender).number(n))));
    }

    /** Read back from what {@link #write} wrote; throws {@link IllegalArgumentException} when it does not fit. */
    static BreakdownTally read(KeptText.Reader in) {
        BreakdownTally tally = new BreakdownTally();
        for (long groups = in.number(); groups > 0; groups--) {
            Population population = Population.valueOf(in.word());
            Map<String, Long> keys = tally.byDimension(population)
                    .computeIfAbsent(Dimension.valueOf(in.word()), d -> new HashMap<>());
            for (long n = in.number(); n > 0; n--) {
                keys.merge(in.word(), in.number(), Long::sum);
            }
        }
        for (long ages = in.number(); ages > 0; ages--) {
            Population population = Population.valueOf(in.word());
            String band = in.word();
            tally.addAgeByGender(population, band, in.word(), in.number());
        }
        return tally;
    }

    private Map<Dimension, Map<String, Long>> byDimension(Population population) {
        return counts.computeIfAbsent(population, p -> new EnumMap<>(Dimension.class));
    }

    private static void add(Map<Dimension, Map<String, Long>> byDimension, Dimension dimension, String key, long n) {
        byDimension.computeIfAbsent(dimension, d -> new HashMap<>()).merge(key == null ? UNKNOWN : key, n, Long::sum);
    }

    private void addAgeByGender(Population population, String band, String gender, long n) {
        ageByGender.computeIfAbsent(population, p -> new HashMap<>())
                .computeIfAbsent(band, b -> new HashMap<>())
                .merge(gender == null ? UNKNOWN : gender, n, Long::sum);
    }
}
