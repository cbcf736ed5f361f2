package vn.tayninh.dashboard.planning;

import java.util.Optional;
import vn.tayninh.dashboard.position.Position;

/**
 * The titles a person is planned for, with their ranks for the rule "only a higher title than the highest held"
 * (docs/planning.md): {@code BCH} 1 &lt; {@code BTV} 2 &lt; {@code PCT_HDND}, {@code PCT_UBND} 3 &lt; {@code CT_HDND},
 * {@code CT_UBND}, {@code PHO_BI_THU_TT} 4 &lt; {@code BI_THU} 5. Two more values stand for an entry whose title is not
 * known — the entries made from the old yes/no flags, which said "a key title" or "a committee seat" but not which:
 * they count in the pools like their group, are shown on the data-quality work list, and no new entry takes them.
 */
public enum PlannedTitle {
    BI_THU(5, true, false),
    PHO_BI_THU_TT(4, true, false),
    CT_HDND(4, true, false),
    CT_UBND(4, true, false),
    PCT_HDND(3, true, false),
    PCT_UBND(3, true, true),
    BTV(2, false, true),
    BCH(1, false, true),
    /** A key title, which one not known (from the flag {@code planned_key_title}). */
    KEY_UNKNOWN(0, true, false),
    /** A party-committee seat, which one not known (from the flag {@code planned_committee}). */
    COMMITTEE_UNKNOWN(0, false, false);

    /** The titles whose codes mean "not known", as SQL, for the counts and the data-quality check. */
    public static final String UNKNOWN_SQL = "('KEY_UNKNOWN', 'COMMITTEE_UNKNOWN')";

    private final int rank;
    private final boolean key;
    private final boolean severalSeats;

    PlannedTitle(int rank, boolean key, boolean severalSeats) {
        this.rank = rank;
        this.key = key;
        this.severalSeats = severalSeats;
    }

    /** The rank for "higher"; 0 for an unknown title. */
    public int rank() {
        return rank;
    }

    /** One of the six key titles (or a key title not known): counted in {@code PLAN_KEY}. */
    public boolean isKey() {
        return key;
    }

    /** A title with several seats per commune ({@code PCT_UBND}, {@code BTV}, {@code BCH}). */
    public boolean hasSeveralSeats() {
        return severalSeats;
    }

    public boolean isUnknown() {
        return this == KEY_UNKNOWN || this == COMMITTEE_UNKNOWN;
    }

    /** The translation key of the title's name: the position's, or the words for a title not known. */
    public String labelKey() {
        return isUnknown() ? "planningPage.title." + name() : "position." + name();
    }

    /** The position of the same code; empty for an unknown title. */
    public Optional<Position> position() {
        return isUnknown() ? Optional.empty() : Optional.of(Position.valueOf(name()));
    }

    /** The rank of a position held, on the same scale. */
    public static int rankOf(Position position) {
        return valueOf(position.name()).rank;
    }
}
