package vn.tayninh.dashboard.indicator;

import static vn.tayninh.dashboard.indicator.Counter.*;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.tayninh.dashboard.position.Position;

/**
 * The grouped queries behind every indicator. Each returns one row per commune (or per commune and
 * position), so a whole dashboard — province and all communes — costs a handful of queries whatever the
 * number of cadres. A record counts on {@code asOf} when {@code start_date <= asOf < end_date}.
 */
@Repository
class IndicatorQueries {

    /** Young means under 42 at the as-of date, birthday counted. */
    static final int YOUNG_BELOW_AGE = 42;

    private static final String ACTIVE_CADRE = "c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf)";
    private static final String ACTIVE_HOLDING = "ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf)";
    private static final String POSTGRADUATE_SQL = "c.education IN ('THAC_SI', 'TIEN_SI')";
    private static final String UNIVERSITY_SQL = "c.education IN ('DAI_HOC', 'THAC_SI', 'TIEN_SI')";
    private static final String WOMAN = "c.gender = 'NU'";
    private static final String YOUNG = "c.birth_date > :youngSince";
    private static final String MINORITY = "(c.ethnicity IS NOT NULL AND c.ethnicity <> '' AND LOWER(c.ethnicity) <> 'kinh')";
    private static final String STEM = "c.stem = TRUE";
    private static final String COMPLETE_SQL = RequiredFields.COMPLETE_SQL;
    private static final String PLAN_KEY_SQL = "c.planned_key_title = TRUE";
    private static final String PLAN_SQL = "(c.planned_key_title = TRUE OR c.planned_committee = TRUE)";
    private static final String SOURCE_SQL = "c.source_pool = TRUE";
    private static final String THEORY_RANK = "CASE c.political_theory WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'TRUNG_CAP' THEN 2"
            + " WHEN 'SO_CAP' THEN 1 WHEN 'CHUA_CO' THEN 0 ELSE -1 END";

    /** Counters from the cadre row alone, in this order. */
    private static final Map<Counter, String> CADRE_COUNTERS = ordered(
            ALL, "1=1",
            UNIVERSITY, UNIVERSITY_SQL,
            POSTGRADUATE, POSTGRADUATE_SQL,
            COMPLETE, COMPLETE_SQL,
            PLAN_KEY, PLAN_KEY_SQL,
            PLAN_KEY_MEETING_STANDARD, PLAN_KEY_SQL + " AND " + THEORY_RANK + " >= :planStandardRank",
            PLAN_KEY_WOMEN, PLAN_KEY_SQL + " AND " + WOMAN,
            PLAN, PLAN_SQL,
            PLAN_YOUNG, PLAN_SQL + " AND " + YOUNG,
            PLAN_WOMEN, PLAN_SQL + " AND " + WOMAN,
            PLAN_STEM, PLAN_SQL + " AND " + STEM,
            PLAN_MINORITY, PLAN_SQL + " AND " + MINORITY,
            SOURCE, SOURCE_SQL,
            SOURCE_TRAINED, SOURCE_SQL + " AND c.llct_advanced_trained = TRUE",
            SOURCE_POSTGRADUATE, SOURCE_SQL + " AND " + POSTGRADUATE_SQL);

    private static final String KEY_TITLE_HELD =
            "ph.position_code IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'PCT_HDND', 'CT_UBND', 'PCT_UBND')";
    private static final String COMMITTEE_SEAT_HELD = "ph.position_code IN ('BCH', 'BTV')";
    private static final String REQUIRED_RANK = "CASE s.min_level WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'SO_CAP' THEN 1"
            + " WHEN 'CHUA_CO' THEN 0 ELSE 2 END";

    /**
     * Counters from the titles and seats held, one pass over the holdings: a cadre holding several titles or both
     * seats is counted once ({@code COUNT(DISTINCT)}). A leader meets the standard unless one of the titles held
     * requires more than the cadre has, so the query counts those falling short and the reader subtracts.
     */
    private static final Map<Counter, String> HOLDING_COUNTERS = ordered(
            LEADERS, KEY_TITLE_HELD,
            LEADERS_MEETING_STANDARD, KEY_TITLE_HELD + " AND " + THEORY_RANK + " < " + REQUIRED_RANK,
            COMMITTEE, COMMITTEE_SEAT_HELD,
            COMMITTEE_YOUNG, COMMITTEE_SEAT_HELD + " AND " + YOUNG,
            COMMITTEE_STEM, COMMITTEE_SEAT_HELD + " AND " + STEM,
            COMMITTEE_WOMEN, COMMITTEE_SEAT_HELD + " AND " + WOMAN,
            COMMITTEE_MINORITY, COMMITTEE_SEAT_HELD + " AND " + MINORITY,
            BTV, "ph.position_code = 'BTV'",
            BTV_WOMEN, "ph.position_code = 'BTV' AND " + WOMAN);

