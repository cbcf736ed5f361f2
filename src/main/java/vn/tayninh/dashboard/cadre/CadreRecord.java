package vn.tayninh.dashboard.cadre;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import vn.tayninh.dashboard.position.Position;

/**
 * A cadre record with the key titles and committee seats it holds at a date and its ratings by year: what one
 * line of a roster file says about a cadre. {@code planned} is what the file's planning column says — each entry as
 * {@code <title code or SOURCE> <term code>} ({@code BI_THU 2030-2035}), read by the planning feature — or null when
 * the file has no such column.
 */
public record CadreRecord(Cadre cadre, Set<Position> positions, SortedMap<Integer, Rating> ratings,
                          @Nullable List<String> planned) {

    public CadreRecord {
        positions = positions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(positions));
        ratings = Collections.unmodifiableSortedMap(new TreeMap<>(ratings));
        planned = planned == null ? null : List.copyOf(planned);
    }

    public CadreRecord(Cadre cadre, Set<Position> positions, SortedMap<Integer, Rating> ratings) {
        this(cadre, positions, ratings, null);
    }

    /** The same record with the planning entries the export writes. */
    public CadreRecord withPlanned(List<String> entries) {
        return new CadreRecord(cadre, positions, ratings, entries);
    }
}
