package vn.tayninh.dashboard.quality;

import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tayninh.dashboard.cadre.Cadre;

/**
 * The hand-made roster the data-quality tests count, at 01/06/2026 (a change counts for STALE from 02/06/2025 on).
 * Phường Tân Ninh has 11 active records, 3 without a problem; Xã Hưng Điền 4, 1 without a problem:
 *
 * <pre>
 * Tân Ninh  an        complete, 1980                      -
 *           thieu     no ethnicity                        MISSING_FIELDS
 *           gia       born 01/06/1960 (66 that day)       AGE_OUT_OF_RANGE
 *           sauLam    born 02/06/1960 (65)                -
 *           som       born 01/08/2007, started 01/07/2025 STARTED_UNDER_18
 *           thacSi    master's, born 02/06/2004 (21)      POSTGRAD_UNDER_22
 *           cu        changed 366 days before              STALE
 *           vua       changed 365 days before              -
 *           tam       all seven at once (twin of Hưng Điền's tamTwin; planned, title unknown)
 *           binh      = Hưng Điền's binhCaps              POSSIBLE_DUPLICATE
 *           cuong     = Hưng Điền's cuongNfd              POSSIBLE_DUPLICATE
 * Hưng Điền binhCaps  "LÊ THỊ  BÌNH", same birth date       POSSIBLE_DUPLICATE
 *           cuongNfd  the name typed with combining marks  POSSIBLE_DUPLICATE
 *           tamTwin   "  nguyễn   thị  TÁM ", born 2009     POSSIBLE_DUPLICATE, AGE_OUT_OF_RANGE, STARTED_UNDER_18
 *           anOther   an's name, birth date a day later    -
 *           anLeft    an's name and birth date, left       (not active)
 * </pre>
 */
final class QualityRoster {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    static final LocalDate START = LocalDate.of(2025, 7, 1);
    static final LocalDate RECENT = LocalDate.of(2026, 5, 1);

    /** Record ids by the short names above. */
    final Map<String, Long> ids = new LinkedHashMap<>();
    private final JdbcTemplate jdbc;

    QualityRoster(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    QualityRoster write(long tanNinh, long hungDien) {
        add("an", tanNinh, "Nguyễn Văn An", LocalDate.of(1980, 1, 1), "Kinh", "DAI_HOC", RECENT, null);
        add("thieu", tanNinh, "Phạm Thị Thiếu", LocalDate.of(1982, 4, 4), null, "DAI_HOC", RECENT, null);
        add("gia", tanNinh, "Trương Văn Già", LocalDate.of(1960, 6, 1), "Kinh", "DAI_HOC", RECENT, null);
        add("sauLam", tanNinh, "Trương Văn Sáu", LocalDate.of(1960, 6, 2), "Kinh", "DAI_HOC", RECENT, null);
        add("som", tanNinh, "Đỗ Văn Sớm", LocalDate.of(2007, 8, 1), "Kinh", "CAO_DANG", RECENT, null);
        add("thacSi", tanNinh, "Võ Thị Thạc", LocalDate.of(2004, 6, 2), "Kinh", "THAC_SI", RECENT, null);
        add("cu", tanNinh, "Lý Văn Cũ", LocalDate.of(1975, 2, 2), "Kinh", "DAI_HOC", AS_OF.minusDays(366), null);
        add("vua", tanNinh, "Lý Văn Vừa", LocalDate.of(1975, 3, 3), "Kinh", "DAI_HOC", AS_OF.minusDays(365), null);
        add("tam", tanNinh, "Nguyễn Thị Tám", LocalDate.of(2009, 1, 1), null, "THAC_SI", LocalDate.of(2025, 1, 1), null);
        // planned for a key title not known, as the old flags were carried over: PLAN_TITLE_UNKNOWN
        jdbc.update("INSERT INTO planning_entry (cadre_id, commune_id, term_id, kind, title, state, proposed_by,"
                + " proposed_at, effective_date) VALUES (?, ?, (SELECT id FROM planning_term WHERE code = '2030-2035'),"
                + " 'PLAN', 'KEY_UNKNOWN', 'APPROVED', 'flyway', CURRENT_TIMESTAMP, ?)", ids.get("tam"), tanNinh,
                Date.valueOf(START));
        add("binh", tanNinh, "Lê Thị Bình", LocalDate.of(1985, 3, 2), "Kinh", "DAI_HOC", RECENT, null);
        add("cuong", tanNinh, "Trần Văn Cường", LocalDate.of(1979, 9, 9), "Kinh", "DAI_HOC", RECENT, null);
        add("binhCaps", hungDien, "LÊ THỊ  BÌNH", LocalDate.of(1985, 3, 2), "Kinh", "DAI_HOC", RECENT, null);
        add("cuongNfd", hungDien, Normalizer.normalize("Trần Văn Cường", Normalizer.Form.NFD), LocalDate.of(1979, 9, 9),
                "Kinh", "DAI_HOC", RECENT, null);
        add("tamTwin", hungDien, "  nguyễn   thị  TÁM ", LocalDate.of(2009, 1, 1), "Kinh", "DAI_HOC", RECENT, null);
        add("anOther", hungDien, "Nguyễn Văn An", LocalDate.of(1980, 1, 2), "Kinh", "DAI_HOC", RECENT, null);
        add("anLeft", hungDien, "Nguyễn Văn An", LocalDate.of(1980, 1, 1), "Kinh", "DAI_HOC", RECENT,
                LocalDate.of(2026, 3, 1));
        return this;
    }

    void delete() {
        ids.values().forEach(id -> jdbc.update("DELETE FROM planning_entry WHERE cadre_id = ?", id));
        ids.values().forEach(id -> jdbc.update("DELETE FROM cadre WHERE id = ?", id));
    }

    private void add(String key, long commune, String name, LocalDate birth, String ethnicity, String education,
                     LocalDate lastChanged, LocalDate end) {
        jdbc.update("""
                INSERT INTO cadre (commune_id, full_name, normalized_name, name_key, gender, birth_date, ethnicity, education,
                  political_theory, stem, bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained,
                  start_date, end_date, end_reason, last_changed)
                VALUES (?, ?, ?, ?, 'NAM', ?, ?, ?, 'TRUNG_CAP', FALSE, 'NHA_NUOC', FALSE, FALSE, FALSE, FALSE, ?, ?, ?, ?)""",
                commune, name, Cadre.normalizedName(name), Cadre.nameKey(Cadre.normalizedName(name)), Date.valueOf(birth), ethnicity, education, Date.valueOf(START),
                end == null ? null : Date.valueOf(end), end == null ? null : "TRANSFER", Date.valueOf(lastChanged));
        ids.put(key, jdbc.queryForObject("SELECT MAX(id) FROM cadre", Long.class));
    }
}
