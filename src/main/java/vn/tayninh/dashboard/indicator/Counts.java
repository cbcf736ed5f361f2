package vn.tayninh.dashboard.indicator;

import java.util.Arrays;

/** One commune's (or a sum of communes') counters. Immutable. */
public final class Counts {

    public static final Counts ZERO = new Counts(new long[Counter.values().length]);

    private final long[] values;

    private Counts(long[] values) {
        this.values = values;
    }

    static Counts of(long[] values) {
        if (values.length != Counter.values().length) {
            throw new IllegalArgumentException("expected " + Counter.values().length + " counters");
        }
        return new Counts(values.clone());
    }

    public long get(Counter counter) {
        return values[counter.ordinal()];
    }

    public Counts plus(Counts other) {
        long[] sum = values.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.values[i];
        }
        return new Counts(sum);
    }

    /** These counters less another's (what a part of the roster adds to them). */
    public Counts minus(Counts other) {
        long[] difference = values.clone();
        for (int i = 0; i < difference.length; i++) {
            difference[i] -= other.values[i];
        }
        return new Counts(difference);
    }

    Counts with(Counter counter, long value) {
        long[] copy = values.clone();
        copy[counter.ordinal()] = value;
        return new Counts(copy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Counts{");
        for (Counter c : Counter.values()) {
            text.append(c).append('=').append(values[c.ordinal()]).append(c.ordinal() + 1 < values.length ? ", " : "}");
        }
        return text.toString();
    }
}
