package vn.tayninh.dashboard.export.ui;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs exports off the UI thread, as the user who asked (the export service checks who may export what). Two
 * at a time: the machine has few cores, and the pages must stay quick while packs are written.
 */
@Component
public class ExportJobs {

    private final ExecutorService executor = Executors.newFixedThreadPool(2, new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "export-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    /** Runs {@code work} in the background with the caller's security context. */
    public void submit(Runnable work) {
        executor.execute(DelegatingSecurityContextRunnable.create(work, null));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
