package vn.tayninh.dashboard.indicator;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Each commune's projected counts ({@link IndicatorQueries#projectedCountsByCommune}) kept in memory, so that a page
 * showing the projection to 2030 sums one entry per commune instead of counting every cadre. An entry is keyed by
 * the commune, the as-of date, the projections (their dates and retirement cut-offs) and the political-theory
 * standards, and holds the commune's roster version ({@link RosterVersions}) it was counted at; it is used only
 * while the version read from the database is still that one. Every write to a commune's records bumps its version
 * in the write's own transaction, on whichever instance, so an entry never outlives the records it was counted from.
 * The version is read before counting: counts made while a writer commits are at least as new as their version
 * says and are simply recounted on the next read. A transaction with pending writes counts directly, seeing its own
 * changes, and keeps nothing. The number of entries is bounded (least recently used first out).
 * <p>
 * While a count of the whole province is under way (the count ahead after a start or at 00:01, {@link CountAhead}),
 * a read of several communes that would have to count more than a quarter of them answers at once with the last
 * counts made of each for the same projections (another as-of date, or an older roster version), marked provisional;
 * one commune, or a commune never counted, is counted.
 */
@Component
class ProjectedCounts {

    private final IndicatorQueries queries;
    private final RosterVersions versions;
    private final Map<Key, Kept> entries;
    /** Per commune and projections (the as-of date left out): the last counts made, for provisional answers. */
    private final Map<Key, Kept> latest;
    /** Held by the one reader counting (the count ahead counts without it: readers never wait for the province). */
    private final ReentrantLock recount = new ReentrantLock();
    /** Counts of the whole province under way, on any thread. */
    private final AtomicInteger wholeCounts = new AtomicInteger();
    /** From a start until the count ahead is done: reads take the stored counts rather than count the province. */
    private volatile boolean coming;
    /** The thread of the count ahead, which counts rather than take earlier counts. */
    private volatile Thread countingAhead;
    /** The last count of the whole province: what the count ahead stores. */
    private volatile Province lastProvince;
    private final StoredCounts stored;
    /** Communes whose projected counts were counted (metric forecast.recount.communes). */
    private final io.micrometer.core.instrument.Counter recounted;

