package vn.tayninh.dashboard.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request's latency by kind, the errors (anything but the expected answer, including time-outs and broken
 * connections) and the version conflicts that were retried, which are not errors.
 */
final class Recorder {

    private final Map<String, Samples> samples = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();
    private final ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();

    void record(String kind, long nanos) {
        samples.computeIfAbsent(kind, k -> new Samples()).add(nanos);
    }

    void error(String kind, String what) {
        errors.incrementAndGet();
        samples.computeIfAbsent(kind, k -> new Samples()).errors.incrementAndGet();
        if (firstErrors.size() < 30) {
            firstErrors.add(kind + ": " + what);
        }
    }

    void conflict() {
        conflicts.incrementAndGet();
    }

    long errors() {
        return errors.get();
    }

    long conflicts() {
        return conflicts.get();
    }

    List<String> firstErrors() {
        return List.copyOf(firstErrors);
    }

    long requests() {
        return samples.values().stream().mapToLong(Samples::count).sum();
    }

    /** Kind → latency summary, sorted by kind. */
    Map<String, Summary> summaries() {
        Map<String, Summary> result = new TreeMap<>();
        samples.forEach((kind, s) -> result.put(kind, s.summary()));
        return result;
    }

    /** All requests together. */
    Summary overall() {
        Samples all = new Samples();
        samples.values().forEach(s -> {
            synchronized (s) {
                for (int i = 0; i < s.size; i++) {
                    all.add(s.values[i]);
                }
            }
            all.errors.addAndGet(s.errors.get());
        });
        return all.summary();
    }

    record Summary(long count, long errors, double p50, double p95, double p99, double max) {
    }

    private static final class Samples {
        private long[] values = new long[1024];
        private int size;
        private final AtomicLong errors = new AtomicLong();

        synchronized void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = nanos;
        }

        synchronized long count() {
            return size;
        }

        synchronized Summary summary() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return new Summary(size, errors.get(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99),
                    size == 0 ? 0 : sorted[size - 1] / 1e6);
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double millis(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    static List<String> table(Map<String, Summary> summaries, Summary overall, double seconds) {
        List<String> lines = new ArrayList<>();
        lines.add("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        summaries.forEach((kind, s) -> lines.add(row(kind, s)));
        lines.add(row("**all** (" + String.format("%.1f", overall.count() / seconds) + " requests/s)", overall));
        return lines;
    }

    private static String row(String kind, Summary s) {
        return String.format("| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |", kind, s.count(), s.errors(), s.p50(), s.p95(),
                s.p99(), s.max());
    }
}
