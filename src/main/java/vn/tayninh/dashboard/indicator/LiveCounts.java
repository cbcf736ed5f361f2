package vn.tayninh.dashboard.indicator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * ({@link #store}), so a read stays read-only and never waits for a second connection; a transaction with pending
 * writes never uses or writes rows (it counts directly, seeing its own changes).
 */
@Component
class LiveCounts {

    private static final Logger log = LoggerFactory.getLogger(LiveCounts.class);
    private static final LocalDate NEVER = LocalDate.of(1900, 1, 1);
    private static final int WRITER_QUEUE = 64;

    private final IndicatorQueries queries;
    private final RosterVersions versions;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** How long recounts take (metric indicator.recount, by the figures recounted). */
    private final Timer countsRecount;
    private final Timer figuresRecount;
    /** One thread, a short queue; what does not fit is dropped (see {@link #store}). */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WRITER_QUEUE), Thread.ofPlatform().name("live-figures-writer").daemon().factory(),
            new ThreadPoolExecutor.AbortPolicy());

    LiveCounts(IndicatorQueries queries, RosterVersions versions, NamedParameterJdbcTemplate jdbc,
               PlatformTransactionManager transactions, Clock clock, MeterRegistry meters) {
        this.queries = queries;
        this.versions = versions;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.countsRecount = recountTimer(meters, "counts");
        this.figuresRecount = recountTimer(meters, "breakdowns");
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
    Map<Long, Counts> countsByCommune(LocalDate asOf, int ratingYear, List<PoliticalTheoryStandard> standards,
                                      int planStandardRank, List<Long> communeIds, boolean province) {
        String key = standardsKey(standards, planStandardRank);
        Map<Long, Long> current = versions.versions(province ? null : communeIds);
        Map<Long, Counts> result = new HashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("year", ratingYear).addValue("standards", key);
        String filter = "";
        if (!province) {
            params.addValue("ids", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " AND commune_id IN (:ids)";
        }
        jdbc.query("SELECT commune_id, roster_version, counters FROM live_counts WHERE as_of_date = :asOf"
                + " AND rating_year = :year AND standards = :standards" + filter, params, rs -> {
                    long commune = rs.getLong(1);
                    Counts counts = parse(rs.getString(3));
                    if (counts != null && rs.getLong(2) == current.getOrDefault(commune, 0L)) {
                        result.put(commune, counts);
                    }
                });
        List<Long> missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return result;
        }
        // many communes to recount (a new day): one pass over the scope is cheaper than lists of communes
        boolean whole = missing.size() > communeIds.size() / 4;
        Collection<Long> recount = whole ? communeIds : missing;
        Map<Long, Counts> fresh = countsRecount.record(() -> queries.countsByCommune(asOf, ratingYear,
                planStandardRank, whole && province ? null : recount));
        List<Object[]> rows = new ArrayList<>();
        for (Long commune : recount) {
            Counts counts = fresh.getOrDefault(commune, Counts.ZERO);
            result.put(commune, counts);
            rows.add(new Object[] {current.getOrDefault(commune, 0L), Date.valueOf(asOf), ratingYear, key,
                    format(counts), commune});
        }
        store("live_counts", "roster_version, as_of_date, rating_year, standards, counters", "-1, ?, 0, '', ''",
                "roster_version = ?, as_of_date = ?, rating_year = ?, standards = ?, counters = ?", rows);
        return result;
    }

    /**
     * The breakdowns and ratings per year of every commune in {@code communeIds} (the whole province when
     * {@code province}) at {@code asOf}, as {@link IndicatorQueries#breakdownRows} and
     * {@link IndicatorQueries#ratingsByYearByCommune} count them, from valid rows of {@code live_breakdowns} where
     * there are some; the others are counted and stored. Neither depends on a rating year or on the standards, so a
     * row is valid while its date and the commune's roster version match. Without {@code withBreakdowns} only the
     * ratings of valid rows are read (their breakdowns are then null).
     */
    Map<Long, Figures> figuresByCommune(LocalDate asOf, List<Long> communeIds, boolean province,
                                        boolean withBreakdowns) {
        Map<Long, Long> current = versions.versions(province ? null : communeIds);
        Map<Long, Figures> result = new HashMap<>();
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
        String filter = "";
        if (!province) {
            params.addValue("ids", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " AND commune_id IN (:ids)";
        }
        jdbc.query("SELECT commune_id, roster_version, ratings" + (withBreakdowns ? ", breakdowns" : "")
                + " FROM live_breakdowns WHERE as_of_date = :asOf" + filter, params, rs -> {
                    long commune = rs.getLong(1);
                    if (rs.getLong(2) == current.getOrDefault(commune, 0L)) {
                        Map<Integer, long[]> ratings = parseRatings(rs.getString(3));
                        BreakdownTally breakdowns = withBreakdowns ? BreakdownTally.parse(rs.getString(4)) : null;
                        if ((breakdowns != null || !withBreakdowns) && ratings != null) {
                            result.put(commune, new Figures(breakdowns, ratings));
                        }
                    }
                });
        List<Long> missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return result;
        }
        boolean whole = missing.size() > communeIds.size() / 4;
        Collection<Long> recount = whole ? communeIds : missing;
        Collection<Long> filterIds = whole && province ? null : recount;
        Timer.Sample recounting = Timer.start();
        Map<Long, BreakdownTally> breakdowns = new HashMap<>();
        for (IndicatorQueries.BreakdownRow row : queries.breakdownRows(asOf, filterIds, true)) {
            breakdowns.computeIfAbsent(row.communeId(), k -> new BreakdownTally()).add(row);
        }
        Map<Long, Map<Integer, long[]>> ratings = queries.ratingsByYearByCommune(asOf, filterIds);
        recounting.stop(figuresRecount);
        List<Object[]> rows = new ArrayList<>();
        for (Long commune : recount) {
            Figures figures = new Figures(breakdowns.getOrDefault(commune, new BreakdownTally()),
                    ratings.getOrDefault(commune, Map.of()));
            result.put(commune, figures);
            rows.add(new Object[] {current.getOrDefault(commune, 0L), Date.valueOf(asOf),
                    figures.breakdowns().format(), formatRatings(figures.ratings()), commune});
        }
        store("live_breakdowns", "roster_version, as_of_date, breakdowns, ratings", "-1, ?, '', ''",
                "roster_version = ?, as_of_date = ?, breakdowns = ?, ratings = ?", rows);
        return result;
    }

    /** One commune's breakdowns and ratings per year (rated, rated well) at the live date. */
    record Figures(BreakdownTally breakdowns, Map<Integer, long[]> ratings) {
    }

    /** Forgets every row (at startup: the database may have been changed by hand while the application was down). */
    void clear() {
        jdbc.getJdbcTemplate().update("DELETE FROM live_counts");
        jdbc.getJdbcTemplate().update("DELETE FROM live_breakdowns");
    }

    /**
     * Hands rows ({@code set}'s values, then the commune id) to the writer, which stores them in a transaction of its
     * own after adding missing ones. The request does not wait: it holds a pooled connection for its reads, and were
     * it to wait for a second one to write, enough requests doing the same at once would hold every connection of the
     * pool while each waited for another (measured: the whole pool stalled until its 30 s time-out under load). The
     * writer holds no connection while it waits for one. Rows are tagged with the roster version read before counting,
     * so storing them a moment later, in any order, never makes stale figures current; when the writer falls behind,
     * rows are dropped and simply recounted when next needed.
     */
    private void store(String table, String columns, String placeholder, String set, List<Object[]> rows) {
        try {
            writer.execute(() -> write(table, columns, placeholder, set, rows));
        } catch (RejectedExecutionException e) {
            log.debug("Live figures not stored in {}: the writer is busy or stopped", table);
        }
    }

    private void write(String table, String columns, String placeholder, String set, List<Object[]> rows) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.getJdbcTemplate().update("INSERT INTO " + table + " (commune_id, " + columns + ") SELECT c.id, "
                        + placeholder + " FROM commune c WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " l WHERE l.commune_id = c.id)", Date.valueOf(NEVER));
                jdbc.getJdbcTemplate().batchUpdate("UPDATE " + table + " SET " + set + " WHERE commune_id = ?", rows);
            });
        } catch (DataAccessException | TransactionException e) {
            // another instance stored the same rows at the same moment, or the database is away: the rows are
            // recounted when next needed
            log.debug("Live figures not stored in {}: {}", table, e.getMessage());
        }
    }

    /** Waits until the rows handed to the writer so far are stored (tests and benchmarks read them back). */
    void awaitStored() {
        try {
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("live figures not stored in time", e);
        }
    }

    /** Lets the writer finish the rows it holds before the connection pool closes. */
    @PreDestroy
    void stopWriter() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** The standard of every key title and the planning pool's rank: counts depend on them. */
    private static String standardsKey(List<PoliticalTheoryStandard> standards, int planStandardRank) {
        return standards.stream()
                .sorted(Comparator.comparing(s -> s.getPosition().name()))
                .map(s -> s.getPosition().name() + "=" + s.getMinLevel().name())
                .collect(Collectors.joining(",", "", ";" + planStandardRank));
    }

    static String format(Counts counts) {
        StringBuilder text = new StringBuilder();
        for (Counter counter : Counter.values()) {
            text.append(text.isEmpty() ? "" : ",").append(counter.name()).append('=').append(counts.get(counter));
        }
        return text.toString();
    }

    /** {@code year=rated/well;…} */
    static String formatRatings(Map<Integer, long[]> ratings) {
        StringBuilder text = new StringBuilder();
        ratings.forEach((year, counts) -> text.append(text.isEmpty() ? "" : ";")
                .append(year).append('=').append(counts[0]).append('/').append(counts[1]));
        return text.toString();
    }

    /** Null when not in the form {@link #formatRatings} writes. */
    static Map<Integer, long[]> parseRatings(String text) {
        Map<Integer, long[]> ratings = new java.util.TreeMap<>();
        if (text == null || text.isEmpty()) {
            return ratings;
        }
        try {
            for (String pair : text.split(";")) {
                int equals = pair.indexOf('=');
                int slash = pair.indexOf('/', equals);
                ratings.put(Integer.parseInt(pair.substring(0, equals)), new long[] {
                        Long.parseLong(pair.substring(equals + 1, slash)), Long.parseLong(pair.substring(slash + 1))});
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
        return ratings;
    }

    /** Null when a counter is missing or unknown (rows written by another version of the application). */
    static Counts parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        long[] values = new long[Counter.values().length];
        boolean[] seen = new boolean[values.length];
        int found = 0;
        for (String pair : text.split(",")) {
            int equals = pair.indexOf('=');
            Counter counter;
            try {
                counter = Counter.valueOf(pair.substring(0, Math.max(equals, 0)));
                values[counter.ordinal()] = Long.parseLong(pair.substring(equals + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (!seen[counter.ordinal()]) {
                seen[counter.ordinal()] = true;
                found++;
            }
        }
        return found == values.length ? Counts.of(values) : null;
    }
}
