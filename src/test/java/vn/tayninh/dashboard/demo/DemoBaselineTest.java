package vn.tayninh.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo data reproduces the 2026 figures of Resolution 34-NQ/TU exactly at province level, and keeps
 * the invariants the rest of the product relies on.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
class DemoBaselineTest {

    private static final LocalDate BASELINE = DemoDataGenerator.BASELINE_DATE;
    private static final String ACTIVE_CADRE = "c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)";
    private static final String ACTIVE_HOLDING = "h.start_date <= ? AND (h.end_date IS NULL OR h.end_date > ?)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approvedSeatsMatchTheResolution() {
        Map<String, Integer> approved = sums("SELECT position_code, SUM(seats) FROM approved_seat GROUP BY position_code");
        assertThat(approved).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BI_THU", 96, "PHO_BI_THU_TT", 96, "CT_HDND", 96, "PCT_HDND", 96, "CT_UBND", 96,
                "PCT_UBND", 230, "BCH", 3006, "BTV", 1002));
    }

    @Test
    void filledSeatsMatchTheResolution() {
        Map<String, Integer> filled = sums("SELECT h.position_code, COUNT(*) FROM position_holding h"
                + " JOIN cadre c ON c.id = h.cadre_id WHERE " + ACTIVE_HOLDING + " AND " + ACTIVE_CADRE
                + " GROUP BY h.position_code", BASELINE, BASELINE, BASELINE, BASELINE);
        assertThat(filled).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BI_THU", 96, "PHO_BI_THU_TT", 95, "CT_HDND", 96, "PCT_HDND", 96, "CT_UBND", 96,
                "PCT_UBND", 192, "BCH", 2513, "BTV", 996));
    }

    @Test
    void staffingQuotaMatchesTheResolution() {
        Map<String, Integer> quota = sums("SELECT bloc, SUM(quota) FROM staffing_quota GROUP BY bloc");
        assertThat(quota).containsExactlyInAnyOrderEntriesOf(Map.of("DANG_DOAN_THE", 3499, "NHA_NUOC", 5780));
        assertThat(quota.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(9279);
    }

    @Test
    void educationMixIs84UniversityAnd15PostgraduateAnd1Other() {
        Map<String, Integer> byLevel = sums("SELECT c.education, COUNT(*) FROM cadre c WHERE " + ACTIVE_CADRE
                + " GROUP BY c.education", BASELINE, BASELINE);
        int all = byLevel.values().stream().mapToInt(Integer::intValue).sum();
        int postgraduate = byLevel.getOrDefault("THAC_SI", 0) + byLevel.getOrDefault("TIEN_SI", 0);
        int university = byLevel.getOrDefault("DAI_HOC", 0);
        int other = all - postgraduate - university;
        assertThat(wholePercent(university, all)).isEqualTo(84);
        assertThat(wholePercent(postgraduate, all)).isEqualTo(15);
        assertThat(wholePercent(other, all)).isEqualTo(1);
        // T1 of the resolution: 99 % hold a university degree or higher.
        assertThat(wholePercent(university + postgraduate, all)).isEqualTo(99);
        assertThat(all).isBetween(8500, 9279);
    }

    @Test
    void everyCommuneHasItsSeatsWithinApprovalAndTheStandingCommitteeInsideTheExecutive() {
        Integer overfilled = jdbc.queryForObject("""
                SELECT COUNT(*) FROM approved_seat s WHERE s.seats < (SELECT COUNT(*) FROM position_holding h
                  JOIN cadre c ON c.id = h.cadre_id WHERE h.commune_id = s.commune_id
                  AND h.position_code = s.position_code AND h.end_date IS NULL AND c.end_date IS NULL)""",
                Integer.class);
        assertThat(overfilled).isZero();
        Integer btvOutsideBch = jdbc.queryForObject("""
                SELECT COUNT(*) FROM position_holding b WHERE b.position_code = 'BTV' AND b.end_date IS NULL
                  AND NOT EXISTS (SELECT 1 FROM position_holding e WHERE e.cadre_id = b.cadre_id
                  AND e.position_code = 'BCH' AND e.end_date IS NULL)""", Integer.class);
        assertThat(btvOutsideBch).isZero();
        Integer councilChairsNotSecretaries = jdbc.queryForObject("""
                SELECT COUNT(*) FROM position_holding ct WHERE ct.position_code = 'CT_HDND' AND ct.end_date IS NULL
                  AND NOT EXISTS (SELECT 1 FROM position_holding s WHERE s.cadre_id = ct.cadre_id
                  AND s.position_code IN ('BI_THU', 'PHO_BI_THU_TT') AND s.end_date IS NULL)""", Integer.class);
        assertThat(councilChairsNotSecretaries).isZero();
        Integer communesWithoutSecretary = jdbc.queryForObject("""
                SELECT COUNT(*) FROM commune m WHERE 1 <> (SELECT COUNT(*) FROM position_holding h
                  WHERE h.commune_id = m.id AND h.position_code = 'BI_THU' AND h.end_date IS NULL)""", Integer.class);
        assertThat(communesWithoutSecretary).isZero();
    }

    @Test
    void perCommuneChecksStartBelowTarget() {
        Integer womanInStandingCommittee = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT h.commune_id) FROM position_holding h JOIN cadre c ON c.id = h.cadre_id
                WHERE h.position_code = 'BTV' AND h.end_date IS NULL AND c.end_date IS NULL AND c.gender = 'NU'""",
                Integer.class);
        Integer womanInKeyPlan = jdbc.queryForObject("""
                SELECT COUNT(DISTINCT c.commune_id) FROM cadre c JOIN planning_entry e ON e.cadre_id = c.id
                WHERE e.state = 'APPROVED' AND e.end_date IS NULL AND e.kind = 'PLAN' AND e.title IN ('BI_THU',
                  'PHO_BI_THU_TT', 'CT_HDND', 'PCT_HDND', 'CT_UBND', 'PCT_UBND', 'KEY_UNKNOWN')
                  AND c.end_date IS NULL AND c.gender = 'NU'""", Integer.class);
        assertThat(womanInStandingCommittee).isEqualTo(96 - 15);
        assertThat(womanInKeyPlan).isEqualTo(96 - 12);
    }

    @Test
    void planningHasAHistoryWithinTheRules() {
        // every commune has entries of 2030-2035 added in 2025 and in 2026
        Integer communesPlanned = jdbc.queryForObject("""
                SELECT COUNT(*) FROM commune m WHERE EXISTS (SELECT 1 FROM planning_entry e WHERE e.commune_id = m.id
                  AND e.state = 'APPROVED' AND EXTRACT(YEAR FROM e.effective_date) = 2025)
                  AND EXISTS (SELECT 1 FROM planning_entry e WHERE e.commune_id = m.id AND e.state = 'APPROVED'
                  AND EXTRACT(YEAR FROM e.effective_date) = 2026)""", Integer.class);
        assertThat(communesPlanned).isEqualTo(96);
        // every reason of an exit occurs, and every ended entry ended before the baseline
        List<String> reasons = jdbc.queryForList(
                "SELECT DISTINCT end_reason FROM planning_entry WHERE end_date IS NOT NULL ORDER BY end_reason", String.class);
        assertThat(reasons).containsExactlyInAnyOrder("APPOINTED", "RETIREMENT", "DISCIPLINE", "NOT_COMPLETED", "LEFT",
                "STANDARD_NOT_MET", "OWN_REQUEST", "OTHER");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE end_date > DATE '2026-06-01'",
                Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE end_reason = 'OTHER' AND end_note IS NULL",
                Integer.class)).isZero();
        // proposals awaiting the board and returned ones exist; no title is unknown
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE state = 'PROPOSED'", Integer.class))
                .isEqualTo(32);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE state = 'RETURNED'", Integer.class))
                .isEqualTo(14);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM planning_entry WHERE title IN ('KEY_UNKNOWN',"
                + " 'COMMITTEE_UNKNOWN')", Integer.class)).isZero();
        // at most three persons per title, commune and term (per approved seat for PCT_UBND, BTV, BCH), at most three
        // titles per person and term, among the entries in effect
        Integer crowdedTitles = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT e.commune_id, e.title, COUNT(DISTINCT e.cadre_id) AS persons
                  FROM planning_entry e WHERE e.state = 'APPROVED' AND e.end_date IS NULL AND e.kind = 'PLAN'
                  GROUP BY e.commune_id, e.title) t
                LEFT JOIN approved_seat s ON s.commune_id = t.commune_id AND s.position_code = t.title
                WHERE t.persons > 3 * CASE WHEN t.title IN ('PCT_UBND', 'BTV', 'BCH') THEN COALESCE(s.seats, 1)
                  ELSE 1 END""", Integer.class);
        assertThat(crowdedTitles).isZero();
        Integer busyPersons = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT e.cadre_id FROM planning_entry e WHERE e.state = 'APPROVED'
                  AND e.end_date IS NULL AND e.kind = 'PLAN' GROUP BY e.cadre_id, e.term_id
                  HAVING COUNT(*) > 3) t""", Integer.class);
        assertThat(busyPersons).isZero();
        Integer threeTitles = jdbc.queryForObject("""
                SELECT COUNT(*) FROM (SELECT e.cadre_id FROM planning_entry e WHERE e.state = 'APPROVED'
                  AND e.end_date IS NULL AND e.kind = 'PLAN' GROUP BY e.cadre_id HAVING COUNT(*) = 3) t""",
                Integer.class);
        assertThat(threeTitles).isPositive();
    }

    @Test
    void borderAndDongThapMuoiCommunesAreWeakerOnDegreesAndHaveMoreEthnicMinorityCadres() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT CASE WHEN m.border OR m.dong_thap_muoi THEN 'HARD' ELSE 'OTHER' END AS area,
                  SUM(CASE WHEN c.education IN ('THAC_SI', 'TIEN_SI') THEN 1 ELSE 0 END) AS postgraduate,
                  SUM(CASE WHEN c.ethnicity IS NOT NULL AND c.ethnicity <> 'Kinh' THEN 1 ELSE 0 END) AS minority,
                  COUNT(*) AS total
                FROM cadre c JOIN commune m ON m.id = c.commune_id WHERE c.end_date IS NULL
                GROUP BY CASE WHEN m.border OR m.dong_thap_muoi THEN 'HARD' ELSE 'OTHER' END""");
        Map<String, Map<String, Object>> byArea = rows.stream()
                .collect(Collectors.toMap(r -> (String) r.get("AREA"), r -> r));
        double hardPostgraduate = share(byArea.get("HARD"), "POSTGRADUATE");
        double otherPostgraduate = share(byArea.get("OTHER"), "POSTGRADUATE");
        assertThat(hardPostgraduate).isLessThan(otherPostgraduate * 0.8);
        assertThat(share(byArea.get("HARD"), "MINORITY")).isGreaterThan(share(byArea.get("OTHER"), "MINORITY") * 2);
    }

    @Test
    void generationIsDeterministic() {
        List<DemoDataset.CommuneInfo> communes = jdbc.query(
                "SELECT id, code, unit_type, border, dong_thap_muoi FROM commune ORDER BY id",
                (rs, i) -> new DemoDataset.CommuneInfo(rs.getLong(1), rs.getString(2),
                        "PHUONG".equals(rs.getString(3)), rs.getBoolean(4), rs.getBoolean(5)));
        List<String> names = jdbc.queryForList("SELECT full_name FROM cadre ORDER BY id", String.class);
        DemoDataset again = new DemoDataGenerator().generate(communes);
        List<String> regenerated = again.communes().stream()
                .flatMap(c -> c.people().stream().map(p -> p.fullName)).toList();
        assertThat(regenerated).isEqualTo(names);
    }

    private static double share(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue() / ((Number) row.get("TOTAL")).doubleValue();
    }

    private static long wholePercent(int part, int all) {
        return Math.round(100.0 * part / all);
    }

    private Map<String, Integer> sums(String sql, Object... args) {
        return jdbc.query(sql, rs -> {
            Map<String, Integer> map = new java.util.HashMap<>();
            while (rs.next()) {
                map.put(rs.getString(1), rs.getInt(2));
            }
            return map;
        }, args);
    }
}
