package vn.tayninh.dashboard.quality;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tayninh.dashboard.indicator.CountAhead;
import vn.tayninh.dashboard.indicator.RosterVersions;
import vn.tayninh.dashboard.indicator.StoredCounts;

/**
 * Every commune's quality counts at an as-of date, kept in memory with the roster versions of <em>all</em> communes
 * ({@link RosterVersions}) they were counted at, in two parts: each commune's own counts (every problem a record has
 * by itself) and the groups of possible duplicates of the province with their members. Every write to a commune's
 * records (and every change of the day of last change) bumps its version in the write's own transaction, on whichever
 * instance. A read takes the versions from the database in one query:
 * <ul>
 *     <li>all unchanged: the kept counts;</li>
 *     <li>some communes changed (at most a quarter): only they are counted again, with the duplicate groups they
 *     belonged to or belong to now, so that a write is seen on the next read without a count of the province;</li>
 *     <li>otherwise (a new as-of date, or nothing kept) the province is counted; but while another count of the
 *     province is under way (the count ahead after a start or at 00:01, {@link CountAhead}), the last counts made are
 *     answered at once, marked provisional ({@link QualityCounts#provisional()}); with none, the read counts.</li>
 * </ul>
 * The versions are read before counting: counts made while a writer commits are at least as new as their versions say
 * and are counted again on the next read. A transaction with pending writes counts directly, seeing its own changes.
 * A few dates are kept, least recently used first out.
 */
@Component
public class QualityCache implements CountAhead {

    private final QualityQueries queries;
    private final RosterVersions versions;
    private final Map<LocalDate, Kept> entries;
    /** Counts of the whole province under way, on any thread. */
    private final AtomicInteger counting = new AtomicInteger();
    /** Held by the one reader counting (the count ahead counts without it: readers never wait for the province). */
    private final ReentrantLock recount = new ReentrantLock();
    /** The counts made last, of any date, marked provisional: answered while the province is counted again. */
    private volatile Map<Long, QualityCounts> latest;
    /** From a start until the count ahead is done: reads take the stored counts rather than count the province. */
    private volatile boolean coming;
    private final StoredCounts stored;
    /** Province-wide counts made (metric quality.recount). */
    private final Counter recounted;
    /** Communes counted again after a write, without counting the province (metric quality.recount.communes). */
    private final Counter communesRecounted;