    ProjectedCounts(IndicatorQueries queries, RosterVersions versions, MeterRegistry meters, StoredCounts stored,
                    @Value("${app.forecast.cached-communes:8000}") int capacity) {
        this.stored = stored;
        this.queries = queries;
        this.versions = versions;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > capacity;
            }
        };
        this.latest = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > capacity;
            }
        };
        this.recounted = io.micrometer.core.instrument.Counter.builder("forecast.recount.communes")
                .description("Communes whose projected counts were counted from the records")
                .register(meters);
    }

    /**
     * What {@link IndicatorQueries#projectedCountsByCommune} gives for {@code communeIds} (all communes when
     * {@code province}), from entries still valid where there are some.
     */
    IndicatorQueries.ProjectedRows countsByCommune(LocalDate asOf, int planStandardRank, String standardsKey,
                                                   List<Long> communeIds, boolean province,
                                                   List<RosterProjection> projections) {
        if (writing()) {
            recounted.increment(communeIds.size());
            return queries.projectedCountsByCommune(asOf, planStandardRank, province ? null : communeIds, projections);
        }
        if (Thread.currentThread() == countingAhead) {
            return countOrTake(asOf, planStandardRank, standardsKey, communeIds, province, projections, true);
        }
        IndicatorQueries.ProjectedRows kept =
                countOrTake(asOf, planStandardRank, standardsKey, communeIds, province, projections, false);
        if (kept != null) {
            return kept;
        }
        // one reader counts at a time: those who came at the same moment, after the same writes, wait for its counts
        // and take them instead of each counting the same communes again
        recount.lock();
        try {
            return countOrTake(asOf, planStandardRank, standardsKey, communeIds, province, projections, true);
        } finally {
            recount.unlock();
        }
    }

    /**
     * The counts from entries still valid, or the earlier ones marked provisional while the province is counted;
     * what is missing counted when {@code mayCount}, else null.
     */
    private IndicatorQueries.ProjectedRows countOrTake(LocalDate asOf, int planStandardRank, String standardsKey,
                                                       List<Long> communeIds, boolean province,
                                                       List<RosterProjection> projections, boolean mayCount) {
        Map<Long, Long> current = versions.versions(province ? null : communeIds);
        List<RosterProjection> key = List.copyOf(projections);
        Map<Long, Kept> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        synchronized (entries) {
            for (Long commune : communeIds) {
                Kept entry = entries.get(new Key(commune, asOf, standardsKey, key));
                if (entry != null && entry.version == current.getOrDefault(commune, 0L)) {
                    found.put(commune, entry);
                } else {
                    missing.add(commune);
                }
            }
        }
        boolean provisional = false;
        // many communes to count (a new day): one pass over the scope is cheaper than a list of communes
        boolean whole = missing.size() > communeIds.size() / 4;
        if (whole && communeIds.size() > 1 && Thread.currentThread() != countingAhead
                && (wholeCounts.get() > 0 || coming)) {
            // the province is being counted: the last counts made of these communes rather than a wait (one
            // commune is counted: under a second)
            Map<Long, Kept> earlier = new HashMap<>();
            List<RosterProjection> shape = shape(key);
            synchronized (entries) {
                for (Long commune : missing) {
                    Kept entry = latest.get(new Key(commune, null, standardsKey, shape));
                    if (entry != null) {
                        earlier.put(commune, entry);
                    }
                }
            }
            if (earlier.size() == missing.size()) {
                found.putAll(earlier);
                missing = List.of();
                provisional = true;
            }
        }
        if (!missing.isEmpty() && !mayCount) {
            return null;
        }
        if (!missing.isEmpty()) {
            Collection<Long> recount = whole ? communeIds : missing;
            IndicatorQueries.ProjectedRows rows;
            if (whole) {
                wholeCounts.incrementAndGet();
            }
            try {
                rows = queries.projectedCountsByCommune(asOf, planStandardRank, whole && province ? null : recount,
                        projections);
            } finally {
                if (whole) {
                    wholeCounts.decrementAndGet();
                }
            }
            recounted.increment(recount.size());
            Map<Key, Kept> fresh = new HashMap<>();
            for (Long commune : recount) {
                List<Counts> counts = new ArrayList<>();
                for (Map<Long, Counts> byCommune : rows.counts()) {
                    counts.add(byCommune.getOrDefault(commune, Counts.ZERO));
                }
                Kept entry = new Kept(current.getOrDefault(commune, 0L), List.copyOf(counts),
                        rows.unprojectable().getOrDefault(commune, 0L));
                found.put(commune, entry);
                fresh.put(new Key(commune, asOf, standardsKey, key), entry);
            }
            List<RosterProjection> shape = shape(key);
            synchronized (entries) {
                entries.putAll(fresh);
                fresh.forEach((k, entry) -> latest.put(new Key(k.commune(), null, standardsKey, shape), entry));
            }
            if (whole && province) {
                Map<Long, Kept> byCommune = new HashMap<>();
                fresh.forEach((k, entry) -> byCommune.put(k.commune(), entry));
                lastProvince = new Province(asOf, standardsKey, shape, byCommune);
            }
        }
        List<Map<Long, Counts>> counts = new ArrayList<>();
        for (int k = 0; k < projections.size(); k++) {
            Map<Long, Counts> byCommune = new HashMap<>();
            for (Map.Entry<Long, Kept> entry : found.entrySet()) {
                byCommune.put(entry.getKey(), entry.getValue().counts.get(k));
            }
            counts.add(byCommune);
        }
        Map<Long, Long> unprojectable = new HashMap<>();
        found.forEach((commune, entry) -> unprojectable.put(commune, entry.unprojectable));
        return new IndicatorQueries.ProjectedRows(counts, unprojectable, provisional);
    }

    /** At a start: the counts stored by the last count ahead become the provisional answers until {@link #countedAhead}. */
    void countComing() {
        coming = true;
        int counters = Counter.values().length;
        List<StoredCounts.Row> rows = stored.read(KIND);
        synchronized (entries) {
            for (StoredCounts.Row row : rows) {
                String[] shape = row.shape().split("\n", -1);
                String[] parts = row.counts().split("[|;]", -1);
                if (shape.length != 3 || !shape[0].equals(signature()) || parts.length < 2) {
                    continue;
                }
                try {
                    List<RosterProjection> projections = new ArrayList<>();
                    for (String text : shape[2].split(";")) {
                        String[] f = text.split(",", -1);
                        projections.add(new RosterProjection(date(f[0]), date(f[1]), date(f[2]),
                                Boolean.parseBoolean(f[3]), Boolean.parseBoolean(f[4]), Boolean.parseBoolean(f[5])));
                    }
                    List<Counts> counts = new ArrayList<>();
                    for (int k = 1; k < parts.length; k++) {
                        String[] numbers = parts[k].split(",");
                        if (numbers.length != counters) {
                            throw new IllegalArgumentException("counters");
                        }
                        long[] values = new long[counters];
                        for (int i = 0; i < counters; i++) {
                            values[i] = Long.parseLong(numbers[i]);
                        }
                        counts.add(Counts.of(values));
                    }
                    if (counts.size() == projections.size()) {
                        latest.putIfAbsent(new Key(row.communeId(), null, shape[1], projections),
                                new Kept(-1, List.copyOf(counts), Long.parseLong(parts[0])));
                    }
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    // written by another version of the application: counted instead
                }
            }
        }
    }

    /** The count ahead starts on this thread: it counts, whatever earlier counts there are. */
    void countingAhead() {
        countingAhead = Thread.currentThread();
    }

    /** After the count ahead: stores the province's counts just made, and reads count again when they must. */
    void countedAhead() {
        coming = false;
        countingAhead = null;
        Province province = lastProvince;
        if (province == null) {
            return;
        }
        String shape = signature() + "\n" + province.standards() + "\n" + province.shape().stream()
                .map(p -> text(p.at()) + "," + text(p.menLeaveIfBornBy()) + "," + text(p.womenLeaveIfBornBy()) + ","
                        + p.leaving() + "," + p.aged() + "," + p.trained())
                .collect(java.util.stream.Collectors.joining(";"));
        Map<Long, String> counts = new HashMap<>();
        province.counts().forEach((commune, entry) -> {
            StringBuilder text = new StringBuilder().append(entry.unprojectable);
            for (int k = 0; k < entry.counts.size(); k++) {
                text.append(k == 0 ? '|' : ';');
                for (Counter counter : Counter.values()) {
                    text.append(counter.ordinal() == 0 ? "" : ",").append(entry.counts.get(k).get(counter));
                }
            }
            counts.put(commune, text.toString());
        });
        stored.replace(KIND, province.asOf(), shape, counts);
    }

    private static final String KIND = "forecast";

    /** The counters in their order: stored counts of another order are not read. */
    private static String signature() {
        return "counters:" + java.util.Arrays.stream(Counter.values()).map(Counter::name)
                .collect(java.util.stream.Collectors.joining(",")).hashCode();
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private record Province(LocalDate asOf, String standards, List<RosterProjection> shape, Map<Long, Kept> counts) {
    }

    /** Marks a count of the whole province as under way until the handle is closed (tests: an interleaving). */
    AutoCloseable wholeCountUnderWay() {
        wholeCounts.incrementAndGet();
        return wholeCounts::decrementAndGet;
    }

    /** The projections without the as-of date: the roster as it is stands for any date. */
    private static List<RosterProjection> shape(List<RosterProjection> projections) {
        return projections.stream().map(p -> p.menLeaveIfBornBy() == null && !p.leaving() && !p.aged() && !p.trained()
                ? new RosterProjection(null, null, null, false, false, false) : p).toList();
    }

    /** Forgets every kept count: the next read counts every commune (after the database was changed by hand). */
    void forget() {
        synchronized (entries) {
            entries.clear();
            latest.clear();
        }
    }

    static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    private record Key(long commune, LocalDate asOf, String standards, List<RosterProjection> projections) {
    }

    private record Kept(long version, List<Counts> counts, long unprojectable) {
    }
}
