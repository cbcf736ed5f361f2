package vn.tayninh.dashboard.cadre;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.tayninh.dashboard.position.Position;

/**
 * A cadre record with the key titles and committee seats it holds at a date and its ratings by year: what one
 * line of a roster file says about a cadre.
 */
public record CadreRecord(Cadre cadre, Set<Position> positions, SortedMap<Integer, Rating> ratings) {

    public CadreRecord {
        positions = positions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(positions));
        ratings = Collections.unmodifiableSortedMap(new TreeMap<>(ratings));
    }
}
