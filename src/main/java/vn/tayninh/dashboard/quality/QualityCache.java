package vn.tayninh.dashboard.quality;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tayninh.dashboard.indicator.RosterVersions;

/**
 * Every commune's quality counts at an as-of date, kept in memory with the roster versions of <em>all</em> communes
 * ({@link RosterVersions}) they were counted at. A possible duplicate may be in any commune, so each commune's
 * figures depend on the whole province: they are used only while every version read from the database is still the
 * one they were counted at. Every write to a commune's records (and every change of the day of last change) bumps
 * its version in the write's own transaction, on whichever instance, so a write anywhere leads to a recount, never
 * to a stale figure; the as-of date in the key takes care of ages and STALE. The versions are read before counting:
 * counts made while a writer commits are at least as new as their versions say and are recounted on the next read.
 * A transaction with pending writes counts directly, seeing its own changes. A few dates are kept, least recently
 * used first out.
 */
@Component
public class QualityCache {

    private final QualityQueries queries;
    private final RosterVersions versions;
    private final Map<LocalDate, Kept> entries;
    /** Province-wide counts made (metric quality.recount). */
    private final Counter recounted;

    QualityCache(QualityQueries queries, RosterVersions versions, MeterRegistry meters,
                 @Value("${app.quality.cached-dates:16}") int capacity) {
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
    }

    /** Per commune id with active records at {@code asOf}: the counts, as {@link QualityQueries#countsByCommune}. */
    Map<Long, QualityCounts> countsByCommune(LocalDate asOf) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writing) {
            recounted.increment();
            return queries.countsByCommune(asOf, null);
        }
        Map<Long, Long> current = versions.versions(null);
        Kept entry;
        synchronized (entries) {
            entry = entries.get(asOf);
        }
        if (entry != null && entry.versions.equals(current)) {
            return entry.counts;
        }
        Map<Long, QualityCounts> counts = Map.copyOf(queries.countsByCommune(asOf, null));
        recounted.increment();
        synchronized (entries) {
            entries.put(asOf, new Kept(Map.copyOf(current), counts));
        }
        return counts;
    }

    /** Forgets every kept count: the next read counts the province (after the database was changed by hand). */
    public void forget() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private record Kept(Map<Long, Long> versions, Map<Long, QualityCounts> counts) {
    }
}
