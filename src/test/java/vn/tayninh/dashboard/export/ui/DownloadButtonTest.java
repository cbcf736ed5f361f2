package vn.tayninh.dashboard.export.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.SessionDestroyListener;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tayninh.dashboard.base.Translations;

/**
 * A file made in the background: the worker gets the page's language, texts and the signed-in person when the file
 * is asked for and never the page (no current UI or session on the worker); the file lies in a temporary file that is
 * gone after the hand-over, after a cancel, when the page is left and when the session ends. One worker.
 */
@ViewPackages(packages = "vn.tayninh.dashboard.export.ui")
class DownloadButtonTest extends BrowserlessTest {

    @TempDir
    Path root;

    private ExportFiles files;
    private ExportJobs jobs;
    private final List<Object> seenOnWorker = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void queue() {
        files = new ExportFiles(root, 4242);
        jobs = new ExportJobs(1, 16, files, null);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("lanhdao", "x"));
        UI.getCurrent().setLocale(Translations.VIETNAMESE);
    }

    @AfterEach
    void stop() {
        release.countDown();
        jobs.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void theWorkerGetsTheLanguageAndThePersonWhenAskedAndNeverThePage() throws Exception {
        UI.getCurrent().setLocale(Translations.ENGLISH);
        DownloadButton english = recording("english.txt");
        UI.getCurrent().add(english);

        english.button().click();
        String text = handOver(english);

        // on the worker: no page, no session; the person who asked; the words of the page's language then
        assertThat(seenOnWorker).containsExactly(null, null, "lanhdao");
        assertThat(text).isEqualTo("Cancel – Cancelled a.txt.");

        seenOnWorker.clear();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("bantochuc", "x"));
        UI.getCurrent().setLocale(Translations.VIETNAMESE);
        DownloadButton vietnamese = recording("vietnamese.txt");
        UI.getCurrent().add(vietnamese);
        vietnamese.button().click();
        assertThat(handOver(vietnamese)).isEqualTo("Hủy – Đã hủy tạo a.txt.");
        assertThat(seenOnWorker).containsExactly(null, null, "bantochuc");
    }

    @Test
    void theFileIsStreamedOnceThenDeleted() throws Exception {
        DownloadButton button = recording("once.txt");
        UI.getCurrent().add(button);
        button.button().click();
        awaitLink(button);
        assertThat(button.holdsAFile()).isTrue();

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        button.handOver().handleDownloadRequest(event(button, first));

        assertThat(first.toString(StandardCharsets.UTF_8)).isEqualTo("Hủy – Đã hủy tạo a.txt.");
        assertThat(files.waiting()).isEmpty();
        assertThat(button.holdsAFile()).isFalse();
        // a second request for the same link: gone
        VaadinResponse again = mock(VaadinResponse.class);
        button.handOver().handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), again,
                VaadinSession.getCurrent(), button.getElement()));
        verify(again).setStatus(410);
    }

    @Test
    void cancellingTheFileBeingMadeDeletesItsTemporaryFile() throws Exception {
        DownloadButton button = blocking("cancelled.txt");
        UI.getCurrent().add(button);
        button.button().click();
        waitFor(() -> seenOnWorker.size() == 1 && files.waiting().size() == 1);

        test(find(com.vaadin.flow.component.button.Button.class).withClassName("export-cancel").single()).click();

        waitFor(() -> files.waiting().isEmpty());
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());
        assertThat(button.holdsAFile()).isFalse();
        assertThat(find(Anchor.class).all()).isEmpty();
    }

    @Test
    void leavingThePageDeletesAFileBeingMadeAndAFileNotYetFetched() throws Exception {
        DownloadButton running = blocking("left-running.txt");
        UI.getCurrent().add(running);
        running.button().click();
        waitFor(() -> seenOnWorker.size() == 1 && files.waiting().size() == 1);

        UI.getCurrent().remove(running);

        // the file is deleted at once; the person's place in the queue is free once the cancelled job has ended
        waitFor(() -> files.waiting().isEmpty() && jobs.activeCount() == 0);

        DownloadButton ready = recording("left-ready.txt");
        UI.getCurrent().add(ready);
        ready.button().click();
        awaitLink(ready);
        assertThat(ready.holdsAFile()).isTrue();

        UI.getCurrent().remove(ready);

        assertThat(files.waiting()).isEmpty();
    }

    @Test
    void theEndOfTheSessionDeletesItsFilesNotYetFetched() throws Exception {
        VaadinService service = mock(VaadinService.class);
        files.serviceInit(new ServiceInitEvent(service));
        ArgumentCaptor<SessionDestroyListener> atSessionEnd = ArgumentCaptor.forClass(SessionDestroyListener.class);
        verify(service).addSessionDestroyListener(atSessionEnd.capture());
        DownloadButton ready = recording("session.txt");
        UI.getCurrent().add(ready);
        ready.button().click();
        awaitLink(ready);
        assertThat(files.waiting()).hasSize(1);

        atSessionEnd.getValue().sessionDestroy(new SessionDestroyEvent(service, VaadinSession.getCurrent()));

        assertThat(files.waiting()).isEmpty();
    }

    @Test
    void atStartTheFilesOfProcessesThatEndedAreRemovedAndThoseOfRunningOnesKept() throws Exception {
        Path ended = Files.createDirectories(root.resolve("99999999"));
        Files.writeString(ended.resolve("export-1.pdf"), "left by a crash");
        Path running = Files.createDirectories(root.resolve("1"));
        Files.writeString(running.resolve("export-2.pdf"), "another instance's");

        ExportFiles restarted = new ExportFiles(root, 4343);

        assertThat(ended).doesNotExist();
        assertThat(running.resolve("export-2.pdf")).exists();
        assertThat(restarted.waiting()).isEmpty();
        restarted.removeOwn();
        try (var left = Files.list(root)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("1");
        }
    }

    @Test
    void twoInstancesInOneProcessKeepEachOthersFiles() throws Exception {
        long pid = ProcessHandle.current().pid();
        ExportFiles first = new ExportFiles(root, pid);
        Path made = first.create(".pdf");
        ExportFiles second = new ExportFiles(root, pid);
        assertThat(made).exists();
        second.removeOwn();
        assertThat(made).exists();
        assertThat(first.create(".zip")).exists();
        first.removeOwn();
        assertThat(made).doesNotExist();
    }

    /** A file of the page's word for "cancel" and its "cancelled" message; records what the worker sees. */
    private DownloadButton recording(String fileName) {
        return new DownloadButton(jobs, "Tải", VaadinIcon.DOWNLOAD, fileName, "text/plain", texts -> out -> {
            seenOnWorker.add(UI.getCurrent());
            seenOnWorker.add(VaadinSession.getCurrent());
            seenOnWorker.add(SecurityContextHolder.getContext().getAuthentication().getName());
            out.write((texts.get("export.cancel") + " – " + texts.get("export.cancelled", "a.txt"))
                    .getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A file half written that waits until released (or interrupted by a cancel). */
    private DownloadButton blocking(String fileName) {
        return new DownloadButton(jobs, "Tải", VaadinIcon.DOWNLOAD, fileName, "text/plain", texts -> out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            out.flush();
            seenOnWorker.add(Thread.currentThread().getName());
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException("cancelled");
            }
        });
    }

    /** Waits for the file, lets the page take the worker's news, and downloads it as the browser would. */
    private String handOver(DownloadButton button) throws Exception {
        awaitLink(button);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        button.handOver().handleDownloadRequest(event(button, out));
        assertThat(files.waiting()).isEmpty();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Lets the page take the worker's news (as the browser's poll does) until the link is there. */
    private static void awaitLink(DownloadButton button) throws InterruptedException {
        waitFor(() -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            return button.handOver() != null;
        });
    }

    private static DownloadEvent event(DownloadButton button, ByteArrayOutputStream body) throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        return new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(), button.getElement());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the condition").isBefore(deadline);
            Thread.sleep(5);
        }
    }
}
