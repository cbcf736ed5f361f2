package vn.tayninh.dashboard.forecast;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.tayninh.dashboard.position.Position;

/** The grouped queries of the projection that are not a target's: retirements per year and title. */
@Repository
class ForecastQueries {

    private static final String ACTIVE_CADRE = "c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf)";
    private static final String ACTIVE_HOLDING = "ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf)";

    /** The latest birth dates, per gender, of the cadres retiring by the end of {@code year}. */
    record YearCut(int year, LocalDate menBornBy, LocalDate womenBornBy) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ForecastQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per year of retirement (the first cut a cadre falls under), per position held and in total. */
    ForecastService.Retirements retirements(LocalDate asOf, Collection<Long> communeIds, List<YearCut> cuts) {
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf));
        StringBuilder year = new StringBuilder("CASE");
        for (YearCut cut : cuts) {
            params.addValue("men" + cut.year(), Date.valueOf(cut.menBornBy()))
                    .addValue("women" + cut.year(), Date.valueOf(cut.womenBornBy()));
            year.append(" WHEN c.gender = 'NAM' AND c.birth_date <= :men").append(cut.year())
                    .append(" OR c.gender = 'NU' AND c.birth_date <= :women").append(cut.year())
                    .append(" THEN ").append(cut.year());
        }
        year.append(" END");
        String filter = "";
        if (communeIds != null) {
            params.addValue("communeIds", communeIds.isEmpty() ? List.of(-1L) : communeIds);
            filter = " AND c.commune_id IN (:communeIds)";
        }
        Map<Integer, Map<String, Long>> byTitle = new TreeMap<>();
        Map<Integer, Long> total = new TreeMap<>();
        for (YearCut cut : cuts) {
            Map<String, Long> titles = new LinkedHashMap<>();
            for (Position position : Position.values()) {
                titles.put(position.name(), 0L);
            }
            byTitle.put(cut.year(), titles);
            total.put(cut.year(), 0L);
        }
        // grouped over a derived table: H2 does not compare parameters inside GROUP BY expressions
        jdbc.query("SELECT position_code, retirement_year, COUNT(*) FROM (SELECT ph.position_code, " + year
                + " AS retirement_year FROM position_holding ph JOIN cadre c ON c.id = ph.cadre_id WHERE " + ACTIVE_HOLDING
                + " AND " + ACTIVE_CADRE + filter + ") t WHERE retirement_year IS NOT NULL"
                + " GROUP BY position_code, retirement_year", params,
                rs -> {
                    byTitle.get(rs.getInt(2)).put(rs.getString(1), rs.getLong(3));
                });
        jdbc.query("SELECT retirement_year, COUNT(*) FROM (SELECT " + year + " AS retirement_year FROM cadre c WHERE "
                + ACTIVE_CADRE + filter + ") t WHERE retirement_year IS NOT NULL GROUP BY retirement_year", params,
                rs -> {
                    total.put(rs.getInt(1), rs.getLong(2));
                });
        return new ForecastService.Retirements(byTitle, total);
    }
}
