package vn.tayninh.dashboard.indicator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Every commune's counters at the live date, kept in {@code live_counts} so that the live dashboard sums one row
 * per commune instead of counting every cadre. A row holds the counts of {@link IndicatorQueries#countsByCommune}
 * for one commune, date, rating year and set of political-theory standards, counted at the commune's roster
 * version ({@link RosterVersions}); it is used only while all four still match, and recounted otherwise. So a new
 * day (ages change), new standards, another rating year or any write to a commune's records (which bumps its
 * version in the same transaction) leads to a recount of what changed, never to stale figures. The breakdowns
 * and ratings per year are kept the same way in {@code live_breakdowns} ({@link #figuresByCommune}), valid while
 * the date and the roster version match (they depend on neither the rating year nor the standards).
 * <p>
 * The version is read before counting: counts made while a writer commits are at least as new as their version
 * says, and are simply recounted on the next read. Rows are written by a thread of their own, after the read
 * ({@link LiveFiguresWriter}), so a read stays read-only and never waits for a second connection; a transaction with pending
 * writes never uses or writes rows (it counts directly, seeing its own changes). Until the writer has stored them,
 * the figures just counted are kept here ({@link Pending}) under the same key, so that the next read (the ratings
 * right after the breakdowns, on the same page) takes them instead of counting them again.
 * <p>
 * After a start the stored rows are <em>unconfirmed</em> ({@link #markUnconfirmed}): the database may have been
 * changed by hand while the application was down, so they are no longer valid, and the whole country is recounted
 * in the background ({@link LiveCountsSchedule}). Until that is done, a read that would have to count more than
 * {@code app.live-figures.count-on-demand-up-to} communes takes the unconfirmed row of a commune whose roster version
 * has not moved since, and says its figures are provisional ({@link Live#provisional()}); a smaller read counts
 * what it needs. So the first answer after a start never waits for the whole country.
 */
@Component
class LiveCounts {

    private final IndicatorQueries queries;
    private final RosterVersions versions;
    private final NamedParameterJdbcTemplate jdbc;
    private final LiveFiguresWriter writer;
    private final Clock clock;
    /** How long recounts take (metric indicator.recount, by the figures recounted). */
    private final Timer countsRecount;
    private final Timer figuresRecount;
    /** Counted and handed to the writer, not yet stored: per commune, valid under the same key as a stored row. */
    private final Map<Long, Pending<Counts>> pendingCounts = new ConcurrentHashMap<>();
    /** Held by the one reader counting; the recounts in the background count without them, so no reader waits for those. */
    private final ReentrantLock countsLock = new ReentrantLock();
    private final ReentrantLock figuresLock = new ReentrantLock();
    /** The thread of the 00:01 recount while it runs. */
    private volatile Thread recountingNewDay;
    private final Map<Long, Pending<Figures>> pendingFigures = new ConcurrentHashMap<>();
    /** Communes recounted (metric indicator.recount.communes, by the figures recounted). */
    private final io.micrometer.core.instrument.Counter countsCommunes;
    private final io.micrometer.core.instrument.Counter figuresCommunes;
    /** Above this many communes to count, a read takes unconfirmed rows while the start-up recount runs. */
    private final int countOnDemandUpTo;
    /** From a start until the background recount has stored every commune's figures. */
    private volatile boolean unconfirmed;
    /** The thread of the background recount, which counts everything itself. */
    private volatile Thread confirming;

    LiveCounts(IndicatorQueries queries, RosterVersions versions, NamedParameterJdbcTemplate jdbc,
               LiveFiguresWriter writer, Clock clock, MeterRegistry meters,
               @Value("${app.live-figures.count-on-demand-up-to:200}") int countOnDemandUpTo) {
        this.queries = queries;
        this.versions = versions;
        this.jdbc = jdbc;
        this.writer = writer;
        this.clock = clock;
        this.countsRecount = recountTimer(meters, "counts");
        this.figuresRecount = recountTimer(meters, "breakdowns");
        this.countsCommunes = recountCounter(meters, "counts");
        this.figuresCommunes = recountCounter(meters, "breakdowns");
        this.countOnDemandUpTo = countOnDemandUpTo;
    }

    private static io.micrometer.core.instrument.Counter recountCounter(MeterRegistry meters, String figures) {
        return io.micrometer.core.instrument.Counter.builder("indicator.recount.communes")
                .description("Communes whose live figures were recounted")
                .tag("figures", figures)
                .register(meters);
    }

    private static Timer recountTimer(MeterRegistry meters, String figures) {
        return Timer.builder("indicator.recount")
                .description("Recounting the live figures of the communes whose stored rows are stale")
                .tag("figures", figures)
                .register(meters);
    }

    /** Whether counts at {@code asOf} come from here: the live date, outside a transaction with pending writes. */
    boolean serves(LocalDate asOf) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        return !writing && asOf.equals(LocalDate.now(clock));
    }

    /**
     * The counts of every commune in {@code communeIds} (the whole province when {@code province}) at
     * {@code asOf}, as {@link IndicatorQueries#countsByCommune} gives them, from valid rows where there are some;
     * the others are counted and stored.
     */
    Live<Counts> countsByCommune(LocalDate asOf, int ratingYear, List<PoliticalTheoryStandard> standards,
                                 int planStandardRank, List<Long> communeIds, boolean province, boolean provisionalAllowed) {
        Live<Counts> stored = countsByCommune(asOf, ratingYear, standards, planStandardRank, communeIds, province,
                provisionalAllowed, false);
        if (stored != null || background()) {
            return stored != null ? stored : countsByCommune(asOf, ratingYear, standards, planStandardRank, communeIds,
                    province, provisionalAllowed, true);
        }
        // one reader of this instance counts at a time: those who came at the same moment, after the same writes,
        // wait and take its counts instead of each counting the same communes again
        countsLock.lock();
        try {
            return countsByCommune(asOf, ratingYear, standards, planStandardRank, communeIds, province,
                    provisionalAllowed, true);
        } finally {
            countsLock.unlock();
        }
    }

    /** As above; null when something is to be counted and not {@code mayCount}. */
    private Live<Counts> countsByCommune(LocalDate asOf, int ratingYear, List<PoliticalTheoryStandard> standards,
                                         int planStandardRank, List<Long> communeIds, boolean province,
                                         boolean provisionalAllowed, boolean mayCount) {
        String key = LiveFiguresText.standardsKey(standards, planStandardRank);
        Map<Long, Long> current = versions.versions(province ? null : communeIds);
        Map<Long, Counts> result = new HashMap<>();
        Map<Long, Counts> provisional = new HashMap<>();
        boolean takeUnconfirmed = takesUnconfirmed(provisionalAllowed);
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("year", ratingYear).addValue("standards", key);
        String filter = "";
        if (!province) {
            params.addValue("ids", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " AND commune_id IN (:ids)";
        }
        jdbc.query("SELECT commune_id, roster_version, counters, as_of_date FROM live_counts WHERE"
                + (takeUnconfirmed ? " 1 = 1" : " as_of_date = :asOf")
                + " AND rating_year = :year AND standards = :standards" + filter, params, rs -> {
                    long commune = rs.getLong(1);
                    Counts counts = LiveFiguresText.parse(rs.getString(3));
                    long version = current.getOrDefault(commune, 0L);
                    if (counts != null && rs.getLong(2) == version && rs.getDate(4).toLocalDate().equals(asOf)) {
                        result.put(commune, counts);
                    } else if (counts != null && takeUnconfirmed && -1 - rs.getLong(2) == version
                            && !rs.getDate(4).toLocalDate().equals(LiveFiguresWriter.NEVER)) {
                        provisional.put(commune, counts);
                    }
                });
        String pendingKey = asOf + ";" + ratingYear + ";" + key;
        takePending(pendingCounts, communeIds, current, pendingKey, result);
        List<Long> missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        boolean marked = false;
        if (takeUnconfirmed && missing.size() > countOnDemandUpTo) {
            marked = missing.stream().anyMatch(provisional::containsKey);
            missing.stream().filter(provisional::containsKey).forEach(id -> result.put(id, provisional.get(id)));
            missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        }
        if (missing.isEmpty()) {
            return new Live<>(result, marked);
        }
        if (!mayCount) {
            return null;
        }
        // many communes to recount (a new day): one pass over the scope is cheaper than lists of communes
        boolean whole = missing.size() > communeIds.size() / 4 && !marked;
        Collection<Long> recount = whole ? communeIds : missing;
        Map<Long, Counts> fresh = countsRecount.record(() -> queries.countsByCommune(asOf, ratingYear,
                planStandardRank, whole && province ? null : recount));
        countsCommunes.increment(recount.size());
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Pending<Counts>> pending = new HashMap<>();
        for (Long commune : recount) {
            Counts counts = fresh.getOrDefault(commune, Counts.ZERO);
            result.put(commune, counts);
            long version = current.getOrDefault(commune, 0L);
            pending.put(commune, new Pending<>(version, pendingKey, counts));
            rows.add(new Object[] {version, Date.valueOf(asOf), ratingYear, key, LiveFiguresText.format(counts), commune});
        }
        pendingCounts.putAll(pending);
        writer.store("live_counts", "roster_version, as_of_date, rating_year, standards, counters", "-1, ?, 0, '', ''",
                "roster_version = ?, as_of_date = ?, rating_year = ?, standards = ?, counters = ?", rows,
                () -> pending.forEach(pendingCounts::remove));
        return new Live<>(result, marked);
    }

    /**
     * The breakdowns and ratings per year of every commune in {@code communeIds} (the whole province when
     * {@code province}) at {@code asOf}, as {@link IndicatorQueries#breakdownsByCommune} and
     * {@link IndicatorQueries#ratingsByYearByCommune} count them, from valid rows of {@code live_breakdowns} where
     * there are some; the others are counted and stored. Neither depends on a rating year or on the standards, so a
     * row is valid while its date and the commune's roster version match. Without {@code withBreakdowns} only the
     * ratings of valid rows are read (their breakdowns are then null).
     */
    Live<Figures> figuresByCommune(LocalDate asOf, List<Long> communeIds, boolean province, boolean withBreakdowns,
                                   boolean provisionalAllowed) {
        Live<Figures> stored = figuresByCommune(asOf, communeIds, province, withBreakdowns, provisionalAllowed, false);
        if (stored != null || background()) {
            return stored != null ? stored
                    : figuresByCommune(asOf, communeIds, province, withBreakdowns, provisionalAllowed, true);
        }
        figuresLock.lock(); // one reader of this instance counts at a time, as for the counts
        try {
            return figuresByCommune(asOf, communeIds, province, withBreakdowns, provisionalAllowed, true);
        } finally {
            figuresLock.unlock();
        }
    }

    /** As above; null when something is to be counted and not {@code mayCount}. */
    private Live<Figures> figuresByCommune(LocalDate asOf, List<Long> communeIds, boolean province,
                                           boolean withBreakdowns, boolean provisionalAllowed, boolean mayCount) {
        Map<Long, Long> current = versions.versions(province ? null : communeIds);
        Map<Long, Figures> result = new HashMap<>();
        Map<Long, Figures> provisional = new HashMap<>();
        boolean takeUnconfirmed = takesUnconfirmed(provisionalAllowed);
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
        String filter = "";
        if (!province) {
            params.addValue("ids", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " AND commune_id IN (:ids)";
        }
        jdbc.query("SELECT commune_id, roster_version, as_of_date, ratings" + (withBreakdowns ? ", breakdowns" : "")
                + " FROM live_breakdowns WHERE" + (takeUnconfirmed ? " 1 = 1" : " as_of_date = :asOf") + filter,
                params, rs -> {
                    long commune = rs.getLong(1);
                    long version = current.getOrDefault(commune, 0L);
                    boolean valid = rs.getLong(2) == version && rs.getDate(3).toLocalDate().equals(asOf);
                    boolean unconfirmed = takeUnconfirmed && -1 - rs.getLong(2) == version
                            && !rs.getDate(3).toLocalDate().equals(LiveFiguresWriter.NEVER);
                    if (valid || unconfirmed) {
                        Map<Integer, long[]> ratings = LiveFiguresText.parseRatings(rs.getString(4));
                        BreakdownTally breakdowns = withBreakdowns ? BreakdownTally.parse(rs.getString(5)) : null;
                        if ((breakdowns != null || !withBreakdowns) && ratings != null) {
                            (valid ? result : provisional).put(commune, new Figures(breakdowns, ratings));
                        }
                    }
                });
        String pendingKey = asOf.toString();
        takePending(pendingFigures, communeIds, current, pendingKey, result);
        List<Long> missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        boolean marked = false;
        if (takeUnconfirmed && missing.size() > countOnDemandUpTo) {
            marked = missing.stream().anyMatch(provisional::containsKey);
            missing.stream().filter(provisional::containsKey).forEach(id -> result.put(id, provisional.get(id)));
            missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        }
        if (missing.isEmpty()) {
            return new Live<>(result, marked);
        }
        if (!mayCount) {
            return null;
        }
        boolean whole = missing.size() > communeIds.size() / 4 && !marked;
        Collection<Long> recount = whole ? communeIds : missing;
        Collection<Long> filterIds = whole && province ? null : recount;
        Timer.Sample recounting = Timer.start();
        Map<Long, BreakdownTally> breakdowns = queries.breakdownsByCommune(asOf, filterIds);
        Map<Long, Map<Integer, long[]>> ratings = queries.ratingsByYearByCommune(asOf, filterIds);
        recounting.stop(figuresRecount);
        figuresCommunes.increment(recount.size());
        List<Object[]> rows = new ArrayList<>();
        Map<Long, Pending<Figures>> pending = new HashMap<>();
        for (Long commune : recount) {
            Figures figures = new Figures(breakdowns.getOrDefault(commune, new BreakdownTally()),
                    ratings.getOrDefault(commune, Map.of()));
            result.put(commune, figures);
            long version = current.getOrDefault(commune, 0L);
            pending.put(commune, new Pending<>(version, pendingKey, figures));
            rows.add(new Object[] {version, Date.valueOf(asOf), figures.breakdowns().format(),
                    LiveFiguresText.formatRatings(figures.ratings()), commune});
        }
        pendingFigures.putAll(pending);
        writer.store("live_breakdowns", "roster_version, as_of_date, breakdowns, ratings", "-1, ?, '', ''",
                "roster_version = ?, as_of_date = ?, breakdowns = ?, ratings = ?", rows,
                () -> pending.forEach(pendingFigures::remove));
        return new Live<>(result, marked);
    }

    private boolean takesUnconfirmed(boolean provisionalAllowed) {
        return provisionalAllowed && unconfirmed && Thread.currentThread() != confirming;
    }

    /**
     * Figures per commune id; {@code provisional} when some of them are unconfirmed rows counted before the start
     * (the roster version unchanged since), which the page must say.
     */
    record Live<T>(Map<Long, T> byCommune, boolean provisional) {
    }

    /** Adds to {@code result} the pending figures of the communes it lacks, where key and version still match. */
    private static <T> void takePending(Map<Long, Pending<T>> pending, List<Long> communeIds, Map<Long, Long> current,
                                        String key, Map<Long, T> result) {
        if (pending.isEmpty()) {
            return;
        }
        for (Long commune : communeIds) {
            Pending<T> figures = pending.get(commune);
            if (figures != null && !result.containsKey(commune) && figures.key().equals(key)
                    && figures.version() == current.getOrDefault(commune, 0L)) {
                result.put(commune, figures.value());
            }
        }
    }

    /**
     * Figures of one commune handed to the writer: the roster version they were counted at and the rest of their
     * key (date; rating year and standards for the counters). Shared between threads: never changed once made.
     */
    private record Pending<T>(long version, String key, T value) {
    }

    /** One commune's breakdowns and ratings per year (rated, rated well) at the live date. */
    record Figures(BreakdownTally breakdowns, Map<Integer, long[]> ratings) {
    }

    /**
     * At a start: no stored row is valid any more (the database may have been changed by hand while the application
     * was down), but each keeps its roster version, as {@code -1 - version}, so that until {@link #confirm} a large
     * read may show it as provisional. Rows already unconfirmed by another instance's start stay as they are.
     */
    void markUnconfirmed(boolean recountInBackground) {
        jdbc.getJdbcTemplate().update("UPDATE live_counts SET roster_version = -1 - roster_version WHERE roster_version >= 0");
        jdbc.getJdbcTemplate().update("UPDATE live_breakdowns SET roster_version = -1 - roster_version"
                + " WHERE roster_version >= 0");
        unconfirmed = recountInBackground;
    }

    /** Runs the recount of every commune after a start on this thread, then stops taking unconfirmed rows. */
    /** Runs the 00:01 recount of the province, which counts without waiting for readers nor making them wait. */
    void recountNewDay(Runnable recountEverything) {
        recountingNewDay = Thread.currentThread();
        try {
            recountEverything.run();
        } finally {
            recountingNewDay = null;
        }
    }

    private boolean background() {
        Thread current = Thread.currentThread();
        return current == confirming || current == recountingNewDay;
    }

    void confirm(Runnable recountEverything) {
        confirming = Thread.currentThread();
        try {
            recountEverything.run();
            writer.awaitStored();
        } finally {
            // also when the recount failed: reads then count what they need
            unconfirmed = false;
            confirming = null;
        }
    }

    /** Waits until the rows handed to the writer so far are stored (tests and benchmarks read them back). */
    void awaitStored() {
        writer.awaitStored();
    }
}