    QualityCache(QualityQueries queries, RosterVersions versions, MeterRegistry meters, StoredCounts stored,
                 @Value("${app.quality.cached-dates:16}") int capacity) {
        this.stored = stored;
        this.queries = queries;
        this.versions = versions;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, Kept> eldest) {
                return size() > capacity;
            }
        };
        this.recounted = Counter.builder("quality.recount")
                .description("Counts of the data quality of the whole province made from the records")
                .register(meters);
        this.communesRecounted = Counter.builder("quality.recount.communes")
                .description("Communes whose data quality was counted again after a write")
                .register(meters);
    }

    /**
     * Per commune id with active records at {@code asOf}: the counts; each marked provisional when they are the last
     * counts made, answered while the province is being counted again.
     */
    Map<Long, QualityCounts> countsByCommune(LocalDate asOf) {
        if (writing()) {
            return countProvince(asOf, versions.versions(null)).counts;
        }
        Map<Long, QualityCounts> kept = countOrTake(asOf, false);
        if (kept != null) {
            return kept;
        }
        // one reader counts at a time: those who came at the same moment, after the same writes, wait for its counts
        // and take them instead of each counting the same communes again
        recount.lock();
        try {
            return countOrTake(asOf, true);
        } finally {
            recount.unlock();
        }
    }

    /** The kept counts when valid, or the earlier ones while the province is counted; else counted when {@code mayCount}. */
    private Map<Long, QualityCounts> countOrTake(LocalDate asOf, boolean mayCount) {
        Map<Long, Long> current = versions.versions(null);
        Kept entry;
        synchronized (entries) {
            entry = entries.get(asOf);
        }
        if (entry != null && entry.versions.equals(current)) {
            return entry.counts;
        }
        Set<Long> changed = entry == null ? null : changed(entry.versions, current);
        boolean few = changed != null && changed.size() <= Math.max(1, current.size() / 4);
        Map<Long, QualityCounts> previous = latest;
        if (!few && (counting.get() > 0 || coming) && previous != null) {
            return previous;
        }
        if (!mayCount) {
            return null;
        }
        return keep(asOf, few ? update(entry, asOf, changed, current) : countProvince(asOf, current)).counts;
    }

    /** Counts the province at {@code today} unless its counts are kept and valid. */
    @Override
    public void countAhead(LocalDate today) {
        try {
            Map<Long, Long> current = versions.versions(null);
            Kept entry;
            synchronized (entries) {
                entry = entries.get(today);
            }
            if (entry == null || !entry.versions.equals(current)) {
                entry = keep(today, countProvince(today, current));
            }
            Map<Long, String> texts = new HashMap<>();
            entry.counts.forEach((commune, counts) -> {
                StringBuilder text = new StringBuilder().append(counts.active()).append(',').append(counts.clean());
                for (Problem problem : Problem.values()) {
                    text.append(',').append(counts.count(problem));
                }
                texts.put(commune, text.toString());
            });
            stored.replace(KIND, today, signature(), texts);
        } finally {
            coming = false;
        }
    }

    /** At a start: the counts stored by the last count ahead answer, provisional, until {@link #countAhead} is done. */
    @Override
    public void countComing() {
        coming = true;
        Map<Long, QualityCounts> read = new HashMap<>();
        for (StoredCounts.Row row : stored.read(KIND)) {
            String[] numbers = row.counts().split(",");
            if (!row.shape().equals(signature()) || numbers.length != 2 + Problem.values().length) {
                continue;
            }
            try {
                Map<Problem, Long> problems = new EnumMap<>(Problem.class);
                for (Problem problem : Problem.values()) {
                    problems.put(problem, Long.parseLong(numbers[2 + problem.ordinal()]));
                }
                read.put(row.communeId(), new QualityCounts(Long.parseLong(numbers[0]), Long.parseLong(numbers[1]),
                        problems, true));
            } catch (NumberFormatException e) {
                // written by another version of the application: counted instead
            }
        }
        if (!read.isEmpty() && latest == null) {
            latest = Map.copyOf(read);
        }
    }

    private static final String KIND = "quality";

    /** The problems in their order: stored counts of another order are not read. */
    private static String signature() {
        return "problems:" + java.util.Arrays.stream(Problem.values()).map(Problem::name)
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** Forgets every kept count: the next read counts the province (after the database was changed by hand). */
    public void forget() {
        synchronized (entries) {
            entries.clear();
            latest = null;
        }
    }

    /** Marks a count of the province as under way until the returned handle is closed (tests: an interleaving). */
    AutoCloseable countUnderWay() {
        counting.incrementAndGet();
        return counting::decrementAndGet;
    }

    private Kept keep(LocalDate asOf, Kept counted) {
        synchronized (entries) {
            entries.put(asOf, counted);
            latest = counted.provisional;
        }
        return counted;
    }

    private Kept countProvince(LocalDate asOf, Map<Long, Long> current) {
        counting.incrementAndGet();
        try {
            Map<Long, QualityCounts> own = queries.ownCounts(asOf, null);
            Map<QualityQueries.Twins, List<QualityQueries.Twin>> groups =
                    queries.members(asOf, queries.duplicateGroups(asOf));
            recounted.increment();
            return new Kept(Map.copyOf(current), own, groups);
        } finally {
            counting.decrementAndGet();
        }
    }

    /**
     * The kept counts with the communes in {@code changed} counted again: their own counts, and every duplicate group
     * one of their records was in or is in now (a group elsewhere cannot have moved: its records are unchanged).
     */
    private Kept update(Kept entry, LocalDate asOf, Set<Long> changed, Map<Long, Long> current) {
        Map<Long, QualityCounts> own = new HashMap<>(entry.own);
        changed.forEach(own::remove);
        own.putAll(queries.ownCounts(asOf, changed));
        Set<Long> formerKeys = new HashSet<>();
        Set<QualityQueries.Twins> former = new HashSet<>();
        entry.groups.forEach((group, members) -> {
            if (members.stream().anyMatch(m -> changed.contains(m.communeId()))) {
                former.add(group);
                formerKeys.add(group.nameKey());
            }
        });
        Set<QualityQueries.Twins> now = queries.duplicateGroupsTouching(asOf, changed, formerKeys);
        Map<QualityQueries.Twins, List<QualityQueries.Twin>> groups = new HashMap<>(entry.groups);
        former.forEach(groups::remove);
        now.forEach(groups::remove);
        groups.putAll(queries.members(asOf, now));
        communesRecounted.increment(changed.size());
        return new Kept(Map.copyOf(current), own, groups);
    }

    private static Set<Long> changed(Map<Long, Long> kept, Map<Long, Long> current) {
        Set<Long> changed = new HashSet<>();
        current.forEach((commune, version) -> {
            if (!version.equals(kept.get(commune))) {
                changed.add(commune);
            }
        });
        kept.keySet().stream().filter(commune -> !current.containsKey(commune)).forEach(changed::add);
        return changed;
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /**
     * Counts of the province at one date: per commune its own counts, the duplicate groups with their members, and the
     * two summed per commune (and the same marked provisional).
     */
    private static final class Kept {
        final Map<Long, Long> versions;
        final Map<Long, QualityCounts> own;
        final Map<QualityQueries.Twins, List<QualityQueries.Twin>> groups;
        final Map<Long, QualityCounts> counts;
        final Map<Long, QualityCounts> provisional;

        Kept(Map<Long, Long> versions, Map<Long, QualityCounts> own,
             Map<QualityQueries.Twins, List<QualityQueries.Twin>> groups) {
            this.versions = versions;
            this.own = Map.copyOf(own);
            this.groups = Map.copyOf(groups);
            Map<Long, long[]> duplicates = new HashMap<>();
            for (List<QualityQueries.Twin> members : groups.values()) {
                for (QualityQueries.Twin member : members) {
                    long[] counted = duplicates.computeIfAbsent(member.communeId(), c -> new long[2]);
                    counted[0]++;
                    if (!member.ownProblem()) {
                        // clean by itself, not clean as a possible duplicate
                        counted[1]++;
                    }
                }
            }
            Map<Long, QualityCounts> counts = new HashMap<>();
            Map<Long, QualityCounts> provisional = new HashMap<>();
            this.own.forEach((commune, mine) -> {
                long[] twins = duplicates.getOrDefault(commune, new long[2]);
                Map<Problem, Long> problems = new EnumMap<>(mine.problems());
                problems.put(Problem.POSSIBLE_DUPLICATE, twins[0]);
                QualityCounts total = new QualityCounts(mine.active(), mine.clean() - twins[1], problems);
                counts.put(commune, total);
                provisional.put(commune, total.marked(true));
            });
            this.counts = Map.copyOf(counts);
            this.provisional = Map.copyOf(provisional);
        }
    }
}
