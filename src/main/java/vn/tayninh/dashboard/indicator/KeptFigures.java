package vn.tayninh.dashboard.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every figure kept per commune and roster version — the live counters, the breakdowns and ratings per year, the
 * projection, the data quality, and any other {@link KeptKind} — in one table, {@code kept_figures}: one row per kind,
 * set of parameters (its variant) and commune, holding the figures as text ({@link KeptText}), the date they were
 * counted at and the commune's roster version ({@link RosterVersions}) they were counted at. A scope's figure is the
 * sum of its communes' rows.
 * <p>
 * <b>Brought up to date by the write.</b> Every write bumps its communes' versions in its own transaction; right after
 * the commit ({@link RosterVersions.Committed}) its communes join the next round of counts, on one thread of its own:
 * a round takes every commune written since the one before and counts each variant read lately for all of them at once,
 * keeps them here and stores them, so that the writes of a busy minute share their counts and take one connection, not
 * one each. The answer to the writer's request leaves once that round has stored the figures, and their next request
 * waits for it before it takes a connection ({@link OwnWritesFirst}; at most {@code app.live-figures.own-write-wait}):
 * they see their change on their next page, anyone reading after their answer sees it; nobody else waits. Another
 * instance learns of the write from the database: a read takes each commune's version and row stamp in one query and
 * re-reads a row whose stamp moved.
 * <p>
 * <b>What a reader shows.</b> A row at the commune's current version is current. A row behind it (the write committed,
 * its figures not yet stored: the time of a round of counts; or the writing instance stopped between the two) is
 * shown as it is, the
 * figures before that write, and after {@code app.live-figures.lag-grace} (1 s) the commune is counted again in the
 * background. A reader counts only what has never been counted for its variant and date (a new day before the count
 * at 00:01 is done, a variant no one asked for since the start); readers asking for the same at the same moment wait
 * for the one counting. Right after a start the rows are <em>unconfirmed</em> (the database may have been changed by
 * hand meanwhile): until the background recount is done, and whenever a count of the whole province is under way, a
 * read that allows it ({@link Freshness#PROVISIONAL_ALLOWED}) and lacks more than
 * {@code app.live-figures.count-on-demand-up-to} communes, or more than a quarter of several, takes the rows counted
 * before, marked provisional.
 * <p>
 * Inside a transaction with pending writes, and at any date other than today, figures are counted directly.
 */
@Component
public class KeptFigures {

    private static final Logger log = LoggerFactory.getLogger(KeptFigures.class);
    /** The revision of figures counted here and not yet stored. */
    private static final long PENDING = Long.MIN_VALUE;
    private static final int STORE_QUEUE = 1024;

    private final NamedParameterJdbcTemplate jdbc;
    private final RosterVersions versions;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, KeptKind<?, ?>> kinds = new ConcurrentHashMap<>();
    private final int countOnDemandUpTo;
    private final long lagGraceNanos;

    /** Figures read or counted, by kind, variant and commune; the stored row's revision tells whether still current. */
    private final Cache<RowId, Entry> entries;
    /** Variants read lately: a write counts its communes again in each. */
    private final Cache<VariantId, InUse> inUse = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(26)).maximumSize(200).build();
    /** Counts made on demand: readers asking the same counts (same versions) at once take the one count. */
    private final Cache<CountId, Map<Long, ?>> onDemand = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(5)).maximumSize(64).build();
    /** Since when (System.nanoTime) a stored row has been seen behind its commune's version. */
    private final Cache<RowId, Long> lagging = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();
    /** Rows behind their version waiting for the background recount. */
    private final Set<RowId> repairs = ConcurrentHashMap.newKeySet();
    /** Counts of the whole province under way, per kind. */
    private final Map<String, AtomicInteger> wholeCounts = new ConcurrentHashMap<>();
    /** What each part of the application reads every day (after a start, at 00:01) so that its figures are kept. */
    private final List<Consumer<LocalDate>> dailyReads = new CopyOnWriteArrayList<>();
    /** Stores rows and recounts lagging ones, one at a time; what does not fit is dropped and counted again later. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(STORE_QUEUE), Thread.ofPlatform().name("kept-figures").daemon().factory(),
            new ThreadPoolExecutor.AbortPolicy());
    /**
     * Counts the communes written since its last round, all of them in one count per variant read lately: the writes of
     * a busy moment share their counts, and one connection does them.
     */
    private final ExecutorService afterWrites = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("kept-figures-writes").daemon().factory());
    /** The communes written and not yet taken by a round, and the round that will take them; guarded by itself. */
    private final Object batchLock = new Object();
    private Set<Long> written = new TreeSet<>();
    private CompletableFuture<Void> nextRound = new CompletableFuture<>();
    private boolean roundScheduled;
    /** Per person (their user name; "" for the application itself), the round that counts their last write. */
    private final Cache<String, CompletableFuture<Void>> owed = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    private final Duration ownWriteWait;
    private final boolean writerWaits;
    /** Threads counting ahead (start, 00:01): they count rather than take earlier figures. */
    private final ThreadLocal<Boolean> countingAhead = ThreadLocal.withInitial(() -> false);
    /** From a start until the background recount is done. */
    private volatile boolean unconfirmed;

    KeptFigures(NamedParameterJdbcTemplate jdbc, RosterVersions versions, PlatformTransactionManager transactions,
                Clock clock, MeterRegistry meters, List<KeptKind<?, ?>> kinds,
                @Value("${app.live-figures.count-on-demand-up-to:200}") int countOnDemandUpTo,
                @Value("${app.live-figures.lag-grace:1s}") Duration lagGrace,
                @Value("${app.live-figures.cached-rows:100000}") long cachedRows,
                @Value("${app.live-figures.own-write-wait:3s}") Duration ownWriteWait,
                @Value("${app.live-figures.writer-waits:false}") boolean writerWaits) {
        this.ownWriteWait = ownWriteWait;
        this.writerWaits = writerWaits;
        this.jdbc = jdbc;
        this.versions = versions;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.meters = meters;
        kinds.forEach(kind -> this.kinds.put(kind.name(), kind));
        this.countOnDemandUpTo = countOnDemandUpTo;
        this.lagGraceNanos = lagGrace.toNanos();
        this.entries = Caffeine.newBuilder().maximumSize(cachedRows).build();
    }

    /** Figures per commune id; {@code provisional} when some are figures counted before a start or another day. */
    public record Kept<T>(Map<Long, T> byCommune, boolean provisional) {
    }

    /** Whether figures at {@code asOf} are kept: the live date, outside a transaction with pending writes. */
    public boolean serves(LocalDate asOf) {
        return !writing() && asOf.equals(LocalDate.now(clock));
    }

    /** {@code read} registers what a part of the application reads every day, counted ahead after a start and at 00:01. */
    public void readEveryDay(Consumer<LocalDate> read) {
        dailyReads.add(read);
    }

    /**
     * The figures of {@code kind} with {@code params} at {@code asOf} of every commune in {@code communeIds} (the whole
     * province when {@code province}); see the class comment for where they come from.
     */
    public <P, T> Kept<T> read(KeptKind<P, T> kind, P params, LocalDate asOf, List<Long> communeIds, boolean province,
                               boolean provisionalAllowed) {
        kinds.putIfAbsent(kind.name(), kind);
        if (!serves(asOf)) {
            Map<Long, T> counted = kind.count(asOf, params, province ? null : communeIds);
            Map<Long, T> result = new HashMap<>();
            communeIds.forEach(id -> result.put(id, counted.getOrDefault(id, kind.none(params))));
            return new Kept<>(result, false);
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // inside a transaction a connection is held: the person's request waited before it ({@link OwnWritesFirst})
            awaitOwnWrites();
        }
        String variant = kind.variant(params);
        String key = digest(variant);
        inUse.put(new VariantId(kind.name(), variant), new InUse(kind, params));
        Map<Long, Stamp> stamps = stamps(kind.name(), key, province ? null : communeIds);
        Map<Long, Entry> rows = rows(kind, key, stamps, communeIds);
        boolean ahead = countingAhead.get();
        boolean underWay = !ahead && wholeCounts.getOrDefault(kind.name(), new AtomicInteger()).get() > 0;
        boolean takeUnconfirmed = !ahead && unconfirmed;
        Map<Long, T> result = new HashMap<>();
        Map<Long, T> earlier = new HashMap<>();
        long now = System.nanoTime();
        for (Long commune : communeIds) {
            Stamp stamp = stamps.get(commune);
            long current = stamp == null ? 0 : stamp.version();
            RowId id = new RowId(kind.name(), key, commune);
            Entry pending = entries.getIfPresent(id);
            Entry row = rows.get(commune);
            if (pending != null && pending.revision() == PENDING && pending.asOf().equals(asOf)
                    && pending.version() == current) {
                result.put(commune, cast(pending));
            } else if (row != null && row.version() >= 0 && row.asOf().equals(asOf) && row.version() <= current) {
                result.put(commune, cast(row));
                if (row.version() < current) {
                    lagged(id, kind, params, now);
                }
            } else if (row != null && (row.version() < 0 ? -1 - row.version() == current && (takeUnconfirmed || underWay)
                    : underWay)) {
                earlier.put(commune, cast(row));
            }
        }
        List<Long> missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        boolean marked = false;
        if (provisionalAllowed && !earlier.isEmpty() && (missing.size() > countOnDemandUpTo
                || communeIds.size() > 1 && missing.size() > communeIds.size() / 4)) {
            marked = true;
            result.putAll(earlier);
            missing = communeIds.stream().filter(id -> !result.containsKey(id)).toList();
        }
        if (!missing.isEmpty()) {
            // many communes to count (a new day): one pass over the scope is cheaper than a list of communes
            boolean whole = missing.size() > communeIds.size() / 4 && !marked;
            Collection<Long> toCount = whole ? communeIds : missing;
            Map<Long, Long> at = new HashMap<>();
            toCount.forEach(id -> at.put(id, stamps.containsKey(id) ? stamps.get(id).version() : 0L));
            Map<Long, T> counted = countOnDemand(kind, params, key, asOf, whole && province, at);
            toCount.forEach(id -> result.put(id, counted.get(id)));
        }
        return new Kept<>(result, marked);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Entry entry) {
        return (T) entry.figures();
    }

    /** Counts the communes of {@code at} (their versions read before), once for all readers asking the same. */
    @SuppressWarnings("unchecked")
    private <P, T> Map<Long, T> countOnDemand(KeptKind<P, T> kind, P params, String key, LocalDate asOf,
                                              boolean wholeProvince, Map<Long, Long> at) {
        return (Map<Long, T>) onDemand.get(new CountId(kind.name(), key, asOf, Map.copyOf(at)), id -> {
            Map<Long, T> counted = count(kind, params, asOf, wholeProvince ? null : at.keySet(), at.keySet(),
                    wholeProvince, "reader");
            keep(kind, key, kind.variant(params), asOf, at, counted);
            return counted;
        });
    }

    /** Counts and fills in {@link KeptKind#none} for communes without records; times and counts what was counted. */
    private <P, T> Map<Long, T> count(KeptKind<P, T> kind, P params, LocalDate asOf, Collection<Long> filter,
                                      Collection<Long> communes, boolean whole, String by) {
        AtomicInteger under = wholeCounts.computeIfAbsent(kind.name(), k -> new AtomicInteger());
        if (whole) {
            under.incrementAndGet();
        }
        try {
            Map<Long, T> counted = Timer.builder("indicator.recount")
                    .description("Counting kept figures of communes whose stored rows are stale or missing")
                    .tag("figures", kind.name()).register(meters)
                    .record(() -> kind.count(asOf, params, filter));
            io.micrometer.core.instrument.Counter.builder("kept.recount.communes")
                    .description("Communes whose kept figures were counted, by kind and by who counted them")
                    .tag("kind", kind.name()).tag("by", countingAhead.get() ? "background" : by).register(meters)
                    .increment(communes.size());
            Map<Long, T> result = new HashMap<>();
            communes.forEach(id -> result.put(id, counted.getOrDefault(id, kind.none(params))));
            return result;
        } finally {
            if (whole) {
                under.decrementAndGet();
            }
        }
    }

    /**
     * After a commit that bumped these communes' versions ({@link RosterVersions}): the communes join the next round of
     * counts ({@link #countWritten}), and the writer's own next request waits for that round ({@link #awaitOwnWrites}) —
     * the writer sees their change on their next page; nobody else waits for it. The writer's thread returns at once
     * and holds no connection for the count.
     */
    @EventListener
    public void committed(RosterVersions.Committed event) {
        if (event.communeIds().isEmpty()) {
            return;
        }
        CompletableFuture<Void> round;
        synchronized (batchLock) {
            written.addAll(event.communeIds());
            round = nextRound;
            if (!roundScheduled) {
                roundScheduled = true;
                try {
                    afterWrites.execute(this::countWritten);
                } catch (RejectedExecutionException e) {
                    // stopping: the rows stay behind their versions and are counted again when next read
                    roundScheduled = false;
                }
            }
        }
        owed.put(person(), round);
        if (writerWaits) {
            awaitOwnWrites();
        }
    }

    /**
     * The rounds: takes every commune written since the last round and counts each variant read lately for all of them
     * at once (and the communes whose figures the changes reach), keeps and stores the figures, then tells the writers
     * waiting; again while writes came meanwhile. A failure leaves the rows behind their version, shown as they were and
     * counted again in the background after the grace.
     */
    private void countWritten() {
        while (true) {
            Set<Long> communes;
            CompletableFuture<Void> round;
            synchronized (batchLock) {
                if (written.isEmpty()) {
                    roundScheduled = false;
                    return;
                }
                communes = written;
                round = nextRound;
                written = new TreeSet<>();
                nextRound = new CompletableFuture<>();
            }
            try {
                LocalDate today = LocalDate.now(clock);
                for (InUse use : inUse.asMap().values()) {
                    try {
                        recount(use.kind(), use.params(), today, communes, "writer");
                    } catch (RuntimeException e) {
                        log.warn("Kept {} figures of communes {} not counted after a write: {}", use.kind().name(),
                                communes, e.getMessage());
                    }
                }
            } finally {
                round.complete(null);
            }
        }
    }

    /**
     * Waits (at most {@code app.live-figures.own-write-wait}) until the figures of this person's last write are kept:
     * at the start of each of their requests ({@link OwnWritesFirst}), before any connection is taken, and at a read
     * outside a transaction.
     */
    public void awaitOwnWrites() {
        String person = person();
        CompletableFuture<Void> round = owed.getIfPresent(person);
        if (round == null) {
            return;
        }
        if (!round.isDone()) {
            try {
                round.get(ownWriteWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                log.debug("Figures of {}'s last write not yet kept: {}", person, e.toString());
                return;
            }
        }
        owed.asMap().remove(person, round);
    }

    /** Who is reading or writing: the signed-in person's name, "" for the application's own work. */
    private static String person() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "" : authentication.getName();
    }

    /** Waits until the communes written so far are counted and kept (tests and benchmarks). */
    public void awaitWritesCounted() {
        CompletableFuture<Void> round;
        synchronized (batchLock) {
            if (!roundScheduled) {
                return;
            }
            round = nextRound;
        }
        try {
            round.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("written communes not counted in time", e);
        }
    }

    private <P, T> void recount(KeptKind<P, T> kind, Object untyped, LocalDate asOf, Collection<Long> communeIds,
                                String by) {
        @SuppressWarnings("unchecked")
        P params = (P) untyped;
        String variant = kind.variant(params);
        String key = digest(variant);
        Map<Long, Long> at = versions.versions(communeIds);
        communeIds.forEach(id -> at.putIfAbsent(id, 0L));
        Map<Long, Entry> before = kind.reachesOtherCommunes() ? rows(kind, key, null, at.keySet()) : Map.of();
        Map<Long, T> counted = count(kind, params, asOf, at.keySet(), at.keySet(), false, by);
        Set<Long> also = new TreeSet<>();
        for (Long commune : kind.reachesOtherCommunes() ? at.keySet() : Set.<Long>of()) {
            Entry previous = before.get(commune);
            Entry kept = entries.getIfPresent(new RowId(kind.name(), key, commune));
            Object was = kept != null && kept.revision() == PENDING ? kept.figures()
                    : previous == null ? null : previous.figures();
            @SuppressWarnings("unchecked")
            T old = (T) was;
            also.addAll(kind.alsoAffected(old, counted.get(commune)));
        }
        also.removeAll(at.keySet());
        if (!also.isEmpty()) {
            Map<Long, Long> others = versions.versions(also);
            also.forEach(id -> others.putIfAbsent(id, 0L));
            counted.putAll(count(kind, params, asOf, others.keySet(), others.keySet(), false, by));
            at.putAll(others);
        }
        keep(kind, key, variant, asOf, at, counted, by.equals("writer"));
    }

    private <T> void keep(KeptKind<?, T> kind, String key, String variant, LocalDate asOf, Map<Long, Long> at,
                          Map<Long, T> figures) {
        keep(kind, key, variant, asOf, at, figures, false);
    }

    /**
     * Keeps figures just counted at these versions here at once, and stores them: right away on this thread when
     * {@code byTheWriter} (a round of counts after writes, which stores before it tells the writers waiting),
     * otherwise by the storing thread.
     */
    private <T> void keep(KeptKind<?, T> kind, String key, String variant, LocalDate asOf, Map<Long, Long> at,
                          Map<Long, T> figures, boolean byTheWriter) {
        Map<RowId, Entry> pending = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        // in commune order, so that two stores of the same communes lock their rows alike
        for (Map.Entry<Long, Long> commune : new java.util.TreeMap<>(at).entrySet()) {
            T value = figures.get(commune.getKey());
            Entry entry = new Entry(commune.getValue(), PENDING, asOf, value);
            RowId id = new RowId(kind.name(), key, commune.getKey());
            pending.put(id, entry);
            KeptText.Writer text = new KeptText.Writer(kind.signature());
            kind.write(value, text);
            rows.add(new Object[] {commune.getKey(), commune.getValue(), Date.valueOf(asOf), text.toString()});
        }
        entries.putAll(pending);
        if (byTheWriter) {
            store(kind.name(), key, variant, rows, pending);
            return;
        }
        try {
            background.execute(() -> store(kind.name(), key, variant, rows, pending));
        } catch (RejectedExecutionException e) {
            log.debug("Kept {} figures not stored: the storing thread is busy or stopped", kind.name());
        }
    }

    /** Adds missing rows and updates the others, never over figures of a later day or version; the revision written. */
    private long write(String kind, String key, String variant, List<Object[]> rows) {
        long revision = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Object[] row : rows) {
            inserts.add(new Object[] {kind, key, row[0], row[1], revision, row[2], variant, row[3], kind, key, row[0]});
            updates.add(new Object[] {row[1], revision, row[2], row[3], kind, key, row[0], row[2], row[2], row[1]});
        }
        jdbc.getJdbcTemplate().batchUpdate("INSERT INTO kept_figures (kind, variant, commune_id,"
                + " roster_version, revision, as_of_date, params, figures) SELECT ?, ?, ?, ?, ?, ?, ?, ?"
                + " FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM kept_figures WHERE kind = ? AND variant = ?"
                + " AND commune_id = ?)", inserts);
        jdbc.getJdbcTemplate().batchUpdate("UPDATE kept_figures SET roster_version = ?, revision = ?,"
                + " as_of_date = ?, figures = ? WHERE kind = ? AND variant = ? AND commune_id = ?"
                + " AND (as_of_date < ? OR as_of_date = ? AND roster_version <= ?)", updates);
        return revision;
    }

    /** The figures kept here as pending are now those of the stored revision. */
    private void stored(Map<RowId, Entry> pending, long revision) {
        pending.forEach((id, entry) -> entries.asMap().computeIfPresent(id, (k, now) -> now == entry
                ? new Entry(entry.version(), revision, entry.asOf(), entry.figures()) : now));
    }

    private void store(String kind, String key, String variant, List<Object[]> rows, Map<RowId, Entry> pending) {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                long revision = ownTransaction.execute(status -> write(kind, key, variant, rows));
                stored(pending, revision);
                return;
            } catch (DataAccessException | TransactionException e) {
                // another instance added the same rows at the same moment (tried again), or the database is away:
                // the rows stay behind their version and are counted again when next needed
                log.debug("Kept {} figures not stored: {}", kind, e.getMessage());
            }
        }
    }

    /** A row seen behind its commune's version: after the grace, that commune is counted again in the background. */
    private void lagged(RowId id, KeptKind<?, ?> kind, Object params, long now) {
        long since = lagging.get(id, k -> now);
        if (now - since >= lagGraceNanos && repairs.add(id)) {
            try {
                background.execute(() -> {
                    repairs.remove(id);
                    lagging.invalidate(id);
                    try {
                        recount(kind, params, LocalDate.now(clock), List.of(id.commune()), "background");
                    } catch (RuntimeException e) {
                        log.debug("Kept {} figures of commune {} not counted again: {}", kind.name(), id.commune(),
                                e.getMessage());
                    }
                });
            } catch (RejectedExecutionException e) {
                repairs.remove(id);
            }
        }
    }

    /** Each commune's version and, where there is one, its row's version, revision and date: one query. */
    private Map<Long, Stamp> stamps(String kind, String key, Collection<Long> communeIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("kind", kind).addValue("key", key);
        String filter = "";
        if (communeIds != null) {
            params.addValue("ids", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " WHERE c.id IN (:ids)";
        }
        Map<Long, Stamp> stamps = new HashMap<>();
        jdbc.query("SELECT c.id, v.version, k.roster_version, k.revision, k.as_of_date FROM commune c"
                + " LEFT JOIN roster_version v ON v.commune_id = c.id"
                + " LEFT JOIN kept_figures k ON k.commune_id = c.id AND k.kind = :kind AND k.variant = :key" + filter,
                params, rs -> {
                    Date date = rs.getDate(5);
                    stamps.put(rs.getLong(1), new Stamp(rs.getLong(2), date == null ? null
                            : new Entry(rs.getLong(3), rs.getLong(4), date.toLocalDate(), null)));
                });
        return stamps;
    }

    /**
     * The stored rows of the communes (their stamps given, or read now when null), from the entries kept where the
     * revision is the same, the others read and parsed; rows that do not read back are left out.
     */
    private Map<Long, Entry> rows(KeptKind<?, ?> kind, String key, Map<Long, Stamp> stamps, Collection<Long> communeIds) {
        Map<Long, Entry> rows = new HashMap<>();
        List<Long> fetch = new ArrayList<>();
        for (Long commune : communeIds) {
            Stamp stamp = stamps == null ? null : stamps.get(commune);
            if (stamps != null && (stamp == null || stamp.row() == null)) {
                continue;
            }
            Entry kept = entries.getIfPresent(new RowId(kind.name(), key, commune));
            if (stamp != null && kept != null && kept.revision() == stamp.row().revision()
                    && kept.asOf().equals(stamp.row().asOf())) {
                rows.put(commune, new Entry(stamp.row().version(), kept.revision(), kept.asOf(), kept.figures()));
            } else {
                fetch.add(commune);
            }
        }
        for (int from = 0; from < fetch.size(); from += 1000) {
            List<Long> chunk = fetch.subList(from, Math.min(fetch.size(), from + 1000));
            jdbc.query("SELECT commune_id, roster_version, revision, as_of_date, figures FROM kept_figures"
                    + " WHERE kind = :kind AND variant = :key AND commune_id IN (:ids)",
                    new MapSqlParameterSource("kind", kind.name()).addValue("key", key).addValue("ids", chunk), rs -> {
                        long commune = rs.getLong(1);
                        Object figures = parse(kind, rs.getString(5));
                        if (figures != null) {
                            Entry entry = new Entry(rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(), figures);
                            rows.put(commune, entry);
                            RowId id = new RowId(kind.name(), key, commune);
                            Entry kept = entries.getIfPresent(id);
                            if (kept == null || kept.revision() != PENDING) {
                                entries.put(id, new Entry(Math.max(entry.version(), -1 - entry.version()),
                                        entry.revision(), entry.asOf(), figures));
                            }
                        }
                    });
        }
        return rows;
    }

    private static Object parse(KeptKind<?, ?> kind, String text) {
        try {
            KeptText.Reader in = new KeptText.Reader(text, kind.signature());
            Object figures = kind.read(in);
            return in.atEnd() ? figures : null;
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /**
     * At a start: no stored row is current any more (the database may have been changed by hand while the application
     * was down), but each keeps its roster version, as {@code -1 - version}, so that until {@link #confirm} a large read
     * may show it as provisional. Rows already unconfirmed by another instance's start stay as they are.
     */
    void markUnconfirmed(boolean recountInBackground) {
        jdbc.getJdbcTemplate().update("UPDATE kept_figures SET roster_version = -1 - roster_version"
                + " WHERE roster_version >= 0");
        entries.invalidateAll();
        unconfirmed = recountInBackground;
    }

    /** Counts ahead on this thread (every variant stored or read lately, then the daily reads); then confirms. */
    void confirm() {
        try {
            countAhead();
            awaitStored();
        } finally {
            // also when the count failed: reads then count what they need
            unconfirmed = false;
        }
    }

    /**
     * Counts the whole province at today's date for every variant stored or read lately, then runs the daily reads
     * (which find their figures counted, or count what is new): after a start and at 00:01. Readers meanwhile take the
     * earlier figures where they may ({@link #read}) and never wait for this count.
     */
    public void countAhead() {
        LocalDate today = LocalDate.now(clock);
        countingAhead.set(true);
        try {
            Map<VariantId, InUse> variants = new HashMap<>(inUse.asMap());
            try {
                jdbc.getJdbcTemplate().query("SELECT DISTINCT kind, params FROM kept_figures", rs -> {
                    KeptKind<?, ?> kind = kinds.get(rs.getString(1));
                    Object params = kind == null ? null : kind.params(rs.getString(2));
                    if (params != null) {
                        variants.putIfAbsent(new VariantId(kind.name(), rs.getString(2)), new InUse(kind, params));
                    }
                });
            } catch (DataAccessException e) {
                log.warn("Stored kept figures not read: {}", e.getMessage());
            }
            for (InUse use : variants.values()) {
                try {
                    countProvince(use.kind(), use.params(), today);
                } catch (RuntimeException e) {
                    log.warn("Kept {} figures not counted ahead: {}", use.kind().name(), e.getMessage());
                }
            }
            for (Consumer<LocalDate> read : dailyReads) {
                try {
                    read.accept(today);
                } catch (RuntimeException e) {
                    log.warn("Daily figures not counted ahead: {}", e.getMessage());
                }
            }
        } finally {
            countingAhead.remove();
        }
    }

    private <P, T> void countProvince(KeptKind<P, T> kind, Object untyped, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        P params = (P) untyped;
        String variant = kind.variant(params);
        inUse.put(new VariantId(kind.name(), variant), new InUse(kind, params));
        Map<Long, Long> at = new HashMap<>(versions.versions(null));
        jdbc.getJdbcTemplate().queryForList("SELECT id FROM commune", Long.class)
                .forEach(id -> at.putIfAbsent(id, 0L));
        keep(kind, digest(variant), variant, asOf, at, count(kind, params, asOf, null, at.keySet(), true, "background"));
    }

    /** Waits until the rows handed to the storing thread so far are stored (tests and benchmarks read them back). */
    public void awaitStored() {
        try {
            background.submit(() -> { }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("kept figures not stored in time", e);
        }
    }

    /** Forgets every figure kept in memory (tests and benchmarks: what a restart forgets); the stored rows stay. */
    public void forget() {
        entries.invalidateAll();
        onDemand.invalidateAll();
    }

    /** Marks a count of the whole province of {@code kind} as under way until the handle is closed (tests). */
    public AutoCloseable wholeCountUnderWay(String kind) {
        AtomicInteger under = wholeCounts.computeIfAbsent(kind, k -> new AtomicInteger());
        under.incrementAndGet();
        return under::decrementAndGet;
    }

    /** Lets the storing thread finish the rows it holds before the connection pool closes. */
    @PreDestroy
    void stop() throws InterruptedException {
        afterWrites.shutdown();
        afterWrites.awaitTermination(10, TimeUnit.SECONDS);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** The variant's key in the table: a digest of its text (which may be long). */
    static String digest(String variant) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(variant.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record RowId(String kind, String key, long commune) {
    }

    private record VariantId(String kind, String variant) {
    }

    private record InUse(KeptKind<?, ?> kind, Object params) {
    }

    private record CountId(String kind, String key, LocalDate asOf, Map<Long, Long> versions) {
    }

    /** One commune's figures as counted at a version and date; the revision of its stored row, or PENDING. */
    private record Entry(long version, long revision, LocalDate asOf, Object figures) {
    }

    /** A commune's current version and its stored row's stamp (figures left out), if any. */
    private record Stamp(long version, Entry row) {
    }
}
