package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.LockWaits;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.commune.CommuneService;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.security.AppUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.UserAdministration;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;
import vn.tayninh.dashboard.indicator.TargetAdministration;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Two people saving at the same moment, each in their own committed transaction: one save wins, the other is
 * refused, and nothing is silently overwritten or overfilled.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentEditTest {

    static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    CadreEditor editor;
    @Autowired
    CadreService cadres;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SeatService seats;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TargetAdministration targetAdministration;
    @Autowired
    UserAdministration users;

    long commune;

    @BeforeEach
    void seats() {
        commune = communes.findByCode("xa-ninh-dien").orElseThrow().getId();
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'CT_UBND', 1)", commune);
    }

    @AfterEach
    void cleanUp() {
        // this context's database is shared with other test classes: remove only this commune's rows
        jdbc.update("DELETE FROM audit_entry WHERE commune_id = ?", commune);
        jdbc.update("DELETE FROM annual_rating WHERE cadre_id IN (SELECT id FROM cadre WHERE commune_id = ?)", commune);
        jdbc.update("DELETE FROM position_holding WHERE commune_id = ?", commune);
        jdbc.update("DELETE FROM cadre WHERE commune_id = ?", commune);
        jdbc.update("DELETE FROM approved_seat WHERE commune_id = ?", commune);
        jdbc.update("DELETE FROM staffing_quota WHERE commune_id = ?", commune);
    }

    @Test
    void twoSavesOfOneProfileFromTheSameReadOneWinsTheOtherIsRefused() throws Exception {
        Cadre cadre = asEditor(() -> editor.create(commune, CadreEditorTest.form("Phan Văn Đức", LocalDate.of(1979, 9, 9))));
        long read = cadre.getVersion();
        List<Callable<String>> saves = new ArrayList<>();
        for (String ethnicity : List.of("Khmer", "Chăm")) {
            saves.add(() -> {
                CadreForm form = CadreForm.of(cadre);
                form.setEthnicity(ethnicity);
                asEditor(() -> editor.update(cadre.getId(), read, form));
                return ethnicity;
            });
        }

        List<Object> outcomes = runTogether(saves);

        assertThat(outcomes).filteredOn(EditConflictException.class::isInstance).hasSize(1);
        List<Object> winners = outcomes.stream().filter(String.class::isInstance).toList();
        assertThat(winners).hasSize(1);
        assertThat(TestUsers.callAs(Role.BOARD, null, () -> cadres.findProfile(cadre.getId())).orElseThrow().cadre().getEthnicity()).isEqualTo(winners.get(0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE field = 'ethnicity' AND action = 'UPDATE'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void twoAppointmentsToTheLastSeatAtOnceFillItOnce() throws Exception {
        Cadre first = asEditor(() -> editor.create(commune, CadreEditorTest.form("Người Thứ Nhất", LocalDate.of(1980, 1, 1))));
        Cadre second = asEditor(() -> editor.create(commune, CadreEditorTest.form("Người Thứ Hai", LocalDate.of(1981, 1, 1))));
        List<Callable<String>> appointments = new ArrayList<>();
        for (Cadre cadre : List.of(first, second)) {
            appointments.add(() -> {
                asEditor(() -> editor.appoint(cadre.getId(), Position.CT_UBND, TODAY, null));
                return cadre.getFullName();
            });
        }

        List<Object> outcomes = runTogether(appointments);

        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(InvalidInputException.class::isInstance).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM position_holding WHERE position_code = 'CT_UBND'",
                Long.class)).isEqualTo(1);
    }

    /**
     * The board lowers the approved seats of a title to the number filled while an appointment to it is uncommitted:
     * the change waits for the appointment's row lock and then counts its holder, so it is refused and the title never
     * holds more than approved.
     */
    @Test
    void approvedSeatsLoweredWhileAnAppointmentIsUncommittedNeverEndBelowTheFilled() throws Exception {
        jdbc.update("UPDATE approved_seat SET seats = 2 WHERE commune_id = ? AND position_code = 'CT_UBND'", commune);
        Cadre holder = asEditor(() -> editor.create(commune, CadreEditorTest.form("Người Đương Chức", LocalDate.of(1975, 5, 5))));
        Cadre newcomer = asEditor(() -> editor.create(commune, CadreEditorTest.form("Người Mới Bổ Nhiệm", LocalDate.of(1985, 5, 5))));
        asEditor(() -> editor.appoint(holder.getId(), Position.CT_UBND, TODAY, null));
        long version = seats.version(commune, Position.CT_UBND);

        Object lowering = LockWaits.secondWhileTheFirstIsUncommitted(transactions, jdbc,
                () -> asEditor(() -> editor.appoint(newcomer.getId(), Position.CT_UBND, TODAY, null)),
                () -> asBoard(() -> {
                    seats.setApproved(commune, Position.CT_UBND, 1, version);
                    return "saved";
                }));

        assertThat(lowering).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT seats FROM approved_seat WHERE commune_id = ? AND position_code = 'CT_UBND'",
                Integer.class, commune)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM position_holding WHERE commune_id = ? AND end_date IS NULL",
                Long.class, commune)).isEqualTo(2);
    }

    /**
     * Both read version 0; the second save's write waits for the first one's row lock and then finds the version
     * changed. It is refused as a conflict (a 409 on the API, the conflict dialog on screen), not a failure at commit.
     */
    @Test
    void aQuotaSavedWhileAnotherSaveOfItIsUncommittedIsAConflict() throws Exception {
        jdbc.update("INSERT INTO staffing_quota (commune_id, bloc, quota) VALUES (?, 'NHA_NUOC', 40)", commune);

        Object second = LockWaits.secondWhileTheFirstIsUncommitted(transactions, jdbc,
                () -> asBoard(() -> {
                    seats.setQuota(commune, Bloc.NHA_NUOC, 41, 0);
                    return null;
                }),
                () -> asBoard(() -> {
                    seats.setQuota(commune, Bloc.NHA_NUOC, 42, 0);
                    return "saved";
                }));

        assertThat(second).isInstanceOf(EditConflictException.class);
        assertThat(jdbc.queryForObject("SELECT quota FROM staffing_quota WHERE commune_id = ?", Integer.class, commune))
                .isEqualTo(41);
    }

    @Test
    void aTargetLevelSavedWhileAnotherSaveOfItIsUncommittedIsAConflict() throws Exception {
        long version = jdbc.queryForObject("SELECT version FROM indicator_target WHERE code = 'T2'", Long.class);
        try {
            Object second = LockWaits.secondWhileTheFirstIsUncommitted(transactions, jdbc,
                    () -> asAdmin(() -> targetAdministration.revise("T2", new BigDecimal("0.25"), null, 2030, version)),
                    () -> asAdmin(() -> targetAdministration.revise("T2", new BigDecimal("0.3"), null, 2030, version)));

            assertThat(second).isInstanceOf(EditConflictException.class);
            assertThat(jdbc.queryForObject("SELECT lower_bound FROM indicator_target WHERE code = 'T2'",
                    BigDecimal.class)).isEqualByComparingTo("0.25");
            assertThat(jdbc.queryForList("SELECT new_value FROM audit_entry WHERE entity = 'TARGET'", String.class))
                    .containsExactly("0.25");
        } finally {
            jdbc.update("UPDATE indicator_target SET lower_bound = 0.2 WHERE code = 'T2'");
            jdbc.update("DELETE FROM audit_entry WHERE entity = 'TARGET'");
        }
    }

    @Test
    void anAccountSavedWhileAnotherSaveOfItIsUncommittedIsAConflict() throws Exception {
        AppUser account = asAdmin(() -> users.create(new AccountForm("xung.dot", "Người Xung Đột",
                Role.LEADER, null, "Sen-hong-12345")));
        try {
            Object second = LockWaits.secondWhileTheFirstIsUncommitted(transactions, jdbc,
                    () -> asAdmin(() -> users.update(account.getId(), account.getVersion(),
                            new AccountForm("xung.dot", "Tên Thứ Nhất", Role.LEADER, null, null))),
                    () -> asAdmin(() -> users.update(account.getId(), account.getVersion(),
                            new AccountForm("xung.dot", "Tên Thứ Hai", Role.BOARD, null, null))));

            assertThat(second).isInstanceOf(EditConflictException.class);
            assertThat(jdbc.queryForMap("SELECT display_name, role FROM app_user WHERE id = ?", account.getId()))
                    .containsEntry("DISPLAY_NAME", "Tên Thứ Nhất").containsEntry("ROLE", "LEADER");
        } finally {
            jdbc.update("DELETE FROM audit_entry WHERE entity = 'USER' AND entity_id = ?", account.getId());
            jdbc.update("DELETE FROM app_user WHERE id = ?", account.getId());
        }
    }

    private <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }

    private <T> T asAdmin(Supplier<T> work) {
        return TestUsers.callAs(Role.ADMIN, null, work);
    }

    /** Starts the tasks at the same instant; each outcome is its result or the exception it ended with. */
    private static List<Object> runTogether(List<Callable<String>> tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return task.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private <T> T asEditor(Supplier<T> work) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, commune, work);
    }
}
