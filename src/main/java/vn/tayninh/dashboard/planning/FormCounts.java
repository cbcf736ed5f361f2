package vn.tayninh.dashboard.planning;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import vn.tayninh.dashboard.position.Position;

/**
 * The cells of Biểu 9C or 12C: per commune, per title and per {@link FormRow}, a head count (9C: persons holding the
 * title; 12C: planning entries, "lượt người", so a person planned for three titles is in three columns).
 */
public final class FormCounts {

    private final Map<Long, Map<Position, long[]>> byCommune = new HashMap<>();
    private final Map<Long, Long> unknownTitles = new HashMap<>();

    void addUnknown(long communeId, long count) {
        unknownTitles.merge(communeId, count, Long::sum);
    }

    /** Biểu 12C: the entries in effect whose title is not known (made from the old flags), in no column. */
    public long unknownTitles(Collection<Long> communeIds) {
        return communeIds.stream().mapToLong(id -> unknownTitles.getOrDefault(id, 0L)).sum();
    }

    void add(long communeId, Position title, FormRow row, long count) {
        byCommune.computeIfAbsent(communeId, k -> new EnumMap<>(Position.class))
                .computeIfAbsent(title, k -> new long[FormRow.values().length])[row.ordinal()] += count;
    }

    /** The cell of {@code title} and {@code row} summed over the communes given. */
    public long count(Collection<Long> communeIds, Position title, FormRow row) {
        long sum = 0;
        for (Long id : communeIds) {
            long[] cells = byCommune.getOrDefault(id, Map.of()).get(title);
            if (cells != null) {
                sum += cells[row.ordinal()];
            }
        }
        return sum;
    }
}
