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
    static final String ACTIVE_CADRE_TODAY = "c.start_date <= :today AND (c.end_date IS NULL OR c.end_date > :today)";
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

    /**
     * Biểu 12C: per commune and planned title, the approved planning entries in effect at {@code asOf} of active
     * cadres, by row; a person planned for three titles is in three columns. Entries whose title is not known are
     * counted apart ({@link FormCounts#unknownTitles}).
     */
    public FormCounts planned(LocalDate asOf, Collection<Long> communeIds) {
        String where = " FROM planning_entry pe JOIN cadre c ON c.id = pe.cadre_id WHERE pe.kind = 'PLAN'"
                + " AND pe.state = 'APPROVED' AND pe.effective_date <= :asOf"
                + " AND (pe.end_date IS NULL OR pe.end_date > :asOf) AND " + ACTIVE_CADRE
                + " AND pe.commune_id IN (:communeIds)";
        FormCounts counts = count("SELECT pe.commune_id + 0, pe.title, " + columns() + where
                + " AND pe.title IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'PCT_HDND', 'CT_UBND', 'PCT_UBND', 'BTV', 'BCH')"
                + " GROUP BY pe.commune_id + 0, pe.title", asOf, communeIds);
        jdbc.query("SELECT pe.commune_id + 0, COUNT(*)" + where + " AND (pe.title IS NULL OR pe.title IN "
                + PlannedTitle.UNKNOWN_SQL + ") GROUP BY pe.commune_id + 0", params(asOf, communeIds),
                rs -> {
                    counts.addUnknown(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    FormCounts count(String sql, LocalDate asOf, Collection<Long> communeIds) {
        FormCounts counts = new FormCounts();
        jdbc.query(sql, params(asOf, communeIds), rs -> {
            long commune = rs.getLong(1);
            Position title = Position.valueOf(rs.getString(2));
            int c = 3;
            for (FormRow row : FormRow.values()) {
                counts.add(commune, title, row, rs.getLong(c++));
            }
        });
        return counts;
    }

    private static MapSqlParameterSource params(LocalDate asOf, Collection<Long> communeIds) {
        return new MapSqlParameterSource("asOf", Date.valueOf(asOf))
                .addValue("born41", Date.valueOf(asOf.minusYears(41)))
                .addValue("born51", Date.valueOf(asOf.minusYears(51)))
                .addValue("communeIds", communeIds.isEmpty() ? List.of(-1L) : communeIds);
    }

    static String columns() {
        List<String> columns = new ArrayList<>();
        for (FormRow row : FormRow.values()) {
            columns.add("SUM(CASE WHEN " + row.condition + " THEN 1 ELSE 0 END)");
        }
        return String.join(", ", columns);
    }
}
