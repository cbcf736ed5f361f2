package vn.tayninh.dashboard.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.LockWaits;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.InvalidInputException;
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

    @Test
    void aSecondRequestWrittenWhileTheFirstIsUncommittedIsRefusedByTheDatabase() throws Exception {
        // the second's check cannot see the first's uncommitted row: the unique index of open requests makes its
        // insert wait for the first, then refuses it with the check's own answer. InnoDB reports that wait, which the
        // test needs to know when to commit the first; H2 does not report a wait on an index entry (the second would
        // sit out H2's lock timeout), so there the twelve requests below stand for this case.
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        org.junit.jupiter.api.Assumptions.assumeFalse("H2".equals(product), "H2 does not report index waits");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CyclicBarrier written = new CyclicBarrier(2);
        CyclicBarrier commit = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Object second;
        try {
            Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
                asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request()));
                await(written);
                await(commit);
            }));
            await(written);
            Future<Object> secondDone = pool.submit(() -> {
                try {
                    return asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request()));
                } catch (RuntimeException e) {
                    return e;
                }
            });
            LockWaits.awaitBlockedOrDone(jdbc, secondDone);
            await(commit);
            first.get(60, TimeUnit.SECONDS);
            second = secondDone.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(second).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.problems()).extracting(InvalidInputException.Problem::field)
                        .containsExactly("communeCode"));
        assertThat(openRequests()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM explanation_step", Long.class)).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void twelveRequestsAtOnceOnOneCommuneAndTargetWriteOne() throws Exception {
        int requests = 12;
        CyclicBarrier start = new CyclicBarrier(requests);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<Object>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request()));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(60, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(ExplanationDetails.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(InvalidInputException.class::isInstance).hasSize(requests - 1)
                    .allSatisfy(refused -> assertThat(((InvalidInputException) refused).problems())
                            .extracting(InvalidInputException.Problem::field).containsExactly("communeCode"));
        } finally {
            pool.shutdownNow();
        }
        assertThat(openRequests()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity = 'EXPLANATION' "
                + "AND field = 'state'", Long.class)).isEqualTo(1);
    }

    @Test
    void anAcceptedRequestLeavesRoomForANewOne() {
        long commune = communes.findByCode(ExplanationsTest.COMMUNE).orElseThrow().getId();
        long id = asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request())).id();
        TestUsers.callAs(Role.COMMUNE_EDITOR, commune, () -> explanations.answer(id, null, ExplanationsTest.answer()));
        asBoard(() -> explanations.accept(id, null));
        asBoard(() -> explanations.request(ExplanationsTest.COMMUNE, ExplanationsTest.request()));
        assertThat(openRequests()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM explanation", Long.class)).isEqualTo(2);
    }

    private long openRequests() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM explanation WHERE state <> 'ACCEPTED'", Long.class);
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }
}
