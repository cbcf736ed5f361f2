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
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.position.Bloc;
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
    /**
     * The pools are the planning entries (docs/planning.md) approved and in effect at the as-of date, per distinct
     * person: {@code effective_date <= asOf < end_date}. {@link #POOL_TERMS} marks where a projection narrows them to
     * the entries whose term is not over and whose holder serves it to its end.
     */
    private static final String POOL_TERMS = "/*pool-terms*/";
    private static final String IN_EFFECT = "pe.state = 'APPROVED' AND pe.effective_date <= :asOf"
            + " AND (pe.end_date IS NULL OR pe.end_date > :asOf)" + POOL_TERMS;
    /** The entries of each pool: the key-title planning, all planning, the source. */
    private static final String PLAN_KEY_KIND = "pe.kind = 'PLAN' AND pe.title IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND',"
            + " 'PCT_HDND', 'CT_UBND', 'PCT_UBND', 'KEY_UNKNOWN')";
    private static final String PLAN_KIND = "pe.kind = 'PLAN'";
    private static final String SOURCE_KIND = "pe.kind = 'SOURCE'";
    private static final String PLAN_KEY_SQL = "EXISTS (SELECT 1 FROM planning_entry pe WHERE pe.cadre_id = c.id AND "
            + PLAN_KEY_KIND + " AND " + IN_EFFECT + ")";
    private static final String PLAN_SQL = "EXISTS (SELECT 1 FROM planning_entry pe WHERE pe.cadre_id = c.id AND "
            + PLAN_KIND + " AND " + IN_EFFECT + ")";
    private static final String SOURCE_SQL = "EXISTS (SELECT 1 FROM planning_entry pe WHERE pe.cadre_id = c.id AND "
            + SOURCE_KIND + " AND " + IN_EFFECT + ")";
    private static final String THEORY_RANK = "CASE c.political_theory WHEN 'CU_NHAN_CAO_CAP' THEN 3 WHEN 'TRUNG_CAP' THEN 2"
            + " WHEN 'SO_CAP' THEN 1 WHEN 'CHUA_CO' THEN 0 ELSE -1 END";

    private static final String EDUCATION_RANK = "CASE COLUMN WHEN 'TIEN_SI' THEN 5 WHEN 'THAC_SI' THEN 4 WHEN 'DAI_HOC' THEN 3"
            + " WHEN 'CAO_DANG' THEN 2 WHEN 'TRUNG_CAP' THEN 1 WHEN 'DUOI_TRUNG_CAP' THEN 0 ELSE -1 END";

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
    /** H2 evaluates the side-by-side sums of {@link #breakdownsByCommune} slower than it groups by every column. */
    private volatile Boolean h2;

    private final org.springframework.beans.factory.ObjectProvider<RetirementCutoffs> retirements;

    IndicatorQueries(NamedParameterJdbcTemplate jdbc,
                     org.springframework.beans.factory.ObjectProvider<RetirementCutoffs> retirements) {
        this.jdbc = jdbc;
        this.retirements = retirements;
    }

    /**
     * For each projection, what narrows the pools on the projected roster: none on the roster as it is, and for an
     * aged projection to {@code at} (docs/forecast.md) the entries of a term not over by {@code at} whose holder does
     * not retire before the term's last day ("the term being planned for"; an entry whose holder has no gender or
     * birth date stays, as such a record never leaves).
     */
    private List<String> poolTerms(List<RosterProjection> projections) {
        List<String> result = new ArrayList<>();
        for (List<TermServed> kept : poolScopes(projections)) {
            if (kept == null) {
                result.add("");
            } else if (kept.isEmpty()) {
                result.add(" AND 1 = 0");
            } else {
                result.add(" AND (" + String.join(" OR ", kept.stream()
                        .map(term -> "(pe.term_id = " + term.termId() + term.serves() + ")").toList()) + ")");
            }
        }
        return result;
    }

    /**
     * A term an aged projection keeps a pool entry of, with what its holder must meet to serve it to its end (a SQL
     * condition on the cadre {@code c}, starting with AND; empty without retirement rules).
     */
    private record TermServed(long termId, String serves) {
    }

    /**
     * Per projection, the terms whose pool entries it keeps ({@link #poolTerms} says why): null for no narrowing (the
     * roster as it is), empty for none.
     */
    private List<List<TermServed>> poolScopes(List<RosterProjection> projections) {
        List<List<TermServed>> result = new ArrayList<>();
        List<Object[]> terms = null;
        RetirementCutoffs cutoffs = retirements.getIfAvailable();
        for (RosterProjection projection : projections) {
            if (!projection.aged() || projection.at() == null) {
                result.add(null);
                continue;
            }
            if (terms == null) {
                terms = jdbc.getJdbcTemplate().query("SELECT id, last_day FROM planning_term ORDER BY id",
                        (rs, row) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()});
            }
            List<TermServed> kept = new ArrayList<>();
            for (Object[] term : terms) {
                LocalDate lastDay = (LocalDate) term[1];
                if (lastDay.isBefore(projection.at())) {
                    continue;
                }
                String serves = "";
                if (cutoffs != null) {
                    LocalDate before = lastDay.minusDays(1);
                    serves = " AND (CASE WHEN c.gender = 'NAM' AND c.birth_date <= DATE '"
                            + cutoffs.latestBirthRetiringBy(Gender.NAM, before) + "' OR c.gender = 'NU' AND c.birth_date"
                            + " <= DATE '" + cutoffs.latestBirthRetiringBy(Gender.NU, before) + "' THEN 0 ELSE 1 END) = 1";
                }
                kept.add(new TermServed((Long) term[0], serves));
            }
            result.add(kept);
        }
        return result;
    }

    /** The three pools as {@link #poolFlags} names their columns, with the subquery each replaces and its entries. */
    private record Pool(String column, String subquery, String entries) {
    }

    private static final List<Pool> POOLS = List.of(new Pool("pk", PLAN_KEY_SQL, PLAN_KEY_KIND),
            new Pool("pl", PLAN_SQL, PLAN_KIND), new Pool("so", SOURCE_SQL, SOURCE_KIND));

    /**
     * The pool entries in effect at the as-of date, one row per cadre of the communes with a flag per pool, and per
     * pool and term: joined once to the cadres, so that a projection's pools cost a column each, not a subquery per
     * cadre, counter and year (MariaDB ran those one by one). The conditions are those of {@link #PLAN_KEY_SQL},
     * {@link #PLAN_SQL} and {@link #SOURCE_SQL}.
     */
    private static String poolFlags(Collection<Long> termIds, Collection<Long> communeIds) {
        List<String> columns = new ArrayList<>();
        for (Pool pool : POOLS) {
            columns.add("MAX(CASE WHEN " + pool.entries() + " THEN 1 ELSE 0 END) AS " + pool.column());
            for (long term : termIds) {
                columns.add("MAX(CASE WHEN " + pool.entries() + " AND pe.term_id = " + term + " THEN 1 ELSE 0 END) AS "
                        + pool.column() + "_" + term);
            }
        }
        return " LEFT JOIN (SELECT pe.cadre_id AS cadre_id, " + String.join(", ", columns)
                + " FROM planning_entry pe JOIN cadre pc ON pc.id = pe.cadre_id WHERE "
                + IN_EFFECT.replace(POOL_TERMS, "") + communeFilter("pc", communeIds)
                + " GROUP BY pe.cadre_id) pf ON pf.cadre_id = c.id";
    }

    /** A counter's condition with its pools read from {@link #poolFlags} for the terms a projection keeps. */
    private static String withPoolFlags(String condition, List<TermServed> kept) {
        String result = condition;
        for (Pool pool : POOLS) {
            String flag;
            if (kept == null) {
                flag = "COALESCE(pf." + pool.column() + ", 0) = 1";
            } else if (kept.isEmpty()) {
                flag = "1 = 0";
            } else {
                flag = String.join(" OR ", kept.stream().map(term -> "(COALESCE(pf." + pool.column() + "_"
                        + term.termId() + ", 0) = 1" + term.serves() + ")").toList());
            }
            result = result.replace(pool.subquery(), "(" + flag + ")");
        }
        return result;
    }

    private boolean onH2() {
        if (h2 == null) {
            h2 = jdbc.getJdbcTemplate().execute((java.sql.Connection connection) ->
                    connection.getMetaData().getDatabaseProductName().equals("H2"));
        }
        return h2;
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

    /**
     * Per projection (in the order given), every counter of the cadre and holding passes per commune id over the active
     * roster at {@code asOf} as each {@link RosterProjection} sees it, and per commune id the records that cannot be
     * projected (no gender or no birth date). The counters are {@link #CADRE_COUNTERS} and {@link #HOLDING_COUNTERS}
     * themselves, read on the projected columns: one scan of the cadres and one of the holdings for every projection
     * together. Ratings and seats are not projected.
     */
    ProjectedRows projectedCountsByCommune(LocalDate asOf, int planStandardRank, Collection<Long> communeIds,
                                           List<RosterProjection> projections) {
        return projectedCountsByCommune(asOf, planStandardRank, communeIds, projections, null);
    }

    /**
     * {@link #projectedCountsByCommune} over the participants taken in a training plan version only
     * ({@code participantsOf}; null: every cadre): what differs between a projection with the plan and without it.
     */
    ProjectedRows projectedCountsByCommune(LocalDate asOf, int planStandardRank, Collection<Long> communeIds,
                                           List<RosterProjection> projections, Long participantsOf) {
        // the participants drive the query (a join, not a condition checked on every cadre)
        String participants = participantsOf == null ? "" : " JOIN (SELECT DISTINCT tpp.cadre_id AS cadre_id FROM"
                + " training_participant tpp JOIN training_course tc ON tc.id = tpp.course_id WHERE tc.plan_id = "
                + participantsOf + " AND tpp.state = 'ACCEPTED') pp ON pp.cadre_id = c.id";
        MapSqlParameterSource params = params(asOf, communeIds).addValue("planStandardRank", planStandardRank);
        List<String> cadreColumns = new ArrayList<>();
        List<String> holdingColumns = new ArrayList<>();
        List<List<TermServed>> scopes = poolScopes(projections);
        java.util.Set<Long> termIds = new java.util.TreeSet<>();
        scopes.stream().filter(java.util.Objects::nonNull).forEach(kept -> kept.forEach(t -> termIds.add(t.termId())));
        for (int k = 0; k < projections.size(); k++) {
            RosterProjection projection = projections.get(k);
            params.addValue("at_" + k, Date.valueOf(projection.at()))
                    .addValue("young_" + k, Date.valueOf(projection.at().minusYears(YOUNG_BELOW_AGE)));
            String part;
            if (projection.menLeaveIfBornBy() == null) {
                part = "1=1";
            } else {
                params.addValue("men_" + k, Date.valueOf(projection.menLeaveIfBornBy()))
                        .addValue("women_" + k, Date.valueOf(projection.womenLeaveIfBornBy()));
                String leaves = "(c.gender = 'NAM' AND c.birth_date <= :men_" + k
                        + " OR c.gender = 'NU' AND c.birth_date <= :women_" + k + ")";
                part = projection.leaving() ? leaves : "(CASE WHEN " + leaves + " THEN 0 ELSE 1 END) = 1";
            }
            for (String condition : CADRE_COUNTERS.values()) {
                cadreColumns.add("SUM(CASE WHEN " + part + " AND "
                        + projected(withPoolFlags(condition, scopes.get(k)), projection, k, "") + " THEN 1 ELSE 0 END)");
            }
            for (String condition : HOLDING_COUNTERS.values()) {
                holdingColumns.add("COUNT(DISTINCT CASE WHEN " + part + " AND " + projected(condition, projection, k, "")
                        + " THEN c.id END)");
            }
        }
        List<Map<Long, long[]>> rows = new ArrayList<>();
        projections.forEach(projection -> rows.add(new HashMap<>()));
        Map<Long, Long> unprojectable = new HashMap<>();
        jdbc.query("SELECT c.commune_id + 0, SUM(CASE WHEN c.gender IS NULL OR c.birth_date IS NULL THEN 1 ELSE 0 END), "
                + String.join(", ", cadreColumns) + " FROM cadre c" + participants + poolFlags(termIds, communeIds)
                + planJoins(projections) + " WHERE "
                + ACTIVE_CADRE + communeFilter("c", communeIds)
                + " GROUP BY c.commune_id + 0", params, rs -> {
                    long commune = rs.getLong(1);
                    unprojectable.put(commune, rs.getLong(2));
                    int column = 3;
                    for (Map<Long, long[]> byCommune : rows) {
                        long[] values = byCommune.computeIfAbsent(commune, key -> new long[Counter.values().length]);
                        for (Counter counter : CADRE_COUNTERS.keySet()) {
                            values[counter.ordinal()] = rs.getLong(column++);
                        }
                    }
                });
        jdbc.query("SELECT c.commune_id + 0, " + String.join(", ", holdingColumns)
                + " FROM position_holding ph JOIN cadre c ON c.id = ph.cadre_id" + participants + planJoins(projections)
                + " LEFT JOIN political_theory_standard s ON s.position_code = ph.position_code"
                + " WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE + communeFilter("ph", communeIds)
                + " GROUP BY c.commune_id + 0", params, rs -> {
                    long commune = rs.getLong(1);
                    int column = 2;
                    for (Map<Long, long[]> byCommune : rows) {
                        long[] values = byCommune.computeIfAbsent(commune, key -> new long[Counter.values().length]);
                        for (Counter counter : HOLDING_COUNTERS.keySet()) {
                            values[counter.ordinal()] = rs.getLong(column++);
                        }
                        values[LEADERS_MEETING_STANDARD.ordinal()] =
                                values[LEADERS.ordinal()] - values[LEADERS_MEETING_STANDARD.ordinal()];
                    }
                });
        List<Map<Long, Counts>> counts = new ArrayList<>();
        for (Map<Long, long[]> byCommune : rows) {
            Map<Long, Counts> result = new HashMap<>();
            byCommune.forEach((commune, values) -> result.put(commune, Counts.of(values)));
            counts.add(result);
        }
        return new ProjectedRows(counts, unprojectable);
    }

    /**
     * The cadres of a target's population (its numerator's, for a per-commune check) at {@code asOf} with what the
     * projections do to them: whether they leave ({@code leavers}), and whether they are in the numerator today, on
     * the stayers aged without training ({@code untrained}) and aged and trained ({@code projected}). The same
     * counter conditions as the counts, read per cadre.
     */
    List<ProjectionMember> projectionMembers(LocalDate asOf, int planStandardRank, Collection<Long> communeIds,
                                             Measure measure, RosterProjection leavers, RosterProjection untrained,
                                             RosterProjection projected) {
        MapSqlParameterSource params = params(asOf, communeIds).addValue("planStandardRank", planStandardRank);
        RosterProjection[] all = {leavers, untrained, projected};
        for (int k = 0; k < all.length; k++) {
            params.addValue("at_" + k, Date.valueOf(all[k].at()))
                    .addValue("young_" + k, Date.valueOf(all[k].at().minusYears(YOUNG_BELOW_AGE)))
                    .addValue("men_" + k, Date.valueOf(all[k].menLeaveIfBornBy()))
                    .addValue("women_" + k, Date.valueOf(all[k].womenLeaveIfBornBy()));
        }
        Counter population = measure.kind() == Measure.Kind.COMMUNE_CHECK ? measure.numerator() : measure.denominator();
        RosterProjection asIs = RosterProjection.current(asOf);
        List<String> pools = poolTerms(List.of(asIs, untrained, projected));
        String sql = "SELECT c.id, c.full_name, c.commune_id, c.gender, c.birth_date, c.education, c.studying_for,"
                + " c.study_end, c.political_theory, c.llct_studying_for, c.llct_study_end,"
                + " CASE WHEN c.gender = 'NAM' AND c.birth_date <= :men_0 OR c.gender = 'NU' AND c.birth_date <= :women_0"
                + " THEN 1 ELSE 0 END,"
                + " CASE WHEN " + memberCondition(measure.numerator(), asIs, 0, pools.get(0)) + " THEN 1 ELSE 0 END,"
                + " CASE WHEN " + memberCondition(measure.numerator(), untrained, 1, pools.get(1)) + " THEN 1 ELSE 0 END,"
                + " CASE WHEN " + memberCondition(measure.numerator(), projected, 2, pools.get(2)) + " THEN 1 ELSE 0 END"
                + " FROM cadre c WHERE " + ACTIVE_CADRE + communeFilter("c", communeIds) + " AND "
                + memberCondition(population, asIs, 0, "");
        List<ProjectionMember> members = new ArrayList<>(jdbc.query(sql, params, (rs, row) -> new ProjectionMember(
                rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), localDate(rs.getDate(5)),
                rs.getString(6), rs.getString(7), localDate(rs.getDate(8)), rs.getString(9), rs.getString(10),
                localDate(rs.getDate(11)), rs.getInt(12) == 1, rs.getInt(13) == 1, rs.getInt(14) == 1,
                rs.getInt(15) == 1)));
        // in the order of the Vietnamese alphabet (Đ after D), whatever the database's collation
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        members.sort(java.util.Comparator.comparing(ProjectionMember::fullName, vietnamese)
                .thenComparingLong(ProjectionMember::cadreId));
        return members;
    }

    /**
     * The cadres of a target's population at {@code asOf} (its numerator's, for a per-commune check), each with
     * whether it is in the numerator: the same conditions as the counts, read per cadre.
     */
    Map<Long, Boolean> membersToday(LocalDate asOf, int planStandardRank, Collection<Long> communeIds,
                                    Measure measure) {
        MapSqlParameterSource params = params(asOf, communeIds).addValue("planStandardRank", planStandardRank);
        Counter population = measure.kind() == Measure.Kind.COMMUNE_CHECK ? measure.numerator() : measure.denominator();
        RosterProjection asIs = RosterProjection.current(asOf);
        Map<Long, Boolean> result = new HashMap<>();
        jdbc.query("SELECT c.id, CASE WHEN " + memberCondition(measure.numerator(), asIs, 0, "") + " THEN 1 ELSE 0 END"
                + " FROM cadre c WHERE " + ACTIVE_CADRE + communeFilter("c", communeIds) + " AND "
                + memberCondition(population, asIs, 0, ""), params, rs -> {
                    result.put(rs.getLong(1), rs.getInt(2) == 1);
                });
        return result;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    /** A counter's condition for one cadre row {@code c}: a holding counter becomes a test on the cadre's holdings. */
    private static String memberCondition(Counter counter, RosterProjection projection, int k, String pool) {
        if (CADRE_COUNTERS.containsKey(counter)) {
            return projected(CADRE_COUNTERS.get(counter), projection, k, pool);
        }
        String holds = "EXISTS (SELECT 1 FROM position_holding ph LEFT JOIN political_theory_standard s"
                + " ON s.position_code = ph.position_code WHERE ph.cadre_id = c.id AND " + ACTIVE_HOLDING + " AND ";
        if (counter == LEADERS_MEETING_STANDARD) {
            // stored as the leaders falling short (see HOLDING_COUNTERS)
            return "(" + holds + KEY_TITLE_HELD + ") AND NOT " + holds
                    + projected(HOLDING_COUNTERS.get(counter), projection, k, "") + "))";
        }
        return holds + projected(HOLDING_COUNTERS.get(counter), projection, k, "") + ")";
    }

    /** Per projection the counts per commune id, and the records without gender or birth date per commune id. */
    record ProjectedRows(List<Map<Long, Counts>> counts, Map<Long, Long> unprojectable, boolean provisional) {

        ProjectedRows(List<Map<Long, Counts>> counts, Map<Long, Long> unprojectable) {
            this(counts, unprojectable, false);
        }
    }

    /**
     * A counter's condition read on the projected columns: young at the projection's date when aged, and the levels
     * of courses ending by then when trained (a level never goes down).
     */
    private static String projected(String condition, RosterProjection projection, int k, String pool) {
        String result = projection.aged() ? condition.replace(":youngSince", ":young_" + k) : condition;
        result = result.replace(POOL_TERMS, pool);
        if (projection.trained()) {
            // the record's own training in progress; what an adopted plan wrote is the plan's (study_course_id)
            String education = "(CASE WHEN c.studying_for IS NOT NULL AND c.study_course_id IS NULL AND c.study_end <= :at_"
                    + k + " AND " + EDUCATION_RANK.replace("COLUMN", "c.studying_for") + " > "
                    + EDUCATION_RANK.replace("COLUMN", "c.education") + " THEN c.studying_for ELSE c.education END)";
            String theory = "(CASE WHEN c.llct_studying_for IS NOT NULL AND c.llct_study_course_id IS NULL"
                    + " AND c.llct_study_end <= :at_" + k + " AND "
                    + THEORY_RANK.replace("c.political_theory", "c.llct_studying_for") + " > " + THEORY_RANK
                    + " THEN c.llct_studying_for ELSE c.political_theory END)";
            String advanced = "c.llct_advanced_trained = TRUE";
            if (projection.plan() != null) {
                // a plan's course ending by the date gives its level; an advanced course also counts as trained in
                // advanced political theory (T9a)
                String plan = planAlias(projection.plan());
                education = "(CASE WHEN " + plan + ".ed IS NOT NULL AND " + plan + ".ed_end <= :at_" + k + " AND "
                        + EDUCATION_RANK.replace("COLUMN", plan + ".ed") + " > "
                        + EDUCATION_RANK.replace("COLUMN", education) + " THEN " + plan + ".ed ELSE " + education + " END)";
                theory = "(CASE WHEN " + plan + ".th IS NOT NULL AND " + plan + ".th_end <= :at_" + k + " AND "
                        + THEORY_RANK.replace("c.political_theory", plan + ".th") + " > "
                        + THEORY_RANK.replace("c.political_theory", theory) + " THEN " + plan + ".th ELSE " + theory
                        + " END)";
                advanced = "(c.llct_advanced_trained = TRUE OR " + plan + ".th = 'CU_NHAN_CAO_CAP' AND " + plan
                        + ".th_end <= :at_" + k + ")";
            }
            result = result.replace("c.llct_advanced_trained = TRUE", advanced)
                    .replace("c.education", education)
                    .replace("c.political_theory", theory);
        }
        return "(" + result + ")";
    }

    private static String planAlias(long planId) {
        return "tp" + planId;
    }

    /**
     * Per training plan version named by a projection, its accepted participants joined to the cadres {@code c}: per
     * cadre the degree and the political-theory level of the plan's courses (one of each at most) and their end dates.
     */
    private static String planJoins(List<RosterProjection> projections) {
        StringBuilder joins = new StringBuilder();
        projections.stream().map(RosterProjection::plan).filter(java.util.Objects::nonNull).distinct()
                .forEach(plan -> joins.append(" LEFT JOIN (SELECT tpp.cadre_id AS cadre_id,"
                        + " MAX(CASE WHEN tc.kind IN ('DAI_HOC', 'THAC_SI') THEN tc.kind END) AS ed,"
                        + " MAX(CASE WHEN tc.kind IN ('DAI_HOC', 'THAC_SI') THEN tc.end_date END) AS ed_end,"
                        + " MAX(CASE tc.kind WHEN 'LLCT_TRUNG_CAP' THEN 'TRUNG_CAP' WHEN 'LLCT_CAO_CAP'"
                        + " THEN 'CU_NHAN_CAO_CAP' END) AS th,"
                        + " MAX(CASE WHEN tc.kind IN ('LLCT_TRUNG_CAP', 'LLCT_CAO_CAP') THEN tc.end_date END) AS th_end"
                        + " FROM training_participant tpp JOIN training_course tc ON tc.id = tpp.course_id"
                        + " WHERE tc.plan_id = " + plan + " AND tpp.state = 'ACCEPTED' GROUP BY tpp.cadre_id) "
                        + planAlias(plan) + " ON " + planAlias(plan) + ".cadre_id = c.id"));
        return joins.toString();
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

    /** The values of a breakdown column counted one by one; a value outside them is counted by {@link #breakdownRows}. */
    private static final Map<String, List<String>> BREAKDOWN_VALUES = Map.of(
            "education", java.util.Arrays.stream(Education.values()).map(Enum::name).toList(),
            "political_theory", java.util.Arrays.stream(PoliticalTheory.values()).map(Enum::name).toList(),
            "bloc", java.util.Arrays.stream(Bloc.values()).map(Enum::name).toList());
    private static final List<String> BREAKDOWN_COLUMNS = List.of("education", "political_theory", "bloc");
    private static final Map<String, Breakdowns.Dimension> BREAKDOWN_DIMENSIONS = Map.of(
            "education", Breakdowns.Dimension.EDUCATION, "political_theory", Breakdowns.Dimension.POLITICAL_THEORY,
            "bloc", Breakdowns.Dimension.BLOC);
    private static final List<String> GENDERS = java.util.Arrays.stream(Gender.values()).map(Enum::name).toList();
    /** The populations of the bits of {@code flags} in {@link #breakdownsByCommune}, lowest bit first. */
    private static final Population[] FLAGGED = {Population.PLAN_KEY, Population.PLAN, Population.SOURCE,
            Population.LEADERS, Population.COMMITTEE, Population.BTV};

    /**
     * Every commune's breakdowns at {@code asOf} ({@code communeIds} null: all communes), as {@link #breakdownRows}
     * grouped by commune would sum them, in one pass over the cadres that groups by commune, populations (a bit
     * each) and ethnicity only, and counts the values of the other columns side by side. Grouping by every column
     * as well made a group of nearly every cadre at country scale (757,724 groups for 1,000,000 cadres), which the
     * database sorted on disk. A commune holding a value outside the known ones (changed by hand) is counted by
     * {@link #breakdownRows} instead, and so is everything on H2, which groups in memory.
     */
    Map<Long, BreakdownTally> breakdownsByCommune(LocalDate asOf, Collection<Long> communeIds) {
        if (onH2()) {
            // measured at 100,000 cadres: 3.4× the hand-written SQL this way, 0.8× grouped by every column
            Map<Long, BreakdownTally> result = new HashMap<>();
            for (BreakdownRow row : breakdownRows(asOf, communeIds, true)) {
                result.computeIfAbsent(row.communeId(), k -> new BreakdownTally()).add(row);
            }
            return result;
        }
        MapSqlParameterSource params = params(asOf, communeIds)
                .addValue("b30", Date.valueOf(asOf.minusYears(30)))
                .addValue("b51", Date.valueOf(asOf.minusYears(51)))
                .addValue("b61", Date.valueOf(asOf.minusYears(61)));
        List<String> sums = new ArrayList<>();
        for (String column : BREAKDOWN_COLUMNS) {
            for (String value : BREAKDOWN_VALUES.get(column)) {
                sums.add("SUM(CASE WHEN " + column + " = '" + value + "' THEN 1 ELSE 0 END)");
            }
            sums.add("SUM(CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END)");
        }
        for (String band : Breakdowns.AGE_BANDS) {
            for (String gender : GENDERS) {
                sums.add("SUM(CASE WHEN age_band = '" + band + "' AND gender = '" + gender + "' THEN 1 ELSE 0 END)");
            }
            sums.add("SUM(CASE WHEN age_band = '" + band + "' AND gender IS NULL THEN 1 ELSE 0 END)");
        }
        String held = "SELECT ph.cadre_id,"
                + " MAX(CASE WHEN " + KEY_TITLE_HELD + " THEN 8 ELSE 0 END)"
                + " + MAX(CASE WHEN " + COMMITTEE_SEAT_HELD + " THEN 16 ELSE 0 END)"
                + " + MAX(CASE WHEN ph.position_code = 'BTV' THEN 32 ELSE 0 END) AS flags"
                + " FROM position_holding ph WHERE " + ACTIVE_HOLDING + communeFilter("ph", communeIds)
                + " GROUP BY ph.cadre_id";
        String sql = "SELECT commune, flags, ethnicity, COUNT(*), " + String.join(", ", sums) + " FROM (SELECT"
                + " c.commune_id + 0 AS commune, CASE WHEN " + PLAN_KEY_SQL + " THEN 1 ELSE 0 END"
                + " + CASE WHEN " + PLAN_SQL + " THEN 2 ELSE 0 END + CASE WHEN " + SOURCE_SQL + " THEN 4 ELSE 0 END"
                + " + COALESCE(h.flags, 0) AS flags,"
                + " CASE WHEN c.ethnicity IS NULL OR c.ethnicity = '' THEN NULL ELSE c.ethnicity END AS ethnicity,"
                + " c.education, c.political_theory, c.bloc, c.gender, CASE WHEN c.birth_date IS NULL THEN 'UNKNOWN'"
                + " WHEN c.birth_date > :b30 THEN 'UNDER_30' WHEN c.birth_date > :youngSince THEN 'FROM_30_TO_41'"
                + " WHEN c.birth_date > :b51 THEN 'FROM_42_TO_50' WHEN c.birth_date > :b61 THEN 'FROM_51_TO_60'"
                + " ELSE 'OVER_60' END AS age_band"
                + " FROM cadre c LEFT JOIN (" + held + ") h ON h.cadre_id = c.id WHERE " + ACTIVE_CADRE
                + communeFilter("c", communeIds) + ") t GROUP BY commune, flags, ethnicity";
        Map<Long, BreakdownTally> result = new HashMap<>();
        Set<Long> unknownValues = new java.util.HashSet<>();
        jdbc.query(sql, params, rs -> {
            long commune = rs.getLong(1);
            int flags = rs.getInt(2);
            String ethnicity = rs.getString(3);
            long count = rs.getLong(4);
            List<Population> populations = new ArrayList<>(List.of(Population.ALL));
            for (int bit = 0; bit < FLAGGED.length; bit++) {
                if ((flags & (1 << bit)) != 0) {
                    populations.add(FLAGGED[bit]);
                }
            }
            BreakdownTally tally = result.computeIfAbsent(commune, k -> new BreakdownTally());
            int column = 5;
            for (String name : BREAKDOWN_COLUMNS) {
                long counted = 0;
                for (String value : BREAKDOWN_VALUES.get(name)) {
                    long n = rs.getLong(column++);
                    counted += n;
                    for (Population population : populations) {
                        tally.add(population, BREAKDOWN_DIMENSIONS.get(name), value, n);
                    }
                }
                long unknown = rs.getLong(column++);
                counted += unknown;
                for (Population population : populations) {
                    tally.add(population, BREAKDOWN_DIMENSIONS.get(name), null, unknown);
                }
                if (counted != count) {
                    unknownValues.add(commune);
                }
            }
            long counted = 0;
            for (String band : Breakdowns.AGE_BANDS) {
                for (int g = 0; g <= GENDERS.size(); g++) {
                    String gender = g < GENDERS.size() ? GENDERS.get(g) : null;
                    long n = rs.getLong(column++);
                    counted += n;
                    for (Population population : populations) {
                        tally.add(population, Breakdowns.Dimension.AGE_BAND, band, n);
                        tally.add(population, Breakdowns.Dimension.GENDER, gender, n);
                        tally.addAgeAndGender(population, band, gender, n);
                    }
                }
            }
            if (counted != count) {
                unknownValues.add(commune);
            }
            for (Population population : populations) {
                tally.add(population, Breakdowns.Dimension.ETHNICITY, ethnicity, count);
            }
        });
        if (!unknownValues.isEmpty()) {
            unknownValues.forEach(result::remove);
            for (BreakdownRow row : breakdownRows(asOf, unknownValues, true)) {
                result.computeIfAbsent(row.communeId(), k -> new BreakdownTally()).add(row);
            }
        }
        return result;
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
