package vn.tayninh.dashboard.roster;

import vn.tayninh.dashboard.FixedClockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHoldingRepository;

/**
 * The province's demo roster survives a round trip: exported, imported again replacing every commune, and
 * exported once more, it reads the same and leaves every count as it was. The context is discarded afterwards:
 * other tests share it and expect the demo data as generated.
 */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@DirtiesContext
class RosterRoundTripTest {

    private static final Logger log = LoggerFactory.getLogger(RosterRoundTripTest.class);

    @Autowired
    RosterExporter exporter;
    @Autowired
    RosterImporter importer;
    @Autowired
    CadreService cadres;
    @Autowired
    PositionHoldingRepository holdings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetailsService;

    private final LocalDate today = FixedClockConfig.TODAY;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void provinceRosterExportedAndImportedWithReplaceExportsTheSame() throws IOException {
        UserDetails admin = userDetailsService.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        byte[] before = export();
        Map<Long, Long> activeBefore = cadres.countActiveByCommune(today);
        Map<String, Long> filledBefore = filledByPosition();
        Map<List<Object>, Long> filledPerCommuneBefore = filledByCommuneAndPosition();
        Map<List<Object>, Long> plannedBefore = plannedByCommuneAndTitle();
        assertThat(plannedBefore.keySet()).as("the demo's titled entries").anyMatch(key -> key.get(2).equals("BI_THU"))
                .anyMatch(key -> key.get(1).equals("SOURCE"));
        assertThat(new String(before, StandardCharsets.UTF_8)).contains("BI_THU 2030-2035");
        long activeTotal = activeBefore.values().stream().mapToLong(Long::longValue).sum();
        assertThat(activeTotal).isBetween(8500L, 9279L);

        long started = System.nanoTime();
        ImportResult result = importer.commit(new ByteArrayInputStream(before), ImportMode.REPLACE);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("Imported {} cadre records replacing {} in {} ms", result.added(), result.ended(), took.toMillis());

        assertThat(result.communes()).hasSize(96);
        assertThat(result.added()).isEqualTo(activeTotal);
        assertThat(result.ended()).isEqualTo(activeTotal);
        assertThat(new String(export(), StandardCharsets.UTF_8))
                .isEqualTo(new String(before, StandardCharsets.UTF_8));
        assertThat(cadres.countActiveByCommune(today)).isEqualTo(activeBefore);
        assertThat(filledByPosition()).isEqualTo(filledBefore).containsEntry("BI_THU", 96L);
        assertThat(filledByCommuneAndPosition()).isEqualTo(filledPerCommuneBefore);
        assertThat(plannedByCommuneAndTitle()).as("the planning entries, with their titles").isEqualTo(plannedBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cadre WHERE end_date = ?", Long.class, today))
                .isGreaterThanOrEqualTo(activeTotal);

        // the workbook people read, imported again replacing every commune, gives back the same roster
        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        exporter.exportProvince(today, RosterExporter.FileType.XLSX, false, workbook);
        started = System.nanoTime();
        ImportResult fromWorkbook = importer.commit(new ByteArrayInputStream(workbook.toByteArray()), ImportMode.REPLACE,
                OnMatch.SKIP);
        log.info("Imported the province's workbook ({} bytes, {} records) in {} ms", workbook.size(),
                fromWorkbook.added(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertThat(fromWorkbook.added()).isEqualTo(activeTotal);
        assertThat(new String(export(), StandardCharsets.UTF_8))
                .isEqualTo(new String(before, StandardCharsets.UTF_8));
        assertThat(filledByCommuneAndPosition()).isEqualTo(filledPerCommuneBefore);
        assertThat(plannedByCommuneAndTitle()).isEqualTo(plannedBefore);
    }

    /** The approved entries in effect today of active cadres, by commune, kind and title. */
    private Map<List<Object>, Long> plannedByCommuneAndTitle() {
        Map<List<Object>, Long> planned = new HashMap<>();
        jdbc.query("""
                SELECT e.commune_id, e.kind, COALESCE(e.title, '-'), COUNT(*) FROM planning_entry e
                JOIN cadre c ON c.id = e.cadre_id
                WHERE e.state = 'APPROVED' AND e.effective_date <= ? AND (e.end_date IS NULL OR e.end_date > ?)
                  AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)
                GROUP BY e.commune_id, e.kind, COALESCE(e.title, '-')""",
                rs -> {
                    planned.put(List.of(rs.getLong(1), rs.getString(2), rs.getString(3)), rs.getLong(4));
                }, today, today, today, today);
        return planned;
    }

    private byte[] export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportProvince(today, out);
        return out.toByteArray();
    }

    private Map<String, Long> filledByPosition() {
        Map<String, Long> filled = new HashMap<>();
        holdings.countFilledByPosition(today).forEach(row -> filled.put(row[0].toString(), (Long) row[1]));
        return filled;
    }

    private Map<List<Object>, Long> filledByCommuneAndPosition() {
        Map<List<Object>, Long> filled = new HashMap<>();
        jdbc.query("""
                SELECT h.commune_id, h.position_code, COUNT(*) FROM position_holding h JOIN cadre c ON c.id = h.cadre_id
                WHERE h.start_date <= ? AND (h.end_date IS NULL OR h.end_date > ?)
                  AND c.start_date <= ? AND (c.end_date IS NULL OR c.end_date > ?)
                GROUP BY h.commune_id, h.position_code""",
                rs -> {
                    filled.put(List.of(rs.getLong(1), rs.getString(2)), rs.getLong(3));
                }, today, today, today, today);
        return filled;
    }
}
