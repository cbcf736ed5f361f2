package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A kind of figures kept per commune and roster version by {@link KeptFigures}: what it counts, with which
 * parameters, and how its figures are written in the one text form ({@link KeptText}). A new kind of figures
 * (counted from a commune's records, changed only by writes that bump the commune's roster version, or by the date)
 * is a bean implementing this; its figures are then stored, read, brought up to date after every write, counted
 * again at a start and at 00:01 like every other kind.
 *
 * @param <P> the parameters the figures are counted with (a rating year, standards, projections); one stored row per
 *            commune and set of parameters ({@link #variant})
 * @param <T> one commune's figures; never changed once made (shared between threads)
 */
public interface KeptKind<P, T> {

    /** Stored in each row; at most 16 characters. */
    String name();

    /** The parameters as text: rows with equal text are figures counted the same way. */
    String variant(P params);

    /** The parameters back from {@link #variant}'s text (to count them again after a start); null when unreadable. */
    P params(String variant);

    /** Each commune's figures at {@code asOf} counted from the records now, for the given communes (null: all). */
    Map<Long, T> count(LocalDate asOf, P params, Collection<Long> communeIds);

    /** The figures of a commune that has nothing to count. */
    T none(P params);

    /** The names of the figures' parts in their order: rows written with another signature are counted again. */
    String signature();

    void write(T figures, KeptText.Writer out);

    /** Throws {@link IllegalArgumentException} when the tokens do not fit. */
    T read(KeptText.Reader in);

    /**
     * Other communes whose figures a change of this commune's figures from {@code before} (null: unknown) to
     * {@code after} may have changed too (the possible duplicates across communes); none by default.
     */
    default Set<Long> alsoAffected(T before, T after) {
        return Set.of();
    }

    /** Whether {@link #alsoAffected} may name other communes (the figures before a write are then read first). */
    default boolean reachesOtherCommunes() {
        return false;
    }
}
