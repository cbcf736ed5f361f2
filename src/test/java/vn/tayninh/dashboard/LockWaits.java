package vn.tayninh.dashboard;

import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waits until another transaction is blocked on a row lock, as the database itself reports it: H2's sessions with a
 * blocker, MySQL's and MariaDB's InnoDB transactions in LOCK WAIT (the account needs the PROCESS privilege). Tests
 * of interleavings use it to know that the second transaction has reached the lock, instead of sleeping and
 * hoping it has.
 */
public final class LockWaits {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** Longer than the 0.1 s InnoDB's transaction tables must go unread before they are refreshed. */
    private static final Duration INNODB_CACHE_IDLE = Duration.ofMillis(150);

    private LockWaits() {
    }

    /**
     * Between two looks. InnoDB serves its INFORMATION_SCHEMA transaction tables from a cache that it refreshes only
     * when nobody has read them for 0.1 s: polled without a pause, the tables would keep showing the moment of the
     * first look, before the other transaction reached the lock. H2 answers from its live sessions.
     */
    private static void pause(String product) {
        if ("H2".equals(product)) {
            Thread.onSpinWait();
            return;
        }
        try {
            Thread.sleep(INNODB_CACHE_IDLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a lock wait", e);
        }
    }

    /** What the database's open transactions are doing, for the failure message. */
    private static String transactions(JdbcTemplate jdbc, String product) {
        return "H2".equals(product)
                ? jdbc.queryForList("SELECT SESSION_ID, BLOCKER_ID, EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS")
                        .toString()
                : jdbc.queryForList("SELECT trx_id, trx_state, trx_query, trx_rows_locked FROM information_schema.INNODB_TRX")
                        + "; sessions: " + jdbc.queryForList("SELECT ID, COMMAND, STATE, INFO FROM information_schema.PROCESSLIST"
                        + " WHERE COMMAND <> 'Sleep'");
    }

    /**
     * Waits until {@code other} has ended, or its transaction waits for a lock as the database reports it: a
     * unique-index conflict with an uncommitted row ends at once on H2, which refuses it, and waits on InnoDB until
     * the first commits.
     */
    public static void awaitBlockedOrDone(JdbcTemplate jdbc, Future<?> other) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String query = "H2".equals(product)
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!other.isDone() && jdbc.queryForObject(query, Long.class) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the other transaction neither ended nor waited for a lock within "
                        + LIMIT.toSeconds() + " s; transactions: " + transactions(jdbc, product));
            }
            pause(product);
        }
    }

    public static void awaitBlockedTransaction(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String query = "H2".equals(product)
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (jdbc.queryForObject(query, Long.class) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction waited for a row lock within " + LIMIT.toSeconds() + " s; "
                        + "transactions: " + transactions(jdbc, product));
            }
            pause(product);
        }
    }

    /**
     * Runs {@code first} in a transaction that stays open until {@code second}, in its own, waits for a row lock the
     * first holds, as the database reports it; then commits the first and returns what the second ended with (its
     * result or its exception).
     */
    public static Object secondWhileTheFirstIsUncommitted(PlatformTransactionManager transactions, JdbcTemplate jdbc,
                                                          Runnable first, Supplier<Object> second) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CyclicBarrier written = new CyclicBarrier(2);
        CyclicBarrier commit = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> firstDone = pool.submit(() -> transaction.executeWithoutResult(status -> {
                first.run();
                await(written);
                await(commit);
            }));
            await(written);
            Future<Object> secondDone = pool.submit(() -> {
                try {
                    return second.get();
                } catch (RuntimeException e) {
                    return e;
                }
            });
            awaitBlockedTransaction(jdbc); // the second has read the same version, waits for the row lock
            await(commit);
            firstDone.get();
            return secondDone.get();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
