package vn.tayninh.dashboard.planning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.position.Position;

/**
 * The counts of the statistical forms Biểu 9C (commune leaders: the persons holding each title at the date) and
 * Biểu 12C (results of planning: the planning entries in effect at the date, per planned title), one grouped query
 * each, by commune and title. Who may read them is decided by the caller (the reports' rights).
 */
@Service
@Transactional(readOnly = true)
public class PlanningForms {

    static final String ACTIVE_CADRE = "c.start_date <= :asOf AND (c.end_date IS NULL OR c.end_date > :asOf)";
    static final String ACTIVE_HOLDING = "ph.start_date <= :asOf AND (ph.end_date IS NULL OR ph.end_date > :asOf)";

    private final NamedParameterJdbcTemplate jdbc;

    PlanningForms(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Biểu 9C: per commune and title, the active cadres holding it at {@code asOf}, by row. */
    public FormCounts leaders(LocalDate asOf, Collection<Long> communeIds) {
        return count("SELECT ph.commune_id + 0, ph.position_code, " + columns() + " FROM position_holding ph"
                + " JOIN cadre c ON c.id = ph.cadre_id WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE
                + " AND ph.commune_id IN (:communeIds) GROUP BY ph.commune_id + 0, ph.position_code", asOf, communeIds);
    }

    FormCounts count(String sql, LocalDate asOf, Collection<Long> communeIds) {
        FormCounts counts = new FormCounts();
        MapSqlParameterSource params = new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("born41", Date.valueOf(asOf.minusYears(41)))
                .addValue("born51", Date.valueOf(asOf.minusYears(51)))
                .addValue("communeIds", communeIds.isEmpty() ? List.of(-1L) : communeIds);
        jdbc.query(sql, params, rs -> {
            long commune = rs.getLong(1);
            Position title = Position.valueOf(rs.getString(2));
            int c = 3;
            for (FormRow row : FormRow.values()) {
                counts.add(commune, title, row, rs.getLong(c++));
            }
        });
        return counts;
    }

    static String columns() {
        List<String> columns = new ArrayList<>();
        for (FormRow row : FormRow.values()) {
            columns.add("SUM(CASE WHEN " + row.condition + " THEN 1 ELSE 0 END)");
        }
        return String.join(", ", columns);
    }
}
