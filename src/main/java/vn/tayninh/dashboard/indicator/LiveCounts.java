package vn.tayninh.dashboard.indicator;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.tayninh.dashboard.cadre.RosterVersions;

/**
 * Every commune's counters at the live date, kept in {@code live_counts} so that the live dashboard sums one row
 * per commune instead of counting every cadre. A row holds the counts of {@link IndicatorQueries#countsByCommune}
 * for one commune, date, rating year and set of political-theory standards, counted at the commune's roster
 * version ({@link RosterVersions}); it is used only while all four still match, and recounted otherwise. So a new
 * day (ages change), new standards, another rating year or any write to a commune's records (which bumps its
 * version in the same transaction) leads to a recount of what changed, never to stale figures.
 * <p>
 * The version is read before counting: counts made while a writer commits are at least as new as their version
 * says, and are simply recounted on the next read. Rows are written in a transaction of their own, so a read
 * stays read-only; a transaction with pending writes never uses or writes rows (it counts directly, seeing its own
 * changes).
 */
@Component
class LiveCounts {

    private static final Logger log = LoggerFactory.getLogger(LiveCounts.class);
    private static final LocalDate NEVER = LocalDate.of(1900, 1, 1);

    private final IndicatorQueries queries;
    private final RosterVersions versions;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    LiveCounts(IndicatorQueries queries, RosterVersions versions, NamedParameterJdbcTemplate jdbc,
               PlatformTransactionManager transactions, Clock clock) {
        this.queries = queries;
        this.versions = versions;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
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
        Map<Long, Counts> fresh = queries.countsByCommune(asOf, ratingYear, planStandardRank,
                whole && province ? null : recount);
        List<Row> rows = new ArrayList<>();
        for (Long commune : recount) {
            Counts counts = fresh.getOrDefault(commune, Counts.ZERO);
            result.put(commune, counts);
            rows.add(new Row(commune, current.getOrDefault(commune, 0L), format(counts)));
        }
        store(asOf, ratingYear, key, rows);
        return result;
    }

    /** Forgets every row (at startup: the database may have been changed by hand while the application was down). */
    void clear() {
        jdbc.getJdbcTemplate().update("DELETE FROM live_counts");
    }

    private void store(LocalDate asOf, int ratingYear, String key, List<Row> rows) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.getJdbcTemplate().update("INSERT INTO live_counts (commune_id, roster_version, as_of_date,"
                        + " rating_year, standards, counters) SELECT c.id, -1, ?, 0, '', '' FROM commune c"
                        + " WHERE NOT EXISTS (SELECT 1 FROM live_counts l WHERE l.commune_id = c.id)", Date.valueOf(NEVER));
                jdbc.getJdbcTemplate().batchUpdate("UPDATE live_counts SET roster_version = ?, as_of_date = ?,"
                        + " rating_year = ?, standards = ?, counters = ? WHERE commune_id = ?", rows, 500, (ps, row) -> {
                            ps.setLong(1, row.version());
                            ps.setDate(2, Date.valueOf(asOf));
                            ps.setInt(3, ratingYear);
                            ps.setString(4, key);
                            ps.setString(5, row.counters());
                            ps.setLong(6, row.commune());
                        });
            });
        } catch (DataAccessException | TransactionException e) {
            // another request stored the same rows at the same moment, or no second connection was free: the
            // figures already counted are returned all the same, and the rows are recounted when next needed
            log.debug("Live counts not stored: {}", e.getMessage());
        }
    }

    private record Row(long commune, long version, String counters) {
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
