package vn.tayninh.dashboard.cadre;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.RostersTouched;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * Fills the normalized name and its key of records written without it (before the column existed, or by bulk SQL), at start:
 * neither database can normalize Unicode, so the application does, with {@link Cadre#normalizedName(String)}.
 * The key decides possible duplicates, so the communes of the records filled are announced ({@link RostersTouched}):
 * another instance already running recounts its data quality figures.
 */
@Component
@Order(15)
class NormalizedNames implements StartupTask {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    NormalizedNames(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    @Transactional
    public void run() {
        Set<Long> communes = new HashSet<>();
        List<Object[]> rows = jdbc.query("SELECT id, full_name, commune_id FROM cadre"
                + " WHERE normalized_name IS NULL OR name_key IS NULL", (rs, i) -> {
                    String normalized = Cadre.normalizedName(rs.getString(2));
                    communes.add(rs.getLong(3));
                    return new Object[] {normalized, Cadre.nameKey(normalized), rs.getLong(1)};
                });
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("UPDATE cadre SET normalized_name = ?, name_key = ? WHERE id = ?",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        if (!communes.isEmpty()) {
            events.publishEvent(new RostersTouched(communes));
        }
    }
}
