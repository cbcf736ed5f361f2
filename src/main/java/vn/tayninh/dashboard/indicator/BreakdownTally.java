package vn.tayninh.dashboard.indicator;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.IndicatorQueries.BreakdownRow;

/**
 * Sums head counts into {@link Breakdowns}: groups of cadres as the database counts them, or other tallies (one
 * commune's stored breakdowns). Also the text form of one commune's breakdowns in {@code live_breakdowns}. Not
 * thread-safe; {@link #result()} ends its use.
 */
final class BreakdownTally {

    /** First line of the text form; rows written by another version of the application are recounted. */
    private static final String HEADER = "breakdowns-1";
    private static final String AGE_BY_GENDER = "AGE_GENDER";
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
     * The text form: a header line, then one line per population and dimension,
     * {@code POPULATION:DIMENSION:key=count;key=count}; age by gender keys are {@code band/gender}. Keys are
     * escaped ({@code %XX}) where they hold a separator.
     */
    String format() {
        StringBuilder text = new StringBuilder(HEADER);
        counts.forEach((population, dimensions) -> dimensions.forEach((dimension, keys) ->
                line(text, population, dimension.name(), keys)));
        ageByGender.forEach((population, bands) -> {
            Map<String, Long> keys = new HashMap<>();
            bands.forEach((band, genders) -> genders.forEach((gender, n) ->
                    keys.put(escape(band) + "/" + escape(gender), n)));
            line(text, population, AGE_BY_GENDER, keys);
        });
        return text.toString();
    }

    /** Null when the text is not in the form {@link #format()} writes. */
    static BreakdownTally parse(String text) {
        if (text == null || !text.startsWith(HEADER)) {
            return null;
        }
        BreakdownTally tally = new BreakdownTally();
        try {
            int lineStart = text.indexOf('\n');
            while (lineStart >= 0) {
                int lineEnd = text.indexOf('\n', lineStart + 1);
                String line = text.substring(lineStart + 1, lineEnd < 0 ? text.length() : lineEnd);
                int first = line.indexOf(':');
                int second = line.indexOf(':', first + 1);
                if (first < 0 || second < 0) {
                    return null;
                }
                Population population = Population.valueOf(line.substring(0, first));
                String dimensionName = line.substring(first + 1, second);
                boolean ages = dimensionName.equals(AGE_BY_GENDER);
                Map<String, Long> keys = ages ? null : tally.byDimension(population)
                        .computeIfAbsent(Dimension.valueOf(dimensionName), d -> new HashMap<>());
                for (String pair : line.substring(second + 1).split(";")) {
                    int equals = pair.lastIndexOf('=');
                    long n = Long.parseLong(pair.substring(equals + 1));
                    String key = pair.substring(0, equals);
                    if (ages) {
                        int slash = key.indexOf('/');
                        tally.addAgeByGender(population, unescape(key.substring(0, slash)),
                                unescape(key.substring(slash + 1)), n);
                    } else {
                        keys.merge(unescape(key), n, Long::sum);
                    }
                }
                lineStart = lineEnd;
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
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

    private static void line(StringBuilder text, Population population, String dimension, Map<String, Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        text.append('\n').append(population.name()).append(':').append(dimension).append(':');
        boolean first = true;
        for (Map.Entry<String, Long> entry : keys.entrySet()) {
            text.append(first ? "" : ";").append(dimension.equals(AGE_BY_GENDER) ? entry.getKey() : escape(entry.getKey()))
                    .append('=').append(entry.getValue());
            first = false;
        }
    }

    private static final String SEPARATORS = "%:;=/\n\r";

    private static String escape(String key) {
        StringBuilder escaped = null;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0) {
                if (escaped == null) {
                    escaped = new StringBuilder(key.substring(0, i));
                }
                escaped.append('%').append(String.format("%02X", (int) c));
            } else if (escaped != null) {
                escaped.append(c);
            }
        }
        return escaped == null ? key : escaped.toString();
    }

    private static String unescape(String key) {
        if (key.indexOf('%') < 0) {
            return key;
        }
        StringBuilder plain = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '%') {
                plain.append((char) Integer.parseInt(key.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }
}
