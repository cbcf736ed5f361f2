package vn.tayninh.dashboard.indicator;

import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the live figures {@link LiveCounts} has just counted, on a thread of its own, so that the request that
 * counted them never waits for a second connection.
 */
@Component
class LiveFiguresWriter {

    private static final Logger log = LoggerFactory.getLogger(LiveFiguresWriter.class);
    /** The date of a row added empty before its commune's figures are stored (never valid, never provisional). */
    static final LocalDate NEVER = LocalDate.of(1900, 1, 1);
    private static final int WRITER_QUEUE = 64;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    /** One thread, a short queue; what does not fit is dropped (see {@link #store}). */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WRITER_QUEUE), Thread.ofPlatform().name("live-figures-writer").daemon().factory(),
            new ThreadPoolExecutor.AbortPolicy());

    LiveFiguresWriter(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Hands rows ({@code set}'s values, then the commune id) to the writer, which stores them in a transaction of its
     * own after adding missing ones. The request does not wait: it holds a pooled connection for its reads, and were
     * it to wait for a second one to write, enough requests doing the same at once would hold every connection of the
     * pool while each waited for another (measured: the whole pool stalled until its 30 s time-out under load). The
     * writer holds no connection while it waits for one. Rows are tagged with the roster version read before counting,
     * so storing them a moment later, in any order, never makes stale figures current; when the writer falls behind,
     * rows are dropped and simply recounted when next needed. {@code whenDone} runs once the rows are stored or
     * dropped.
     */
    void store(String table, String columns, String placeholder, String set, List<Object[]> rows, Runnable whenDone) {
        try {
            writer.execute(() -> {
                try {
                    write(table, columns, placeholder, set, rows);
                } finally {
                    whenDone.run();
                }
            });
        } catch (RejectedExecutionException e) {
            whenDone.run();
            log.debug("Live figures not stored in {}: the writer is busy or stopped", table);
        }
    }

    private void write(String table, String columns, String placeholder, String set, List<Object[]> rows) {
        try {
            ownTransaction.executeWithoutResult(status -> {
                jdbc.update("INSERT INTO " + table + " (commune_id, " + columns + ") SELECT c.id, "
                        + placeholder + " FROM commune c WHERE NOT EXISTS (SELECT 1 FROM " + table
                        + " l WHERE l.commune_id = c.id)", Date.valueOf(NEVER));
                jdbc.batchUpdate("UPDATE " + table + " SET " + set + " WHERE commune_id = ?", rows);
            });
        } catch (DataAccessException | TransactionException e) {
            // another instance stored the same rows at the same moment, or the database is away: the rows are
            // recounted when next needed
            log.debug("Live figures not stored in {}: {}", table, e.getMessage());
        }
    }

    /** Waits until the rows handed to the writer so far are stored (tests and benchmarks read them back). */
    void awaitStored() {
        try {
            writer.submit(() -> { }).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | RejectedExecutionException e) {
            throw new IllegalStateException("live figures not stored in time", e);
        }
    }

    /** Lets the writer finish the rows it holds before the connection pool closes. */
    @PreDestroy
    void stopWriter() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
    }
}
