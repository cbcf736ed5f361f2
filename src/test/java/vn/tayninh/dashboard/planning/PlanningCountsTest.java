package vn.tayninh.dashboard.planning;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
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
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * The pool targets count the entries approved and in effect at the date, per distinct person, counted by hand on a
 * commune of five: a woman planned for three titles counts once, an entry taking effect later is not counted earlier,
 * one ended is not counted after its end, a proposal is never counted; approving through the service moves today's
 * stored figures, and the audit trail has every step.
 *
 * <pre>
 *            Lan (F, 1990)   Minh (M, 1970)   Hoa (F, 1992)   Tuấn (M, 1988)       Sơn (M, 1995)
 *            3 key titles    BCH              proposed PCT    BTV                  source pool
 *            from 01/01/26   from 01/09/26    never approved  01/08/25 – 01/03/26  from 01/02/26
 * 01/12/25   –               –                –               PLAN                 –
 * 01/01/26   PLAN, KEY       –                –               PLAN                 –
 * 01/06/26   PLAN, KEY       –                –               –                    SOURCE
 * 22/11/26   PLAN, KEY       PLAN             –               –                    SOURCE
 * </pre>
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class PlanningCountsTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Autowired
    IndicatorEngine engine;
    @Autowired
    Planning planning;
    @Autowired
    CommuneService communes;
    @Autowired
    DataQuality quality;
    @Autowired
    EntityManager em;
    @Autowired
    JdbcTemplate jdbc;

    private Commune commune;
    private long proposedHoa;

    @BeforeEach
    void roster() {
        commune = communes.findByCode("xa-hung-dien").orElseThrow();
        Cadre lan = cadre("Nguyễn Thị Lan", Gender.NU, LocalDate.of(1990, 5, 5), PoliticalTheory.CU_NHAN_CAO_CAP);
        for (String title : List.of("BI_THU", "CT_UBND", "CT_HDND")) {
            HandMadeRoster.planned(em, lan, "PLAN", title, LocalDate.of(2026, 1, 1));
        }
        Cadre minh = cadre("Trần Văn Minh", Gender.NAM, LocalDate.of(1970, 3, 3), PoliticalTheory.TRUNG_CAP);
        HandMadeRoster.planned(em, minh, "PLAN", "BCH", LocalDate.of(2026, 9, 1));
        Cadre hoa = cadre("Lê Thị Hoa", Gender.NU, LocalDate.of(1992, 2, 2), PoliticalTheory.TRUNG_CAP);
        proposedHoa = HandMadeRoster.entry(em, hoa, HandMadeRoster.NEXT_TERM, "PLAN", "PCT_UBND", "PROPOSED", null, null);
        Cadre tuan = cadre("Phạm Văn Tuấn", Gender.NAM, LocalDate.of(1988, 8, 8), PoliticalTheory.TRUNG_CAP);
        HandMadeRoster.entry(em, tuan, HandMadeRoster.NEXT_TERM, "PLAN", "BTV", "APPROVED", LocalDate.of(2025, 8, 1),
                LocalDate.of(2026, 3, 1));
        Cadre son = cadre("Võ Văn Sơn", Gender.NAM, LocalDate.of(1995, 9, 9), PoliticalTheory.SO_CAP);
        son.setLlctAdvancedTrained(true);
        HandMadeRoster.planned(em, son, "SOURCE", null, LocalDate.of(2026, 2, 1));
        em.flush();
        em.clear();
    }

    @Test
    void thePoolsAtPastDatesCountOnlyTheEntriesThenInEffect() {
        // before Lan's entries: only Tuấn, young, a man
        assertPool(LocalDate.of(2025, 12, 1), 1, 1, 0, 0, 0, 0);
        // Lan's three titles take effect: two persons, Lan once
        assertPool(LocalDate.of(2026, 1, 1), 2, 2, 1, 1, 1, 0);
        // Tuấn's entry ended on 01/03/2026 (the end is exclusive); Minh's starts on 01/09/2026
        assertPool(LocalDate.of(2026, 2, 28), 2, 2, 1, 1, 1, 1);
        assertPool(LocalDate.of(2026, 3, 1), 1, 1, 1, 1, 1, 1);
        assertPool(LocalDate.of(2026, 8, 31), 1, 1, 1, 1, 1, 1);
        // today (stored live figures): Lan and Minh; Hoa's proposal never counts
        assertPool(TODAY, 2, 1, 1, 1, 1, 1);
    }

    @Test
    void aPersonInThreeTitlesCountsOnceAndAProposalNever() {
        Overview today = engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2025);
        assertThat(today.target("T7a").numerator()).isEqualTo(1);   // Lan, young; Minh is not
        assertThat(today.target("T7a").denominator()).isEqualTo(2); // Lan once, Minh
        assertThat(today.target("T7b").numerator()).isEqualTo(1);   // Lan; Hoa only proposed
        assertThat(today.target("T4").numerator()).isEqualTo(1);    // Lan meets the standard
        assertThat(today.target("T4").denominator()).isEqualTo(1);
        assertThat(today.target("T7e").numerator()).isEqualTo(1);   // a woman in the key-title pool
        assertThat(today.target("T9a").numerator()).isEqualTo(1);   // Sơn trained
        assertThat(today.target("T9a").denominator()).isEqualTo(1);
    }

    @Test
    void approvingAProposalMovesTodaysFiguresAndEndingOneMovesThemBack() {
        assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2025).target("T7b").numerator()).isEqualTo(1);
        long auditBefore = audit();
        EntryView hoa = asBoard(() -> planning.entry(proposedHoa));
        EntryView approved = asBoard(() -> planning.approve(hoa.id(), hoa.version(),
                new Decision("25-QĐ/TU", TODAY.minusDays(2), "Ban Thường vụ Tỉnh ủy", null)));
        assertThat(approved.effectiveDate()).isEqualTo(TODAY.minusDays(2));
        TargetResult women = engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2025).target("T7b");
        assertThat(women.numerator()).isEqualTo(2);
        assertThat(women.denominator()).isEqualTo(3);
        // not before the decision took effect
        assertThat(engine.evaluate(Scope.commune("xa-hung-dien"), TODAY.minusDays(3), 2025).stream()
                .filter(r -> r.code().equals("T7b")).findFirst().orElseThrow().numerator()).isEqualTo(1);

        EntryView ended = asBoard(() -> planning.end(approved.id(), approved.version(), ExitReason.OWN_REQUEST, null,
                new Decision("30-QĐ/TU", TODAY, null, null)));
        assertThat(ended.endDate()).isEqualTo(TODAY);
        assertThat(engine.overview(Scope.commune("xa-hung-dien"), TODAY, 2025).target("T7b").numerator()).isEqualTo(1);
        // the approval (5 fields) and the end (4 fields with a value) are in the audit trail
        assertThat(audit() - auditBefore).isEqualTo(5 + 4);
        assertThat(jdbc.queryForList("SELECT DISTINCT action FROM audit_entry WHERE entity = 'PLANNING'", String.class))
                .containsExactlyInAnyOrder("UPDATE", "END");
    }

    @Test
    void anEntryWithAnUnknownTitleIsADataQualityProblem() {
        Cadre carried = cadre("Đặng Văn Cũ", Gender.NAM, LocalDate.of(1980, 1, 1), PoliticalTheory.TRUNG_CAP);
        HandMadeRoster.planned(em, carried, "PLAN", "COMMITTEE_UNKNOWN", MERGER);
        em.flush();
        assertThat(asBoard(() -> quality.summary(Scope.commune("xa-hung-dien"), TODAY))
                .count(Problem.PLAN_TITLE_UNKNOWN)).isEqualTo(1);
        assertThat(asBoard(() -> quality.workList(commune, TODAY, 0, 50)).records())
                .filteredOn(r -> r.problems().contains(Problem.PLAN_TITLE_UNKNOWN))
                .extracting(r -> r.fullName()).containsExactly("Đặng Văn Cũ");
    }

    private void assertPool(LocalDate date, long plan, long young, long women, long key, long keyWomenCommunes,
                            long source) {
        List<TargetResult> results = engine.evaluate(Scope.commune("xa-hung-dien"), date, 2025);
        assertThat(result(results, "T7a").denominator()).as("PLAN on " + date).isEqualTo(plan);
        assertThat(result(results, "T7a").numerator()).as("young on " + date).isEqualTo(young);
        assertThat(result(results, "T7b").numerator()).as("women on " + date).isEqualTo(women);
        assertThat(result(results, "T4").denominator()).as("PLAN_KEY on " + date).isEqualTo(key);
        assertThat(result(results, "T7e").numerator()).as("woman in PLAN_KEY on " + date).isEqualTo(keyWomenCommunes);
        assertThat(result(results, "T9a").denominator()).as("SOURCE on " + date).isEqualTo(source);
    }

    private static TargetResult result(List<TargetResult> results, String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private long audit() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity = 'PLANNING'", Long.class);
    }

    private Cadre cadre(String name, Gender gender, LocalDate birth, PoliticalTheory theory) {
        Cadre c = HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, "Kinh", Education.DAI_HOC, theory,
                false);
        em.flush();
        return c;
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
