package vn.tayninh.dashboard.indicator;

import vn.tayninh.dashboard.FixedClockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;
import vn.tayninh.dashboard.security.TestUsers;

/** Only the board freezes; a freeze stores every target for every commune and is never changed or repeated. */
@SpringBootTest(properties = "app.demo-data=true")
@ActiveProfiles("test")
@Transactional
class FreezeServiceTest {

    @Autowired
    FreezeService freezes;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    FrozenValueRepository values;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBoardFreezesEveryTargetOfEveryCommune() {
        LocalDate date = LocalDate.of(2026, 10, 1);
        ReportingFreeze freeze = SystemUser.call(() -> freezes.freeze(date, 2026, "Quý III/2026"));
        List<FrozenValue> rows = values.findByFreezeId(freeze.getId());
        // 18 targets per commune (T9d is province-wide) and one province row for T9d
        assertThat(rows).hasSize(96 * 18 + 1);
        assertThat(freeze.getCreatedBy()).isEqualTo("he-thong");

        Overview live = engine.overview(Scope.province(), date, 2026);
        for (TargetResult t : live.targets()) {
            long x = rows.stream().filter(v -> v.getTargetCode().equals(t.code())).mapToLong(FrozenValue::getNumerator).sum();
            assertThat(x).as(t.code()).isEqualTo(t.numerator());
        }
        Road road = engine.road("T1", Scope.province(), LocalDate.of(2026, 11, 1), 2026);
        assertThat(road.frozen()).extracting(Road.Point::date).containsExactly(LocalDate.of(2026, 6, 1), date);
    }

    @Test
    void aDateIsFrozenOnceAndNeverInTheFuture() {
        assertThatThrownBy(() -> SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 6, 1), null, "lại")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::message)
                        .containsExactly(tuple("asOf", "Số liệu ngày này đã được chốt")));
        assertThatThrownBy(() -> SystemUser.call(() -> freezes.freeze(FixedClockConfig.TODAY.plusDays(2), null, "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::message)
                        .containsExactly(tuple("asOf", "Không thể chốt số liệu cho ngày trong tương lai")));
        assertThatThrownBy(() -> SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 9, 1), 2027, "x".repeat(201))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactly("ratingYear", "label"));
        for (String label : new String[] {"Quý\u0000III", "Quý\u001BIII", "Quý\u0007III", "Quý\nIII"}) {
            assertThatThrownBy(() -> SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 9, 1), null, label)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(InvalidInputException.Problem::field, InvalidInputException.Problem::message)
                            .containsExactly(tuple("label", "Chỉ được một dòng chữ in được: không được có ký tự điều"
                                    + " khiển (như NUL, ESC, BEL, tab) hay xuống dòng")));
        }
        assertThat(freezes.findAll()).hasSize(1);
    }

    @Test
    void leadersAndCommuneEditorsMayNotFreeze() {
        for (Role role : List.of(Role.LEADER, Role.COMMUNE_EDITOR)) {
            assertThatThrownBy(() -> TestUsers.callAs(role, role == Role.COMMUNE_EDITOR ? 1L : null, () -> freezes.freeze(LocalDate.of(2026, 9, 1), null, "")))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> freezes.freeze(LocalDate.of(2026, 9, 1), null, ""))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM reporting_freeze", Integer.class)).isEqualTo(1);
    }

    @Test
    void aLaterFreezeLeavesEarlierFiguresAsTheyWere() {
        String sums = "SELECT CONCAT(COUNT(*), ':', SUM(numerator), ':', SUM(denominator)) FROM frozen_value v"
                + " JOIN reporting_freeze f ON f.id = v.freeze_id WHERE f.as_of_date = DATE '2026-06-01'";
        String before = jdbc.queryForObject(sums, String.class);
        SystemUser.call(() -> freezes.freeze(LocalDate.of(2026, 11, 1), 2026, "Tháng 11/2026"));
        assertThat(jdbc.queryForObject(sums, String.class)).isEqualTo(before);
        assertThat(freezes.findAll()).extracting(ReportingFreeze::getAsOfDate)
                .containsExactly(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 1));
    }
}
