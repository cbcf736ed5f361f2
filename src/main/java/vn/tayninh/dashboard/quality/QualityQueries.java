package vn.tayninh.dashboard.quality;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.tayninh.dashboard.indicator.RequiredFields;

/**
 * The set-based queries behind data quality. The counts come in two parts: per commune, one grouped query counts the
 * active records and every problem a record has on its own ({@link Problem#isOwn()}); the possible duplicates come
 * from one query grouped by name key and birth date over the active records of the whole province
 * ({@code HAVING COUNT(*) > 1}), then the members of those groups. No pair is ever compared in Java. The work list
 * reads the records of one commune, each with how many active records of the province share its name key and birth
 * date (looked up on the index of the two).
 */
@Repository
class QualityQueries {

    private static final Problem[] PROBLEMS = Problem.values();
    private static final Problem[] OWN = Arrays.stream(PROBLEMS).filter(Problem::isOwn).toArray(Problem[]::new);
    /** How many name keys one IN list holds. */
    private static final int CHUNK = 500;

    /** Active at the as-of date: started on or before it, not ended by it. */
    static String active(String alias) {
        return alias + ".start_date <= :asOf AND (" + alias + ".end_date IS NULL OR " + alias + ".end_date > :asOf)";
    }

    private static final String ACTIVE = active("c");

    /**
     * The active records of the given communes, each with {@code twins}: how many active records of the whole
     * province share its name key and birth date (0 without a birth date), one index lookup per record.
     */
    private static final String ACTIVE_RECORDS = " FROM (SELECT c.id, c.commune_id, c.full_name, c.gender, c.birth_date,"
            + " c.ethnicity, c.education, c.political_theory, c.bloc, c.start_date, c.last_changed, c.name_key,"
            + " CASE WHEN c.birth_date IS NULL OR c.name_key IS NULL THEN 0"
            + " ELSE (SELECT COUNT(*) FROM cadre t WHERE t.name_key = c.name_key AND t.birth_date = c.birth_date AND "
            + active("t") + ") END AS twins"
            + " FROM cadre c WHERE " + ACTIVE + " AND c.commune_id IN (:communeIds)) c";

    private static final String ANY_PROBLEM = anyOf(PROBLEMS);
    private static final String ANY_OWN_PROBLEM = anyOf(OWN);

    private final NamedParameterJdbcTemplate jdbc;

    QualityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String anyOf(Problem[] problems) {
        return "(" + Arrays.stream(problems).map(p -> "(" + p.condition() + ")").collect(Collectors.joining(" OR ")) + ")";
    }

    /**
     * Per commune id with active records at {@code asOf} ({@code communeIds} null: all communes): the active records,
     * those without a problem of their own, and the count of each problem of their own; duplicates are left at 0.
     */
    Map<Long, QualityCounts> ownCounts(LocalDate asOf, Collection<Long> communeIds) {
        StringBuilder columns = new StringBuilder("COUNT(*), SUM(CASE WHEN " + ANY_OWN_PROBLEM + " THEN 0 ELSE 1 END)");
        for (Problem problem : OWN) {
            columns.append(", SUM(CASE WHEN ").append(problem.condition()).append(" THEN 1 ELSE 0 END)");
        }
        Map<Long, QualityCounts> result = new HashMap<>();
        jdbc.query("SELECT c.commune_id + 0, " + columns + " FROM cadre c WHERE " + ACTIVE + communeFilter(communeIds)
                + " GROUP BY c.commune_id + 0", params(asOf, communeIds), rs -> {
                    Map<Problem, Long> problems = new EnumMap<>(Problem.class);
                    for (int i = 0; i < OWN.length; i++) {
                        problems.put(OWN[i], rs.getLong(4 + i));
                    }
                    result.put(rs.getLong(1), new QualityCounts(rs.getLong(2), rs.getLong(3), problems));
                });
        return result;
    }

    /** The name key and birth date shared by more than one active record of the province: one grouped query. */
    Set<Twins> duplicateGroups(LocalDate asOf) {
        Set<Twins> groups = new HashSet<>();
        jdbc.query("SELECT c.name_key, c.birth_date FROM cadre c WHERE " + ACTIVE
                + " AND c.name_key IS NOT NULL AND c.birth_date IS NOT NULL"
                + " GROUP BY c.name_key, c.birth_date HAVING COUNT(*) > 1", params(asOf, null), rs -> {
                    groups.add(new Twins(rs.getLong(1), rs.getDate(2).toLocalDate()));
                });
        return groups;
    }

    /**
     * The groups of {@link #duplicateGroups} that an active record of the given communes belongs to, or that have one
     * of the given name keys: the groups a write to those communes may have made, changed or ended.
     */
    Set<Twins> duplicateGroupsTouching(LocalDate asOf, Collection<Long> communeIds, Collection<Long> nameKeys) {
        Set<Twins> groups = new HashSet<>();
        if (!communeIds.isEmpty()) {
            jdbc.query("SELECT t.name_key, t.birth_date FROM cadre w JOIN cadre t ON t.name_key = w.name_key"
                    + " AND t.birth_date = w.birth_date WHERE w.commune_id IN (:communeIds) AND " + active("w")
                    + " AND " + active("t") + " GROUP BY t.name_key, t.birth_date HAVING COUNT(DISTINCT t.id) > 1",
                    params(asOf, communeIds), rs -> {
                        groups.add(new Twins(rs.getLong(1), rs.getDate(2).toLocalDate()));
                    });
        }
        for (List<Long> chunk : chunks(nameKeys)) {
            jdbc.query("SELECT c.name_key, c.birth_date FROM cadre c WHERE " + ACTIVE + " AND c.name_key IN (:keys)"
                    + " AND c.birth_date IS NOT NULL GROUP BY c.name_key, c.birth_date HAVING COUNT(*) > 1",
                    params(asOf, null).addValue("keys", chunk), rs -> {
                        groups.add(new Twins(rs.getLong(1), rs.getDate(2).toLocalDate()));
                    });
        }
        return groups;
    }

