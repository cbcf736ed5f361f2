package vn.tayninh.dashboard.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The demo's training plan (docs/training.md): one draft for 2027–2030, so that the plan's page, its outcome and its
 * exports have something to show. A draft writes nothing on the records: every figure of the demo stays as it is.
 * Its courses: intermediate political theory for the leaders below the standard (two per commune), advanced political
 * theory and a master's for young source cadres (in total), a university degree for those with a college degree or
 * less born from 1980 (three per commune). Written as the demo writes, past the admission rules.
 */
final class DemoTraining {

    private DemoTraining() {
    }

    static void write(JdbcTemplate jdbc) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO training_plan (name, state, created_at, created_by)"
                    + " VALUES (?, 'DRAFT', ?, 'bantochuc')", new String[] {"id"});
            ps.setString(1, "Dự thảo kế hoạch đào tạo, bồi dưỡng 2027–2030");
            ps.setTimestamp(2, Timestamp.valueOf(DemoDataGenerator.BASELINE_DATE.plusMonths(4).atTime(9, 0)));
            return ps;
        }, key);
        long plan = key.getKey().longValue();
        String leaders = "SELECT DISTINCT c.id, c.commune_id FROM cadre c JOIN position_holding ph ON ph.cadre_id = c.id"
                + " WHERE c.end_date IS NULL AND ph.end_date IS NULL AND ph.position_code IN ('BI_THU', 'PHO_BI_THU_TT',"
                + " 'CT_HDND', 'PCT_HDND', 'CT_UBND', 'PCT_UBND') AND (c.political_theory IS NULL OR"
                + " c.political_theory IN ('SO_CAP', 'CHUA_CO')) AND c.education IN ('CAO_DANG', 'DAI_HOC', 'THAC_SI',"
                + " 'TIEN_SI') AND c.birth_date > DATE '1972-12-31' AND c.llct_studying_for IS NULL ORDER BY c.id";
        String source = "SELECT DISTINCT c.id, c.commune_id FROM cadre c JOIN planning_entry pe ON pe.cadre_id = c.id"
                + " WHERE c.end_date IS NULL AND pe.kind = 'SOURCE' AND pe.state = 'APPROVED' AND pe.end_date IS NULL"
                + " AND COLUMN_CONDITION ORDER BY c.id";
        String degree = "SELECT c.id, c.commune_id FROM cadre c WHERE c.end_date IS NULL AND c.education IN"
                + " ('CAO_DANG', 'TRUNG_CAP', 'DUOI_TRUNG_CAP') AND c.birth_date > DATE '1979-12-31'"
                + " AND c.studying_for IS NULL ORDER BY c.id";
        course(jdbc, plan, "LLCT_TRUNG_CAP", "Trung cấp lý luận chính trị, khóa 2027", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 12, 31), 2, true, leaders,
                "Lãnh đạo chủ chốt chưa đạt chuẩn lý luận chính trị (T3); Chưa có trung cấp lý luận chính trị");
        course(jdbc, plan, "LLCT_CAO_CAP", "Cao cấp lý luận chính trị, khóa 2027–2028", LocalDate.of(2027, 9, 1),
                LocalDate.of(2028, 12, 31), 60, false, source.replace("COLUMN_CONDITION",
                        "c.llct_advanced_trained = FALSE AND c.political_theory = 'TRUNG_CAP'"),
                "Nguồn cán bộ trẻ chưa có cao cấp lý luận chính trị (T9a); Chưa có cao cấp lý luận chính trị");
        course(jdbc, plan, "DAI_HOC", "Đại học hệ vừa làm vừa học, khóa 2027–2030", LocalDate.of(2027, 9, 1),
                LocalDate.of(2030, 6, 30), 3, true, degree, "Chưa có trình độ đại học (T1)");
        course(jdbc, plan, "THAC_SI", "Thạc sĩ, khóa 2028–2030", LocalDate.of(2028, 9, 1), LocalDate.of(2030, 8, 31),
                80, false, source.replace("COLUMN_CONDITION", "c.education = 'DAI_HOC' AND c.studying_for IS NULL"),
                "Nguồn cán bộ trẻ chưa có thạc sĩ (T9c); Chưa có trình độ sau đại học (T2)");
    }

    /** A course and its persons: the first found, up to the places (per commune or in total). */
    private static void course(JdbcTemplate jdbc, long plan, String kind, String title, LocalDate start,
                               LocalDate end, int places, boolean perCommune, String persons, String reason) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO training_course (plan_id, kind, title, start_date,"
                    + " end_date, places, per_commune, part_time) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE)",
                    new String[] {"id"});
            ps.setLong(1, plan);
            ps.setString(2, kind);
            ps.setString(3, title);
            ps.setDate(4, Date.valueOf(start));
            ps.setDate(5, Date.valueOf(end));
            ps.setInt(6, places);
            ps.setBoolean(7, perCommune);
            return ps;
        }, key);
        long course = key.getKey().longValue();
        Map<Long, Integer> perCommuneTaken = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(persons, rs -> {
            long cadre = rs.getLong(1);
            long commune = rs.getLong(2);
            int taken = perCommune ? perCommuneTaken.getOrDefault(commune, 0) : rows.size();
            if (taken < places) {
                perCommuneTaken.merge(commune, 1, Integer::sum);
                rows.add(new Object[] {course, cadre, commune, reason});
            }
        });
        jdbc.batchUpdate("INSERT INTO training_participant (course_id, cadre_id, commune_id, state, reason, proposed_by)"
                + " VALUES (?, ?, ?, 'ACCEPTED', ?, 'bantochuc')", rows);
    }
}
