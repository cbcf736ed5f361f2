package vn.tayninh.dashboard.quality;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The set-based queries behind data quality: one grouped query gives every commune's counts, one more the records
 * of a work list. Possible duplicates come from one count partitioned by name key and birth date over the active
 * records of the whole province; no pair is ever compared in Java.
 */
@Repository
class QualityQueries {

    private static final String ACTIVE = "c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf)";
    private static final Problem[] PROBLEMS = Problem.values();

    /**
     * The active records of the whole province, each with {@code twins}: how many active records share its name key
     * and birth date (0 without a birth date). One partitioned count over the province, whatever the scope asked
     * for: H2 has no hash join, and joining a grouped derived table looked the group up again for every record.
     */
    private static final String ACTIVE_RECORDS = " FROM (SELECT c.id, c.commune_id, c.full_name, c.gender, c.birth_date,"
            + " c.ethnicity, c.education, c.political_theory, c.bloc, c.start_date, c.last_changed,"
            + " CASE WHEN c.birth_date IS NULL OR c.name_key IS NULL THEN 0"
            + " ELSE COUNT(*) OVER (PARTITION BY c.name_key, c.birth_date) END AS twins"
            + " FROM cadre c WHERE " + ACTIVE + ") c";

    private static final String ANY_PROBLEM = "(" + java.util.Arrays.stream(PROBLEMS)
            .map(p -> "(" + p.condition() + ")").collect(Collectors.joining(" OR ")) + ")";

    private final NamedParameterJdbcTemplate jdbc;

    QualityQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per commune id with active records at {@code asOf}: the counts; {@code communeIds} null means all communes. */
    Map<Long, QualityCounts> countsByCommune(LocalDate asOf, Collection<Long> communeIds) {
        StringBuilder columns = new StringBuilder("COUNT(*), SUM(CASE WHEN " + ANY_PROBLEM + " THEN 0 ELSE 1 END)");
        for (Problem problem : PROBLEMS) {
            columns.append(", SUM(CASE WHEN ").append(problem.condition()).append(" THEN 1 ELSE 0 END)");
        }
        Map<Long, QualityCounts> result = new HashMap<>();
        jdbc.query("SELECT c.commune_id + 0, " + columns + ACTIVE_RECORDS + " WHERE 1=1"
                + communeFilter(communeIds) + " GROUP BY c.commune_id + 0", params(asOf, communeIds), rs -> {
                    Map<Problem, Long> problems = new EnumMap<>(Problem.class);
                    for (int i = 0; i < PROBLEMS.length; i++) {
                        problems.put(PROBLEMS[i], rs.getLong(4 + i));
                    }
                    result.put(rs.getLong(1), new QualityCounts(rs.getLong(2), rs.getLong(3), problems));
                });
        return result;
    }

    /** One page of the records with at least one problem, by commune code, name and id. */
    List<QualityRecord> records(LocalDate asOf, Collection<Long> communeIds, int page, int size) {
        StringBuilder flags = new StringBuilder();
        for (Problem problem : PROBLEMS) {
            flags.append(", CASE WHEN ").append(problem.condition()).append(" THEN 1 ELSE 0 END");
        }
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("size", size).addValue("offset", (long) page * size);
        List<QualityRecord> records = new ArrayList<>();
        jdbc.query("SELECT c.id, m.code, m.name, c.full_name" + flags + ACTIVE_RECORDS
                + " JOIN commune m ON m.id = c.commune_id WHERE " + ANY_PROBLEM + communeFilter(communeIds)
                + " ORDER BY m.code, c.full_name, c.id LIMIT :size OFFSET :offset", params, rs -> {
                    records.add(new QualityRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            problems(rs, 5)));
                });
        return records;
    }

    /** How many records {@link #records} pages through. */
    long countRecords(LocalDate asOf, Collection<Long> communeIds) {
        Long count = jdbc.queryForObject("SELECT COUNT(*)" + ACTIVE_RECORDS + " WHERE " + ANY_PROBLEM
                + communeFilter(communeIds), params(asOf, communeIds), Long.class);
        return count == null ? 0 : count;
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
}
