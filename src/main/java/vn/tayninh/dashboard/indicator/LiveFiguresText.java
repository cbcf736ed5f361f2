package vn.tayninh.dashboard.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How the stored live figures are written as text in their rows: the counters ({@code NAME=value,…}), the ratings
 * per year ({@code year=rated/well;…}) and the key of the political-theory standards they were counted with. A row
 * that does not read back (written by another version of the application) is recounted.
 */
final class LiveFiguresText {

    private LiveFiguresText() {
    }

    /** The standard of every key title and the planning pool's rank: counts depend on them. */
    static String standardsKey(List<PoliticalTheoryStandard> standards, int planStandardRank) {
        return standards.stream()
                .sorted(Comparator.comparing(s -> s.getPosition().name()))
                .map(s -> s.getPosition().name() + "=" + s.getMinLevel().name())
                .collect(Collectors.joining(",", "", ";" + planStandardRank));
    }

    static String format(Counts counts) {
        StringBuilder text = new StringBuilder();
        for (Counter counter : Counter.values()) {
            text.append(text.isEmpty() ? "" : ",").append(counter.name()).append('=').append(counts.get(counter));
        }
        return text.toString();
    }

    /** {@code year=rated/well;…} */
    static String formatRatings(Map<Integer, long[]> ratings) {
        StringBuilder text = new StringBuilder();
        ratings.forEach((year, counts) -> text.append(text.isEmpty() ? "" : ";")
                .append(year).append('=').append(counts[0]).append('/').append(counts[1]));
        return text.toString();
    }

    /** Null when not in the form {@link #formatRatings} writes. */
    static Map<Integer, long[]> parseRatings(String text) {
        Map<Integer, long[]> ratings = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return ratings;
        }
        try {
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                int slash = pair.indexOf('/', equals);
                ratings.put(Integer.parseInt(pair.substring(0, equals)), new long[] {
                        Long.parseLong(pair.substring(equals + 1, slash)), Long.parseLong(pair.substring(slash + 1))});
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
        return ratings;
    }

    /** Null when a counter is missing or unknown (rows written by another version of the application). */
    static Counts parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long[] values = new long[Counter.values().length];
        boolean[] seen = new boolean[values.length];
        int found = 0;
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            Counter counter;
            try {
                counter = Counter.valueOf(pair.substring(0, Math.max(equals, 0)));
                values[counter.ordinal()] = Long.parseLong(pair.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!seen[counter.ordinal()]) {
                seen[counter.ordinal()] = true;
                found++;
            }
        }
        return found == values.length ? Counts.of(values) : null;
    }
}
