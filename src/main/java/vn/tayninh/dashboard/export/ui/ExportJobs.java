package vn.tayninh.dashboard.export.ui;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs exports off the UI thread, as the user who asked (the export service checks who may export what). Two at a
 * time ({@code app.exports.workers}): the machine has few cores, and the pages must stay quick while packs are written.
 * A job gets what it needs when it is asked for (the person's security context here; their language and the rows
 * or figures from {@link DownloadButton}) and never touches a page; its file waits in {@link ExportFiles}.
 * <p>
 * The queue is bounded and shared fairly: each person has at most one file being made or waiting, in the order
 * asked, and at most {@link #DEFAULT_MAX_WAITING} files wait in all; beyond that a request is refused at once
 * ({@link Refusal}) rather than waiting behind everyone. A waiting job knows its place and may be cancelled.
 * The time each job waited for a worker is the timer {@code cadre.exports.queue.wait} (p50, p95), the jobs waiting
 * the gauge {@code cadre.exports.waiting}.
 * <p>
 * {@code app.exports.hold-file}, for tests of the queue only: while that file exists, a worker that took a job
 * holds it before starting, so that a browser test can fill the queue behind it without racing the worker.
 */
@Component
public class ExportJobs implements vn.tayninh.dashboard.export.ReportQueue {

    public static final int DEFAULT_WORKERS = 2;
    public static final int DEFAULT_MAX_WAITING = 16;
    static final java.time.Duration FINISH_AT_SHUTDOWN = java.time.Duration.ofSeconds(20);

    /** Why a job was not taken. */
    public enum Refusal {
        /** The person already has a file being made or waiting. */
        ALREADY_QUEUED,
        /** The queue is full: try again in a few minutes. */
        BUSY
    }

    /** A job taken: its place in the queue, and a way to cancel it. */
    public interface Ticket {
        /** 0 while the file is being made, n while n-th in the queue, -1 once done or cancelled. */
        int place();

        /** Takes the job out of the queue, or interrupts it while it runs; false when it had already finished. */
        boolean cancel();
    }

    /** What {@link #enqueue} answers: a ticket, or why not. */
    public record Taken(Optional<Ticket> ticket, Refusal refusal) {
    }

    private final Object lock = new Object();
    private final Deque<Job> waiting = new ArrayDeque<>();
    private final Map<String, Job> byOwner = new HashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private final int maxWaiting;
    private final ExportFiles files;
    private final Path holdFile;
    private volatile Timer waits;
    private boolean stopped;

    @Autowired
    ExportJobs(ExportFiles files, @Value("${app.exports.workers:" + DEFAULT_WORKERS + "}") int workers,
               @Value("${app.exports.max-waiting:" + DEFAULT_MAX_WAITING + "}") int maxWaiting,
               @Value("${app.exports.hold-file:}") String holdFile, ObjectProvider<MeterRegistry> meters) {
        this(Math.max(1, workers), Math.max(0, maxWaiting), files, holdFile.isBlank() ? null : Path.of(holdFile));
        meters.ifAvailable(registry -> {
            waits = Timer.builder("cadre.exports.queue.wait").description("Time an export waited for a worker")
                    .publishPercentiles(0.5, 0.95).register(registry);
            Gauge.builder("cadre.exports.waiting", this, ExportJobs::waitingCount)
                    .description("Exports waiting for a worker").register(registry);
        });
    }

    ExportJobs(int workerCount, int maxWaiting) {
        this(workerCount, maxWaiting, null, null);
    }

    ExportJobs(int workerCount, int maxWaiting, ExportFiles files, Path holdFile) {
        this.maxWaiting = maxWaiting;
        this.files = files;
        this.holdFile = holdFile;
        for (int i = 1; i <= workerCount; i++) {
            Thread worker = new Thread(this::work, "export-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /**
     * Queues {@code work} for the signed-in person, with their security context; refused when they have a job
     * already or the queue is full.
     */
    public Taken enqueue(Runnable work) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return enqueue(who == null ? "" : who.getName(), DelegatingSecurityContextRunnable.create(work, null));
    }

    /**
     * Queues {@code work} for the signed-in person as {@link #enqueue(Runnable)}, and runs {@code freed} once the job
     * has ended and the person's share of the queue is free again (done, failed or cancelled; not when refused).
     */
    public Taken enqueue(Runnable work, Runnable freed) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        Taken taken = enqueue(who == null ? "" : who.getName(), DelegatingSecurityContextRunnable.create(work, null));
        if (taken.ticket().isPresent()) {
            Job job = (Job) taken.ticket().get();
            boolean alreadyFinished;
            synchronized (lock) {
                alreadyFinished = job.finished;
                if (!alreadyFinished) {
                    job.freed = freed;
                }
            }
            if (alreadyFinished) {
                freed.run();
            }
        }
        return taken;
    }

    Taken enqueue(String owner, Runnable work) {
        synchronized (lock) {
            if (byOwner.containsKey(owner)) {
                return new Taken(Optional.empty(), Refusal.ALREADY_QUEUED);
            }
            if (stopped || waiting.size() >= maxWaiting) {
                return new Taken(Optional.empty(), Refusal.BUSY);
            }
            Job job = new Job(owner, work);
            waiting.addLast(job);
            byOwner.put(owner, job);
            lock.notifyAll();
            return new Taken(Optional.of(job), null);
        }
    }

    /**
     * Runs {@code work} in the background with the caller's security context, through the same queue; a job
     * refused is dropped. Kept for callers that need no place in the queue.
     */
    public void submit(Runnable work) {
        enqueue(work);
    }

    /** Where the files of the jobs wait for their hand-over. */
    public ExportFiles files() {
        return files;
    }

    @Override
    public vn.tayninh.dashboard.export.ReportQueue.Refusal offer(Runnable work, Runnable freed) {
        Taken taken = enqueue(work, freed);
        if (taken.ticket().isPresent()) {
            return null;
        }
        return taken.refusal() == Refusal.ALREADY_QUEUED ? vn.tayninh.dashboard.export.ReportQueue.Refusal.YOURS
                : vn.tayninh.dashboard.export.ReportQueue.Refusal.FULL;
    }

    @Override
    public Path newFile(String suffix) throws java.io.IOException {
        return files.create(suffix);
    }

    @Override
    public void deleteFile(Path file) {
        files.delete(file);
    }

    /** Jobs taken and not yet ended: those running and those waiting. */
    public int activeCount() {
        synchronized (lock) {
            return byOwner.size();
        }
    }

    /** Jobs waiting now (not those running). */
    public int waitingCount() {
        synchronized (lock) {
            return waiting.size();
        }
    }

    private void work() {
        while (true) {
            Job job;
            synchronized (lock) {
                while (waiting.isEmpty() && !stopped) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (stopped) {
                    return;
                }
                job = waiting.removeFirst();
                job.runner = Thread.currentThread();
            }
            if (waits != null) {
                waits.record(Duration.ofNanos(System.nanoTime() - job.asked));
            }
            try {
                hold();
                job.work.run();
            } catch (InterruptedException e) {
                // cancelled while held
            } catch (RuntimeException e) {
                // the work reports its own failures; a job must never end a worker
            } finally {
                Runnable freed;
                synchronized (lock) {
                    job.finished = true;
                    job.runner = null;
                    byOwner.remove(job.owner, job);
                    freed = job.freed;
                    job.freed = null;
                }
                if (freed != null) {
                    freed.run();
                }
                Thread.interrupted(); // a cancel that came late must not reach the next job
            }
        }
    }

    /** Only with {@code app.exports.hold-file} (tests): waits while that file exists. */
    private void hold() throws InterruptedException {
        while (holdFile != null && Files.exists(holdFile)) {
            Thread.sleep(50);
        }
    }

    /**
     * At shutdown: new jobs are refused as {@link Refusal#BUSY}, waiting ones dropped (their pages are closing), and
     * the files being made get {@link #FINISH_AT_SHUTDOWN} to finish before their workers are interrupted.
     */
    @PreDestroy
    void stop() {
        synchronized (lock) {
            stopped = true;
            waiting.forEach(job -> {
                job.finished = true;
                if (job.freed != null) {
                    job.freed.run();
                    job.freed = null;
                }
            });
            waiting.clear();
            lock.notifyAll();
        }
        long deadline = System.nanoTime() + FINISH_AT_SHUTDOWN.toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        workers.forEach(Thread::interrupt);
    }

    private final class Job implements Ticket {
        final String owner;
        final Runnable work;
        final long asked = System.nanoTime();
        Thread runner;
        boolean finished;
        Runnable freed;

        Job(String owner, Runnable work) {
            this.owner = owner;
            this.work = work;
        }

        @Override
        public int place() {
            synchronized (lock) {
                if (finished) {
                    return -1;
                }
                if (runner != null) {
                    return 0;
                }
                int place = 1;
                for (Job job : waiting) {
                    if (job == this) {
                        return place;
                    }
                    place++;
                }
                return -1;
            }
        }

        @Override
        public boolean cancel() {
            synchronized (lock) {
                if (finished) {
                    return false;
                }
                if (waiting.remove(this)) {
                    finished = true;
                    byOwner.remove(owner, this);
                    if (freed != null) {
                        freed.run();
                        freed = null;
                    }
                    return true;
                }
                if (runner != null) {
                    // the person's share is free again only when the worker is: the job may not heed the interrupt
                    runner.interrupt();
                    return true;
                }
                return false;
            }
        }
    }
}
