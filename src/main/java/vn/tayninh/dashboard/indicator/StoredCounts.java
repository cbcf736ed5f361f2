package vn.tayninh.dashboard.indicator;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last counts of the whole province made ahead ({@link CountAhead}) of a kind of figures kept in memory, stored in
 * {@code kept_counts} as text, one row per commune, so that after a start they can be answered, marked provisional,
 * until the province is counted again. Written only by the count ahead, outside any read.
 */
@Component
public class StoredCounts {

    private final JdbcTemplate jdbc;

    StoredCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the stored counts of {@code kind} by these, per commune id. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void replace(String kind, LocalDate asOf, String shape, Map<Long, String> countsByCommune) {
        jdbc.update("DELETE FROM kept_counts WHERE kind = ?", kind);
        List<Object[]> rows = new ArrayList<>();
        countsByCommune.forEach((commune, counts) -> rows.add(new Object[] {kind, commune, Date.valueOf(asOf), shape,
                counts}));
        jdbc.batchUpdate("INSERT INTO kept_counts (kind, commune_id, as_of_date, shape, counts) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    /** The stored counts of {@code kind}. */
    @Transactional(readOnly = true)
    public List<Row> read(String kind) {
        return jdbc.query("SELECT commune_id, as_of_date, shape, counts FROM kept_counts WHERE kind = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4)), kind);
    }

    /** One commune's stored counts. */
    public record Row(long communeId, LocalDate asOf, String shape, String counts) {
    }
}
