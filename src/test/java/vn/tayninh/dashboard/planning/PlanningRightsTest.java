package vn.tayninh.dashboard.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.ApprovedSeat;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Who may do what with planning, decided in the service whatever the caller: every action tried by every role (the
 * editor of the entry's commune and the editor of another commune apart), each on an entry in the state the action
 * needs. A refused action writes nothing: no entry, no change, no audit line.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PlanningRightsTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;

    enum Actor { ADMIN, BOARD, LEADER, OWN_EDITOR, OTHER_EDITOR }

    @Autowired
    Planning planning;
    @Autowired
    DisciplineRecords disciplines;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    private Commune commune;
    private long term;
    private int people;

    @BeforeEach
    void setUp() {
        commune = communes.findByCode("xa-hung-dien").orElseThrow();
        term = planning.term("2030-2035").orElseThrow().getId();
        em.persist(new ApprovedSeat(commune, Position.BCH, 60)); // room for every proposal of the matrix
        em.flush();
    }

    @Test
    void everyActionByEveryRoleOnItsOwnAndAnotherCommune() {
        Decision decision = new Decision("40-QĐ/TU", TODAY, "Ban Thường vụ Tỉnh ủy", null);
        Map<String, Function<Given, Object>> actions = new LinkedHashMap<>();
        actions.put("propose", g -> planning.propose(g.cadre().getId(), term, PlanningKind.PLAN, PlannedTitle.BCH, null));
        actions.put("proposeExit", g -> planning.proposeExit(g.entry().id(), g.entry().version(), ExitReason.OWN_REQUEST,
                null));
        actions.put("completeTitle", g -> planning.completeTitle(g.entry().id(), g.entry().version(), PlannedTitle.BCH));
        actions.put("approve", g -> planning.approve(g.entry().id(), g.entry().version(), decision));
        actions.put("return", g -> planning.returnProposal(g.entry().id(), g.entry().version(), "Thiếu hồ sơ"));
        actions.put("approveExit", g -> planning.approveExit(g.entry().id(), g.entry().version(), decision));
        actions.put("returnExit", g -> planning.returnExit(g.entry().id(), g.entry().version(), "Chưa đủ căn cứ"));
        actions.put("end", g -> planning.end(g.entry().id(), g.entry().version(), ExitReason.OTHER, "Chuyển công tác",
                decision));
        actions.put("correctDecision", g -> planning.correctDecision(g.entry().id(), g.entry().version(),
                new Decision("41-QĐ/TU", LocalDate.of(2025, 8, 1), null, null)));
        actions.put("addTerm", g -> planning.addTerm("T" + people, LocalDate.of(2040, 7, 1), LocalDate.of(2045, 6, 30)));
        actions.put("readCommune", g -> planning.entries(commune.getId()));
        actions.put("readOpen", g -> planning.openEntries(commune.getId(), TODAY));
        actions.put("readEntry", g -> planning.entry(g.entry().id()));
        actions.put("readCadre", g -> planning.entriesOfCadre(g.cadre().getId()));
        actions.put("addDiscipline", g -> disciplines.add(g.cadre().getId(), DisciplineKind.KHIEN_TRACH,
                TODAY.minusYears(3), null));
        actions.put("readDisciplines", g -> disciplines.of(g.cadre().getId()));

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (var action : actions.entrySet()) {
            StringBuilder row = new StringBuilder();
            for (Actor actor : Actor.values()) {
                // the cadre and the entry in the state the action needs, made beforehand: only the action is the actor's
                Given given = given(action.getKey());
                long before = written();
                boolean allowed;
                try {
                    as(actor, () -> action.getValue().apply(given));
                    allowed = true;
                } catch (AccessDeniedException e) {
                    allowed = false;
                    assertThat(written()).as("%s by %s wrote nothing", action.getKey(), actor).isEqualTo(before);
                }
                row.append(allowed ? 'Y' : '-');
            }
            outcomes.put(action.getKey(), row.toString());
        }

        // columns: ADMIN, BOARD, LEADER, editor of the commune, editor of another commune
        assertThat(outcomes).containsExactly(
                Map.entry("propose", "YY-Y-"),
                Map.entry("proposeExit", "YY-Y-"),
                Map.entry("completeTitle", "YY-Y-"),
                Map.entry("approve", "YY---"),
                Map.entry("return", "YY---"),
                Map.entry("approveExit", "YY---"),
                Map.entry("returnExit", "YY---"),
                Map.entry("end", "YY---"),
                Map.entry("correctDecision", "YY---"),
                Map.entry("addTerm", "Y----"),
                Map.entry("readCommune", "YYYY-"),
                Map.entry("readOpen", "YYYY-"),
                Map.entry("readEntry", "YYYY-"),
                Map.entry("readCadre", "YYYY-"),
                Map.entry("addDiscipline", "YY-Y-"),
                Map.entry("readDisciplines", "YYYY-"));
    }

    @Test
    void anEditorReadingEveryCommuneGetsTheirOwnOnly() {
        Cadre own = cadre();
        HandMadeRoster.planned(em, own, "PLAN", "BCH", LocalDate.of(2025, 8, 1));
        Commune other = communes.findByCode("phuong-tan-ninh").orElseThrow();
        Cadre elsewhere = HandMadeRoster.cadre(em, other, "Người xã khác", LocalDate.of(2025, 7, 1), Gender.NAM,
                LocalDate.of(1985, 1, 1), "Kinh", Education.DAI_HOC, PoliticalTheory.TRUNG_CAP, false);
        HandMadeRoster.planned(em, elsewhere, "PLAN", "BCH", LocalDate.of(2025, 8, 1));
        assertThat(as(Actor.OWN_EDITOR, () -> planning.openEntries(null, TODAY)))
                .extracting(EntryView::communeCode).containsOnly("xa-hung-dien");
        assertThat(as(Actor.LEADER, () -> planning.openEntries(null, TODAY)))
                .extracting(EntryView::communeCode).contains("xa-hung-dien", "phuong-tan-ninh");
    }

    /** A cadre and, for an action on an entry, the entry it needs, as the board reads it. */
    record Given(Cadre cadre, EntryView entry) {
    }

    private Given given(String action) {
        Cadre cadre = cadre();
        Long id = switch (action) {
            case "proposeExit", "end", "correctDecision", "readEntry" -> approved(cadre);
            case "completeTitle" -> unknownTitle(cadre);
            case "approve", "return" -> proposed(cadre);
            case "approveExit", "returnExit" -> exitProposed(cadre);
            default -> null;
        };
        em.flush();
        em.clear();
        return new Given(cadre, id == null ? null : TestUsers.callAs(Role.BOARD, null, () -> planning.entry(id)));
    }

    private long approved(Cadre cadre) {
        return HandMadeRoster.planned(em, cadre, "PLAN", "BCH", LocalDate.of(2025, 8, 1));
    }

    private long unknownTitle(Cadre cadre) {
        return HandMadeRoster.planned(em, cadre, "PLAN", "COMMITTEE_UNKNOWN", LocalDate.of(2025, 8, 1));
    }

    private long proposed(Cadre cadre) {
        return HandMadeRoster.entry(em, cadre, HandMadeRoster.NEXT_TERM, "PLAN", "BCH", "PROPOSED", null, null);
    }

    private long exitProposed(Cadre cadre) {
        long id = approved(cadre);
        EntryView entry = TestUsers.callAs(Role.BOARD, null, () -> planning.entry(id));
        TestUsers.callAs(Role.BOARD, null, () -> planning.proposeExit(id, entry.version(), ExitReason.LEFT, null));
        return id;
    }

    /** Rows and audit lines of planning and discipline: what a refused action must leave as it was. */
    private long written() {
        em.flush();
        return jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM planning_entry) + (SELECT COUNT(*) FROM planning_term)"
                + " + (SELECT COUNT(*) FROM discipline_record) + (SELECT COUNT(*) FROM audit_entry)"
                + " + (SELECT COALESCE(SUM(version), 0) FROM planning_entry)", Long.class);
    }

    private Cadre cadre() {
        people++;
        Cadre c = HandMadeRoster.cadre(em, commune, "Cán bộ số " + people, LocalDate.of(2025, 7, 1),
                Gender.NAM, LocalDate.of(1985, 1, 1).plusDays(people), "Kinh", Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP, false);
        em.flush();
        return c;
    }

    private <T> T as(Actor actor, Supplier<T> work) {
        return switch (actor) {
            case ADMIN -> TestUsers.callAs(Role.ADMIN, null, work);
            case BOARD -> TestUsers.callAs(Role.BOARD, null, work);
            case LEADER -> TestUsers.callAs(Role.LEADER, null, work);
            case OWN_EDITOR -> TestUsers.callAs(Role.COMMUNE_EDITOR, commune.getId(), work);
            case OTHER_EDITOR -> TestUsers.callAs(Role.COMMUNE_EDITOR,
                    communes.findByCode("xa-ninh-dien").orElseThrow().getId(), work);
        };
    }
}
