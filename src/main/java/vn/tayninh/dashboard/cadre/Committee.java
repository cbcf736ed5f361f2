package vn.tayninh.dashboard.cadre;

import java.util.Collection;
import java.util.Set;
import vn.tayninh.dashboard.position.Position;

/** Party-committee membership as written in import files; BTV members are also BCH members. */
public enum Committee {
    NONE,
    BCH,
    BTV;

    /** The membership that the seats held amount to. */
    public static Committee of(Collection<Position> held) {
        return held.contains(Position.BTV) ? BTV : held.contains(Position.BCH) ? BCH : NONE;
    }

    /** The committee seats a member holds. */
    public Set<Position> seats() {
        return switch (this) {
            case NONE -> Set.of();
            case BCH -> Set.of(Position.BCH);
            case BTV -> Set.of(Position.BCH, Position.BTV);
        };
    }
}
