package vn.tayninh.dashboard.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;
import vn.tayninh.dashboard.setup.SetupProgress.Step;
import vn.tayninh.dashboard.setup.SetupProgress.StepStatus;

/** The first-run page's counts on an empty installation and after a few steps done by hand, each counted exactly. */
@SpringBootTest(properties = {"app.demo-data=false", "app.demo-accounts=false"})
@ActiveProfiles("test")
@Transactional
class SetupProgressTest {

    @Autowired
    SetupProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    @Test
    void anEmptyInstallationHasOnlyItsCommunes() {
        assertThat(steps()).extracting(StepStatus::step, StepStatus::done, StepStatus::of, StepStatus::complete)
                .containsExactly(
                        tuple(Step.COMMUNES, 96L, 96L, true),
                        tuple(Step.SEATS, 0L, 96L, false),
                        tuple(Step.QUOTAS, 0L, 96L, false),
                        tuple(Step.ACCOUNTS, 0L, 97L, false),
                        tuple(Step.ROSTERS, 0L, 96L, false),
                        tuple(Step.BASELINE, 0L, 1L, false),
                        tuple(Step.MACHINE_KEY, 0L, 1L, false));
    }

    @Test
    void eachStepCountsTheCommunesThatHaveDoneIt() {
        long tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow().getId();
        long hungDien = communes.findByCode("xa-hung-dien").orElseThrow().getId();
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'BI_THU', 1)", tanNinh);
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'BI_THU', 0)", hungDien);
        jdbc.update("INSERT INTO staffing_quota (commune_id, bloc, quota) VALUES (?, 'NHA_NUOC', 40), (?, 'DANG_DOAN_THE', 20),"
                + " (?, 'NHA_NUOC', 30)", tanNinh, tanNinh, hungDien);
        jdbc.update("INSERT INTO app_user (username, password_hash, display_name, role, commune_id, enabled, demo)"
                + " VALUES ('tn1', 'x', 'Tân Ninh 1', 'COMMUNE_EDITOR', ?, TRUE, FALSE),"
                + " ('tn2', 'x', 'Tân Ninh 2', 'COMMUNE_EDITOR', ?, TRUE, FALSE),"
                + " ('hd1', 'x', 'Hưng Điền', 'COMMUNE_EDITOR', ?, FALSE, FALSE),"
                + " ('btc', 'x', 'Ban Tổ chức', 'BOARD', NULL, TRUE, FALSE)", tanNinh, tanNinh, hungDien);
        HandMadeRoster.cadre(em, communes.findById(hungDien).orElseThrow(), "Lê Văn Một", LocalDate.of(2020, 1, 1),
                Gender.NAM, LocalDate.of(1980, 1, 1), "Kinh", Education.DAI_HOC, PoliticalTheory.TRUNG_CAP, false);
        em.flush();

        assertThat(steps()).extracting(StepStatus::step, StepStatus::done, StepStatus::of)
                .containsExactly(
                        tuple(Step.COMMUNES, 96L, 96L),
                        tuple(Step.SEATS, 1L, 96L),
                        tuple(Step.QUOTAS, 1L, 96L),
                        tuple(Step.ACCOUNTS, 2L, 97L),
                        tuple(Step.ROSTERS, 1L, 96L),
                        tuple(Step.BASELINE, 0L, 1L),
                        tuple(Step.MACHINE_KEY, 0L, 1L));
    }

    @Test
    void onlyTheAdministratorSeesIt() {
        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null, progress::steps))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<StepStatus> steps() {
        return TestUsers.callAs(Role.ADMIN, null, progress::steps);
    }
}
