package vn.tayninh.dashboard.cadre;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * Fills the normalized name and its key of records written without it (before the column existed, or by bulk SQL), at start:
 * neither database can normalize Unicode, so the application does, with {@link Cadre#normalizedName(String)}.
 */
@Component
@Order(15)
class NormalizedNames implements StartupTask {

    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;

    NormalizedNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run() {
        List<Object[]> rows = jdbc.query("SELECT id, full_name FROM cadre WHERE normalized_name IS NULL OR name_key IS NULL",
                (rs, i) -> {
                    String normalized = Cadre.normalizedName(rs.getString(2));
                    return new Object[] {normalized, Cadre.nameKey(normalized), rs.getLong(1)};
                });
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("UPDATE cadre SET normalized_name = ?, name_key = ? WHERE id = ?",
                    rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
