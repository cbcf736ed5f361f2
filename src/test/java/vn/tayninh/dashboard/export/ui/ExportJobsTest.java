package vn.tayninh.dashboard.export.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.export.ui.ExportJobs.Refusal;
import vn.tayninh.dashboard.export.ui.ExportJobs.Ticket;

/** The export queue: first asked, first made; one job per person; a bound in all; cancelling. One worker here. */
class ExportJobsTest {

    private final ExportJobs jobs = new ExportJobs(1, 3);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        jobs.stop();
    }

    @Test
    void jobsRunInTheOrderAskedAndKnowTheirPlace() throws Exception {
        Ticket first = take("an", blocking("an"));
        waitFor(() -> first.place() == 0);
        Ticket second = take("binh", recording("binh"));
        Ticket third = take("chi", recording("chi"));

        assertThat(second.place()).isEqualTo(1);
        assertThat(third.place()).isEqualTo(2);

        release.countDown();
        waitFor(() -> third.place() == -1);
        assertThat(ran).containsExactly("an", "binh", "chi");
    }

    @Test
    void eachPersonHasOneJobAndTheQueueIsBounded() throws Exception {
        Ticket first = take("an", blocking("an"));
        waitFor(() -> first.place() == 0);

        assertThat(jobs.enqueue("an", recording("an again")).refusal()).isEqualTo(Refusal.ALREADY_QUEUED);
        take("binh", recording("binh"));
        take("chi", recording("chi"));
        take("dung", recording("dung"));
        assertThat(jobs.enqueue("em", recording("em")).refusal()).isEqualTo(Refusal.BUSY);
        assertThat(jobs.waitingCount()).isEqualTo(3);

        release.countDown();
        waitFor(() -> ran.size() == 4);
        // once done, the person may ask again
        Ticket again = take("an", recording("an again"));
        waitFor(() -> again.place() == -1);
        assertThat(ran).containsExactly("an", "binh", "chi", "dung", "an again");
    }

    @Test
    void aCancelledJobNeverRunsAndThoseBehindMoveUp() throws Exception {
        Ticket first = take("an", blocking("an"));
        waitFor(() -> first.place() == 0);
        Ticket second = take("binh", recording("binh"));
        Ticket third = take("chi", recording("chi"));

        assertThat(second.cancel()).isTrue();

        assertThat(third.place()).isEqualTo(1);
        assertThat(second.place()).isEqualTo(-1);
        // the place is free again for that person
        Ticket again = take("binh", recording("binh again"));
        release.countDown();
        waitFor(() -> again.place() == -1);
        assertThat(ran).containsExactly("an", "chi", "binh again");
    }

    @Test
    void cancellingARunningJobInterruptsIt() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        Ticket running = take("an", () -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        waitFor(() -> running.place() == 0);

        assertThat(running.cancel()).isTrue();

        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
        Ticket next = take("binh", recording("binh"));
        waitFor(() -> next.place() == -1);
        assertThat(ran).containsExactly("binh");
    }

    private Ticket take(String owner, Runnable work) {
        return jobs.enqueue(owner, work).ticket().orElseThrow();
    }

    private Runnable recording(String name) {
        return () -> ran.add(name);
    }

    private Runnable blocking(String name) {
        return () -> {
            ran.add(name);
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the condition").isBefore(deadline);
            Thread.sleep(5);
        }
    }
}