    /** Seats filled per position, counted in the same pass (a cadre never holds one title twice at once). */
    private static final Map<Counter, Position> FILLED = new java.util.LinkedHashMap<>();

    static {
        for (Position position : Position.values()) {
            FILLED.put(Counter.filled(position), position);
        }
    }

    /** The one definition of a filled seat: a holding of an active cadre, per position, in {@link #FILLED} order. */
    private static final String FILLED_COLUMNS = FILLED.values().stream()
            .map(p -> "SUM(CASE WHEN ph.position_code = '" + p.name() + "' THEN 1 ELSE 0 END)")
            .collect(java.util.stream.Collectors.joining(", "));

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every counter per commune id at {@code asOf}, with ratings of {@code ratingYear}; communes without
     * active cadres are absent. {@code communeIds} null means all communes.
     */
    Map<Long, Counts> countsByCommune(LocalDate asOf, int ratingYear, int planStandardRank, Collection<Long> communeIds) {
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("year", ratingYear)
                .addValue("planStandardRank", planStandardRank);
        Map<Long, long[]> rows = new HashMap<>();

        // Grouping on an expression keeps H2 from walking the commune index to group in order, which is slower
        // than reading the table.
        jdbc.query("SELECT c.commune_id + 0, " + sums(CADRE_COUNTERS) + " FROM cadre c WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + " GROUP BY c.commune_id + 0", params,
                rs -> {
                    read(rs, rows, CADRE_COUNTERS, 2);
                });
        // Over the whole province the ratings of the year are read from their index in cadre order and each cadre
        // is looked up once ("+ 0" keeps MySQL from walking the cadres by commune and fetching every rating row
        // at random); for a list of communes the commune index finds the few cadres first.
        String ratingJoin = communeIds == null ? "c.id = r.cadre_id + 0" : "c.id = r.cadre_id";
        jdbc.query("SELECT c.commune_id + 0, COUNT(*), SUM(CASE WHEN r.rating IN ('HTXS', 'HTT') THEN 1 ELSE 0 END)"
                + " FROM annual_rating r JOIN cadre c ON " + ratingJoin + " WHERE r.rating_year = :year AND "
                + ACTIVE_CADRE + communeFilter("c", communeIds) + " GROUP BY c.commune_id + 0", params,
                rs -> {
                    read(rs, rows, ordered(RATED, "", RATED_WELL, ""), 2);
                });
        jdbc.query("SELECT c.commune_id + 0, " + distinctCadres(HOLDING_COUNTERS) + ", " + FILLED_COLUMNS
                + " FROM position_holding ph JOIN cadre c ON c.id = ph.cadre_id"
                + " LEFT JOIN political_theory_standard s ON s.position_code = ph.position_code"
                + " WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE + communeFilter("ph", communeIds)
                + " GROUP BY c.commune_id + 0", params,
                rs -> {
                    long[] values = read(rs, rows, HOLDING_COUNTERS, 2);
                    read(rs, rows, FILLED, 2 + HOLDING_COUNTERS.size());
                    values[LEADERS_MEETING_STANDARD.ordinal()] =
                            values[LEADERS.ordinal()] - values[LEADERS_MEETING_STANDARD.ordinal()];
                });

        Map<Long, Counts> result = new HashMap<>();
        rows.forEach((commune, values) -> result.put(commune, Counts.of(values)));
        return result;
    }

    /** Approved seats per commune id and position. */
    Map<Long, Map<Position, Integer>> approvedSeats(Collection<Long> communeIds) {
        Map<Long, Map<Position, Integer>> result = new HashMap<>();
        jdbc.query("SELECT s.commune_id, s.position_code, s.seats FROM approved_seat s WHERE 1=1"
                + communeFilter("s", communeIds), params(null, communeIds), rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Position.class))
                            .put(Position.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return result;
    }

