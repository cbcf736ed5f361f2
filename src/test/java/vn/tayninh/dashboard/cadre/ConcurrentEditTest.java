package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.Role;
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
        assertThat(cadres.findProfile(cadre.getId()).orElseThrow().cadre().getEthnicity()).isEqualTo(winners.get(0));
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

    private <T> T asEditor(java.util.function.Supplier<T> work) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, commune, work);
    }
}
