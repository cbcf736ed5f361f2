package vn.tayninh.dashboard.indicator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The communes whose kept figures of a kind were counted so far, by whom (metric {@code kept.recount.communes}). */
public final class KeptCounted {

    public static final String READER = "reader";
    public static final String WRITER = "writer";
    public static final String BACKGROUND = "background";

    private KeptCounted() {
    }

    public static double communes(MeterRegistry meters, String kind, String by) {
        Counter counter = meters.find("kept.recount.communes").tag("kind", kind).tag("by", by).counter();
        return counter == null ? 0 : counter.count();
    }
}