    /** Filled seats per commune id and position at {@code asOf}, as the dashboard's holdings pass counts them. */
    Map<Long, Map<Position, Integer>> filledSeats(LocalDate asOf, Collection<Long> communeIds) {
        Map<Long, Map<Position, Integer>> result = new HashMap<>();
        jdbc.query("SELECT ph.commune_id + 0, " + FILLED_COLUMNS + " FROM position_holding ph"
                + " JOIN cadre c ON c.id = ph.cadre_id WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE
                + communeFilter("ph", communeIds) + " GROUP BY ph.commune_id + 0",
                params(asOf, communeIds), rs -> {
                    Map<Position, Integer> byPosition = new EnumMap<>(Position.class);
                    int column = 2;
                    for (Position position : FILLED.values()) {
                        byPosition.put(position, rs.getInt(column++));
                    }
                    result.put(rs.getLong(1), byPosition);
                });
        return result;
    }

    /**
     * The cadre structure form at {@code asOf}: per commune id, one tally per title over the active holdings of
     * active cadres (a holding counts once in its title, as {@link #filledSeats} counts seats), and one over all
     * active cadres. Ages in whole years at {@code asOf}, birthday counted.
     */
    CadreStructure cadreStructure(LocalDate asOf, Collection<Long> communeIds) {
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("b30", Date.valueOf(asOf.minusYears(30)))
                .addValue("b40", Date.valueOf(asOf.minusYears(40)))
                .addValue("b50", Date.valueOf(asOf.minusYears(50)))
                .addValue("b60", Date.valueOf(asOf.minusYears(60)));
        String columns = structureColumns(asOf);
        Map<Long, Map<Position, CadreStructure.Tally>> byTitle = new HashMap<>();
        jdbc.query("SELECT ph.commune_id + 0, ph.position_code, " + columns + " FROM position_holding ph"
                + " JOIN cadre c ON c.id = ph.cadre_id WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE
                + communeFilter("ph", communeIds) + " GROUP BY ph.commune_id + 0, ph.position_code", params, rs -> {
                    byTitle.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Position.class))
                            .put(Position.valueOf(rs.getString(2)), tally(rs, 3));
                });
        Map<Long, CadreStructure.Tally> all = new HashMap<>();
        jdbc.query("SELECT c.commune_id + 0, " + columns + " FROM cadre c WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + " GROUP BY c.commune_id + 0", params, rs -> {
                    all.put(rs.getLong(1), tally(rs, 2));
                });
        return new CadreStructure(byTitle, all);
    }

    private static String structureColumns(LocalDate asOf) {
        List<String> columns = new ArrayList<>();
        columns.add("COUNT(*)");
        for (String condition : List.of(WOMAN, "c.gender = 'NAM'", MINORITY,
                "c.birth_date > :b30", "c.birth_date <= :b30 AND c.birth_date > :b40",
                "c.birth_date <= :b40 AND c.birth_date > :b50", "c.birth_date <= :b50 AND c.birth_date > :b60",
                "c.birth_date <= :b60", "c.birth_date IS NULL")) {
            columns.add("SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)");
        }
        // whole years: the year difference, less one before the birthday (literals: H2 types no parameter here)
        int monthDay = asOf.getMonthValue() * 100 + asOf.getDayOfMonth();
        columns.add("SUM(CASE WHEN c.birth_date IS NULL THEN 0 ELSE " + asOf.getYear() + " - EXTRACT(YEAR FROM c.birth_date)"
                + " - CASE WHEN EXTRACT(MONTH FROM c.birth_date) * 100 + EXTRACT(DAY FROM c.birth_date) > " + monthDay
                + " THEN 1 ELSE 0 END END)");
        columns.add("SUM(CASE WHEN c.birth_date IS NULL THEN 0 ELSE 1 END)");
        for (String level : CadreStructure.EDUCATION) {
            columns.add("SUM(CASE WHEN " + (level.equals("UNKNOWN") ? "c.education IS NULL" : "c.education = '" + level + "'")
                    + " THEN 1 ELSE 0 END)");
        }
        for (String level : CadreStructure.THEORY) {
            columns.add("SUM(CASE WHEN " + (level.equals("UNKNOWN") ? "c.political_theory IS NULL"
                    : "c.political_theory = '" + level + "'") + " THEN 1 ELSE 0 END)");
        }
        return String.join(", ", columns);
    }

    private static CadreStructure.Tally tally(ResultSet rs, int first) throws SQLException {
        int c = first;
        long total = rs.getLong(c++);
        long women = rs.getLong(c++);
        long men = rs.getLong(c++);
        long minority = rs.getLong(c++);
        Map<String, Long> ages = new java.util.LinkedHashMap<>();
        for (String band : CadreStructure.AGE_BANDS) {
            ages.put(band, rs.getLong(c++));
        }
        long ageSum = rs.getLong(c++);
        long withBirth = rs.getLong(c++);
        Map<String, Long> education = new java.util.LinkedHashMap<>();
        for (String level : CadreStructure.EDUCATION) {
            education.put(level, rs.getLong(c++));
        }
        Map<String, Long> theory = new java.util.LinkedHashMap<>();
        for (String level : CadreStructure.THEORY) {
            theory.put(level, rs.getLong(c++));
        }
        return new CadreStructure.Tally(total, women, men, minority, ages, ageSum, withBirth, education, theory);
    }

    /** Short courses that started within [from, to]. */
    long courses(LocalDate from, LocalDate to) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM short_course WHERE start_date >= :from AND start_date <= :to",
                new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to)), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Per commune id and rating year: active cadres rated, and rated HTXS or HTT; {@link #ratingsByYear} commune by
     * commune. {@code communeIds} null means all communes.
     */
    Map<Long, Map<Integer, long[]>> ratingsByYearByCommune(LocalDate asOf, Collection<Long> communeIds) {
        Map<Long, Map<Integer, long[]>> result = new HashMap<>();
        jdbc.query("SELECT c.commune_id + 0, r.rating_year, COUNT(*),"
                + " SUM(CASE WHEN r.rating IN ('HTXS', 'HTT') THEN 1 ELSE 0 END)"
                + " FROM annual_rating r JOIN cadre c ON c.id = r.cadre_id WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + " GROUP BY c.commune_id + 0, r.rating_year",
                params(asOf, communeIds), rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                            .put(rs.getInt(2), new long[] {rs.getLong(3), rs.getLong(4)});
                });
        return result;
    }

    /** Per rating year: active cadres rated, and rated HTXS or HTT. */
    Map<Integer, long[]> ratingsByYear(LocalDate asOf, Collection<Long> communeIds) {
        Map<Integer, long[]> result = new java.util.TreeMap<>();
        jdbc.query("SELECT r.rating_year, COUNT(*), SUM(CASE WHEN r.rating IN ('HTXS', 'HTT') THEN 1 ELSE 0 END)"
                + " FROM annual_rating r JOIN cadre c ON c.id = r.cadre_id WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + " GROUP BY r.rating_year", params(asOf, communeIds), rs -> {
                    result.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return result;
    }

    /** The latest rating year recorded on or before {@code year}, if any. */
    Integer latestRatingYear(int year) {
        return jdbc.queryForObject("SELECT MAX(rating_year) FROM annual_rating WHERE rating_year <= :year",
                new MapSqlParameterSource("year", year), Integer.class);
    }

    /**
     * Head counts grouped by population flags and by every breakdown dimension, for the communes given; the
     * engine sums them into one-dimensional breakdowns per population. One pass over the cadres, each joined to
     * the titles and seats it holds (measured faster on H2 than counting distinct cadres over the holdings).
     */
    List<BreakdownRow> breakdownRows(LocalDate asOf, Collection<Long> communeIds) {
        return breakdownRows(asOf, communeIds, false);
    }

    /** {@link #breakdownRows}, grouped by commune as well when {@code byCommune} (rows then carry the commune id). */
    List<BreakdownRow> breakdownRows(LocalDate asOf, Collection<Long> communeIds, boolean byCommune) {
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("b30", Date.valueOf(asOf.minusYears(30)))
                .addValue("b51", Date.valueOf(asOf.minusYears(51)))
                .addValue("b61", Date.valueOf(asOf.minusYears(61)));
        String grouped = "education, political_theory, gender, bloc, age_band, ethnicity"
                + (byCommune ? ", commune" : "");
        String held = "SELECT ph.cadre_id,"
                + " MAX(CASE WHEN " + KEY_TITLE_HELD + " THEN 1 ELSE 0 END) AS leader,"
                + " MAX(CASE WHEN " + COMMITTEE_SEAT_HELD + " THEN 1 ELSE 0 END) AS committee,"
                + " MAX(CASE WHEN ph.position_code = 'BTV' THEN 1 ELSE 0 END) AS btv"
                + " FROM position_holding ph WHERE " + ACTIVE_HOLDING + communeFilter("ph", communeIds)
                + " GROUP BY ph.cadre_id";
        // Grouping by the columns of a derived table: parameters in GROUP BY expressions are not comparable.
        String sql = "SELECT plan_key, plan, source_pool, leader, committee, btv, " + grouped + ", COUNT(*) FROM (SELECT"
                + " CASE WHEN " + PLAN_KEY_SQL + " THEN 1 ELSE 0 END AS plan_key,"
                + " CASE WHEN " + PLAN_SQL + " THEN 1 ELSE 0 END AS plan,"
                + " CASE WHEN " + SOURCE_SQL + " THEN 1 ELSE 0 END AS source_pool,"
                + " COALESCE(h.leader, 0) AS leader, COALESCE(h.committee, 0) AS committee, COALESCE(h.btv, 0) AS btv,"
                + " c.education, c.political_theory, c.gender, c.bloc, CASE WHEN c.birth_date IS NULL THEN 'UNKNOWN'"
                + " WHEN c.birth_date > :b30 THEN 'UNDER_30' WHEN c.birth_date > :youngSince THEN 'FROM_30_TO_41'"
                + " WHEN c.birth_date > :b51 THEN 'FROM_42_TO_50' WHEN c.birth_date > :b61 THEN 'FROM_51_TO_60'"
                + " ELSE 'OVER_60' END AS age_band,"
                + " CASE WHEN c.ethnicity IS NULL OR c.ethnicity = '' THEN NULL ELSE c.ethnicity END AS ethnicity"
                + (byCommune ? ", c.commune_id AS commune" : "")
                + " FROM cadre c LEFT JOIN (" + held + ") h ON h.cadre_id = c.id WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + ") t GROUP BY plan_key, plan, source_pool, leader, committee, btv, "
                + grouped;
        List<BreakdownRow> rows = new ArrayList<>();
        Population[] flagged = {Population.PLAN_KEY, Population.PLAN, Population.SOURCE, Population.LEADERS,
                Population.COMMITTEE, Population.BTV};
        jdbc.query(sql, params, rs -> {
            Set<Population> populations = EnumSet.of(Population.ALL);
            for (int i = 0; i < flagged.length; i++) {
                if (rs.getInt(i + 1) == 1) {
                    populations.add(flagged[i]);
                }
            }
            rows.add(new BreakdownRow(byCommune ? rs.getLong(13) : 0, populations, rs.getString(7), rs.getString(8),
                    rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getLong(byCommune ? 14 : 13)));
        });
        return rows;
    }

    /**
     * One group of active cadres sharing breakdown values, counted in each of {@code populations}; {@code communeId}
     * is 0 unless the rows were grouped by commune.
     */
    record BreakdownRow(long communeId, Set<Population> populations, String education, String politicalTheory,
                        String gender, String bloc, String ageBand, String ethnicity, long count) {
    }

    private static MapSqlParameterSource params(LocalDate asOf, Collection<Long> communeIds) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (asOf != null) {
            params.addValue("asOf", Date.valueOf(asOf))
                    .addValue("youngSince", Date.valueOf(asOf.minusYears(YOUNG_BELOW_AGE)));
        }
        if (communeIds != null) {
            params.addValue("communeIds", communeIds.isEmpty() ? List.of(-1L) : communeIds);
        }
        return params;
    }

    private static String communeFilter(String alias, Collection<Long> communeIds) {
        return communeIds == null ? "" : " AND " + alias + ".commune_id IN (:communeIds)";
    }

    private static String sums(Map<Counter, String> counters) {
        List<String> columns = new ArrayList<>();
        counters.forEach((counter, condition) -> columns.add("SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)"));
        return String.join(", ", columns);
    }

    private static String distinctCadres(Map<Counter, String> counters) {
        List<String> columns = new ArrayList<>();
        counters.forEach((counter, condition) -> columns.add("COUNT(DISTINCT CASE WHEN " + condition + " THEN c.id END)"));
        return String.join(", ", columns);
    }

    private static long[] read(ResultSet rs, Map<Long, long[]> rows, Map<Counter, ?> counters, int firstColumn)
            throws SQLException {
        long[] values = rows.computeIfAbsent(rs.getLong(1), k -> new long[Counter.values().length]);
        int column = firstColumn;
        for (Counter counter : counters.keySet()) {
            values[counter.ordinal()] = rs.getLong(column++);
        }
        return values;
    }

    private static Map<Counter, String> ordered(Object... pairs) {
        Map<Counter, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Counter) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }
}
