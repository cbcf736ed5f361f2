package vn.tayninh.dashboard;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until another transaction is blocked on a row lock, as the database itself reports it: H2's sessions with a
 * blocker, MySQL's and MariaDB's InnoDB transactions in LOCK WAIT (the account needs the PROCESS privilege). Tests
 * of interleavings use it to know that the second transaction has reached the lock, instead of sleeping and
 * hoping it has.
 */
public final class LockWaits {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private LockWaits() {
    }

    public static void awaitBlockedTransaction(JdbcTemplate jdbc) {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        String query = "H2".equals(product)
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"
                : "SELECT COUNT(*) FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'";
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (jdbc.queryForObject(query, Long.class) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no transaction waited for a row lock within " + LIMIT.toSeconds() + " s");
            }
            Thread.onSpinWait();
        }
    }
}
