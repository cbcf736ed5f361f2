package vn.tayninh.dashboard.base;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Why the database could not do what was asked, when the cause is the database and not the request: it cannot be
 * reached (stopped, restarting, network, no free connection in time, busy), it accepts no writes (read-only), or its
 * disk is full. The API answers these with 503 and the screens with a notification, in Vietnamese; nothing was
 * written, since the transaction rolled back.
 */
public enum DatabaseFailure {

    UNAVAILABLE("database.unavailable"),
    READ_ONLY("database.readOnly"),
    DISK_FULL("database.diskFull");

    /** MySQL and MariaDB: the server runs with read_only (1290, 1836). */
    private static final Set<Integer> MYSQL_READ_ONLY = Set.of(1290, 1836);
    /** MySQL and MariaDB: disk full, table full, error writing a file (1021, 1114, 3). */
    private static final Set<Integer> MYSQL_FULL = Set.of(1021, 1114, 3);
    /** H2: the database is read-only (90097). */
    private static final int H2_READ_ONLY = 90097;
    /** H2: the database was closed after a failure, or a file could not be read or written (90098, 90028, 90031). */
    private static final Set<Integer> H2_CLOSED_OR_IO = Set.of(90098, 90028, 90031);

    private final String messageKey;

    DatabaseFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The translation key of what to tell the user. */
    public String messageKey() {
        return messageKey;
    }

    /** The database failure behind an exception, if that is what it is. */
    public static Optional<DatabaseFailure> of(Throwable failure) {
        DatabaseFailure found = null;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 25; t = t.getCause(), depth++) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk full")) {
                return Optional.of(DISK_FULL);
            }
            if (message.contains("connection is closed") || message.contains("communications link failure")
                    || message.contains("no operations allowed after connection closed")) {
                // a rollback or statement on a connection the restarted server already dropped
                found = UNAVAILABLE;
            }
            if (t instanceof SQLException sql) {
                if ((MYSQL_READ_ONLY.contains(sql.getErrorCode()) && isMySql(sql)) || sql.getErrorCode() == H2_READ_ONLY) {
                    return Optional.of(READ_ONLY);
                }
                if (MYSQL_FULL.contains(sql.getErrorCode()) && isMySql(sql)) {
                    return Optional.of(DISK_FULL);
                }
                if (H2_CLOSED_OR_IO.contains(sql.getErrorCode()) || sql instanceof SQLTransientConnectionException
                        || sql instanceof SQLNonTransientConnectionException || sql instanceof SQLRecoverableException
                        || sql instanceof SQLTimeoutException
                        || (sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                    found = UNAVAILABLE;
                }
            } else if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException
                    || t.getClass().getSimpleName().endsWith("CommunicationsException")
                    || t.getClass().getSimpleName().equals("JDBCConnectionException")) {
                // the driver's own view of a lost connection, also when it comes wrapped in a failed rollback
                found = UNAVAILABLE;
            } else if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof PessimisticLockingFailureException || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException) {
                found = UNAVAILABLE;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean isMySql(SQLException sql) {
        return sql.getClass().getName().startsWith("com.mysql") || sql.getClass().getName().startsWith("org.mariadb")
                || sql.getClass().getName().startsWith("java.sql");
    }
}