    /** The active records of the given groups, each with its commune and whether it has a problem of its own. */
    Map<Twins, List<Twin>> members(LocalDate asOf, Set<Twins> groups) {
        Map<Twins, List<Twin>> members = new HashMap<>();
        Set<Long> keys = groups.stream().map(Twins::nameKey).collect(Collectors.toSet());
        for (List<Long> chunk : chunks(keys)) {
            jdbc.query("SELECT c.id, c.commune_id, c.name_key, c.birth_date, CASE WHEN " + ANY_OWN_PROBLEM
                    + " THEN 1 ELSE 0 END FROM cadre c WHERE " + ACTIVE + " AND c.name_key IN (:keys)"
                    + " AND c.birth_date IS NOT NULL", params(asOf, null).addValue("keys", chunk), rs -> {
                        Twins group = new Twins(rs.getLong(3), rs.getDate(4).toLocalDate());
                        if (groups.contains(group)) {
                            members.computeIfAbsent(group, g -> new ArrayList<>())
                                    .add(new Twin(rs.getLong(1), rs.getLong(2), rs.getInt(5) == 1));
                        }
                    });
        }
        return members;
    }

    /** One page of the records of the given communes with at least one problem, by commune code, name and id. */
    List<QualityRecord> records(LocalDate asOf, Collection<Long> communeIds, long offset, int size) {
        StringBuilder flags = new StringBuilder();
        for (Problem problem : PROBLEMS) {
            flags.append(", CASE WHEN ").append(problem.condition()).append(" THEN 1 ELSE 0 END");
        }
        List<String> required = List.copyOf(RequiredFields.MISSING_SQL.keySet());
        for (String missing : RequiredFields.MISSING_SQL.values()) {
            flags.append(", CASE WHEN ").append(missing).append(" THEN 1 ELSE 0 END");
        }
        // the twins in the record's own commune: looked up for the lines of this page only
        flags.append(", CASE WHEN c.twins > 1 THEN (SELECT COUNT(*) FROM cadre t WHERE t.name_key = c.name_key"
                + " AND t.birth_date = c.birth_date AND t.commune_id = c.commune_id AND " + active("t")
                + ") ELSE 0 END, c.twins");
        int missingAt = 5 + PROBLEMS.length;
        int twinsAt = missingAt + required.size();
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("size", size).addValue("offset", offset);
        List<QualityRecord> records = new ArrayList<>();
        jdbc.query("SELECT c.id, m.code, m.name, c.full_name" + flags + ACTIVE_RECORDS
                + " JOIN commune m ON m.id = c.commune_id WHERE " + ANY_PROBLEM
                + " ORDER BY m.code, c.full_name, c.id LIMIT :size OFFSET :offset", params, rs -> {
                    List<String> missing = new ArrayList<>();
                    for (int i = 0; i < required.size(); i++) {
                        if (rs.getInt(missingAt + i) == 1) {
                            missing.add(required.get(i));
                        }
                    }
                    long here = rs.getLong(twinsAt);
                    long all = rs.getLong(twinsAt + 1);
                    records.add(new QualityRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            problems(rs, 5), missing, Math.max(0, here - 1), Math.max(0, all - here)));
                });
        return records;
    }

    /** How many records of the given communes {@link #records} pages through. */
    long countRecords(LocalDate asOf, Collection<Long> communeIds) {
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + ACTIVE_RECORDS + " WHERE " + ANY_PROBLEM,
                params(asOf, communeIds), Long.class);
        return count == null ? 0 : count;
    }

    private static List<List<Long>> chunks(Collection<Long> keys) {
        List<Long> all = new ArrayList<>(keys);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    private static Set<Problem> problems(ResultSet rs, int first) throws SQLException {
        Set<Problem> problems = EnumSet.noneOf(Problem.class);
        for (int i = 0; i < PROBLEMS.length; i++) {
            if (rs.getInt(first + i) == 1) {
                problems.add(PROBLEMS[i]);
            }
        }
        return problems;
    }

    private static MapSqlParameterSource params(LocalDate asOf, Collection<Long> communeIds) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("asOf", Date.valueOf(asOf))
                .addValue("adultSince", Date.valueOf(asOf.minusYears(18)))
                // over 65 means 66 or more, birthday counted
                .addValue("over65Since", Date.valueOf(asOf.minusYears(66)))
                .addValue("postgradSince", Date.valueOf(asOf.minusYears(22)))
                // a change on the 365th day before still counts
                .addValue("staleBefore", Date.valueOf(asOf.minusDays(365)));
        if (communeIds != null) {
            params.addValue("communeIds", communeIds.isEmpty() ? List.of(-1L) : communeIds);
        }
        return params;
    }

    private static String communeFilter(Collection<Long> communeIds) {
        return communeIds == null ? "" : " AND c.commune_id IN (:communeIds)";
    }

    /** A name key and birth date: a group of possible duplicates when more than one active record shares it. */
    record Twins(long nameKey, LocalDate birthDate) {
    }

    /** An active record of a group of possible duplicates: its id, commune, and whether it has a problem of its own. */
    record Twin(long id, long communeId, boolean ownProblem) {
    }
}
