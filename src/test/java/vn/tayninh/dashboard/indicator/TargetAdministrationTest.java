package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/** The administrator revises a target; the engine judges by the new number at once; the trail keeps the old one. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class TargetAdministrationTest {

    @Autowired
    TargetAdministration administration;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRevisedLevelIsWhatTheEngineJudgesByAndIsAudited() {
        long version = engine.targets().stream().filter(t -> t.getCode().equals("T2")).findFirst().orElseThrow().getVersion();

        TestUsers.callAs(Role.ADMIN, null, () -> administration.revise("T2", new BigDecimal("0.25"), null, 2030, version));

        TargetResult t2 = engine.evaluate(Scope.province(), FixedClockConfig.TODAY, null).stream()
                .filter(r -> r.code().equals("T2")).findFirst().orElseThrow();
        assertThat(t2.lowerBound()).isEqualTo(0.25);
        assertThat(jdbc.queryForMap("SELECT field, old_value, new_value FROM audit_entry WHERE entity = 'TARGET'"))
                .containsEntry("FIELD", "T2.lowerBound").containsEntry("OLD_VALUE", "0.2").containsEntry("NEW_VALUE", "0.25");
    }

    @Test
    void impossibleNumbersAndOtherRolesAreRefused() {
        assertThatThrownBy(() -> TestUsers.callAs(Role.ADMIN, null,
                () -> administration.revise("T7c", new BigDecimal("0.10"), new BigDecimal("0.05"), 2026, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactly("upperBound", "deadlineYear"));
        assertThatThrownBy(() -> TestUsers.callAs(Role.ADMIN, null,
                () -> administration.revise("T9d", new BigDecimal("1.5"), null, 2030, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly("Số lượng chỉ tiêu phải là số nguyên dương"));
        assertThatThrownBy(() -> TestUsers.callAs(Role.BOARD, null,
                () -> administration.revise("T2", new BigDecimal("0.3"), null, 2030, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT lower_bound FROM indicator_target WHERE code = 'T2'", BigDecimal.class))
                .isEqualByComparingTo("0.2");
    }
}
