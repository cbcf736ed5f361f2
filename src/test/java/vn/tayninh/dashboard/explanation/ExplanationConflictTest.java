package vn.tayninh.dashboard.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import vn.tayninh.dashboard.LockWaits;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Two board members decide on the same answer at the same moment, both from the same read: one accepts, the other
 * returns. Each in its own committed transaction; the second waits for the first's row lock, then is refused as a
 * conflict that carries the state the first left. Nothing of the second is written.
 */
@SpringBootTest
@ActiveProfiles("test")
class ExplanationConflictTest {

    @Autowired
    Explanations explanations;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'EXPLANATION'");
        jdbc.update("DELETE FROM explanation_step");
        jdbc.update("DELETE FROM explanation");
    }

    @Test
    void anAcceptAndAReturnFromTheSameReadOneWinsTheOtherSeesTheCurrentState() throws Exception {
        long commune = communes.findByCode(ExplanationsTest.COMMUNE).orElseThrow().getId();
        long id = asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request())).id();
        long read = TestUsers.callAs(Role.COMMUNE_EDITOR, commune,
                () -> explanations.answer(id, null, ExplanationsTest.answer())).version();

        Object second = LockWaits.secondWhileTheFirstIsUncommitted(transactions, jdbc,
                () -> asBoard(() -> explanations.accept(id, read)),
                () -> asBoard(() -> explanations.giveBack(id, read, "Chưa rõ nguyên nhân")));

        assertThat(second).isInstanceOfSatisfying(EditConflictException.class, conflict -> {
            assertThat(conflict.currentValues()).containsEntry("state", "ACCEPTED");
            assertThat(conflict.currentVersion()).isEqualTo(read + 1);
        });
        assertThat(jdbc.queryForObject("SELECT state FROM explanation WHERE id = ?", String.class, id))
                .isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("SELECT return_comment FROM explanation WHERE id = ?", String.class, id))
                .isNull();
        assertThat(jdbc.queryForList("SELECT state FROM explanation_step WHERE explanation_id = ? ORDER BY id",
                String.class, id)).containsExactly("REQUESTED", "ANSWERED", "ACCEPTED");
        assertThat(jdbc.queryForList("SELECT new_value FROM audit_entry WHERE entity = 'EXPLANATION' "
                + "AND field = 'state' ORDER BY id", String.class)).containsExactly("REQUESTED", "ANSWERED", "ACCEPTED");
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
