package vn.tayninh.dashboard.export.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.tayninh.dashboard.base.Texts;

/**
 * A button that makes a file in the background ({@link ExportJobs}) and then hands it to the browser: the page
 * stays usable meanwhile, and a progress bar appears when the file takes more than a second (CSS delay). The
 * UI polls only while a file is being made or waits, showing its place in the queue, with a button to cancel;
 * leaving the page cancels it. A full queue, or a file of the same person already on its way, is refused at once
 * with a message.
 * <p>
 * When clicked, {@code prepare} runs on the page's thread with the page's language ({@link Texts}) and answers the
 * {@link FileContent} to write: everything the job needs is taken then (the rows, the filter, the area), and the
 * worker never touches the page. The file is written to a temporary file ({@link ExportFiles}), streamed to the
 * browser once and deleted; it is deleted as well when the job is cancelled, the page left or the session ended.
 */
public class DownloadButton extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(DownloadButton.class);
    private static final int POLL_MILLIS = 400;

    private final Button button;
    private final String label;
    private final VaadinIcon icon;
    private SerializableConsumer<Boolean> busyListener = busy -> { };
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final transient ExportJobs jobs;
    private final String fileName;
    private final String contentType;
    private final SerializableFunction<Texts, FileContent> prepare;
    private final Button cancel;
    private Anchor link;
    private transient ExportJobs.Ticket ticket;
    private Registration pollListener;
    private PendingFile pending;
    private DownloadHandler handOver;

    public DownloadButton(ExportJobs jobs, String label, VaadinIcon icon, String fileName, String contentType,
                          SerializableFunction<Texts, FileContent> prepare) {
        this.jobs = jobs;
        this.fileName = fileName;
        this.contentType = contentType;
        this.prepare = prepare;
        this.label = label;
        this.icon = icon;
        button = new Button(label, icon.create(), e -> start());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("data-file", fileName);
        progress.setIndeterminate(true);
        progress.setWidth("6rem");
        progress.addClassName("export-progress");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("export.running", fileName));
        status.addClassName("export-status");
        status.getElement().setAttribute("aria-live", "polite");
        addClassName("download-button");
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        cancel = new Button(getTranslation("export.cancel"), e -> cancelJob());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        cancel.addClassName("export-cancel");
        cancel.setVisible(false);
        add(button, progress, status, cancel);
        // leaving the page gives up its place in the queue, stops the file being made, or deletes the file not
        // yet fetched
        addDetachListener(e -> {
            if (pending != null) {
                pending.discard(); // first, so that the worker knows the interrupt for a cancel
                pending = null;
            }
            if (ticket != null) {
                ticket.cancel();
                done(e.getUI());
            }
        });
    }

    public Button button() {
        return button;
    }

    public String label() {
        return label;
    }

    public VaadinIcon icon() {
        return icon;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Started from elsewhere (an item of an {@link ExportMenu}): the button itself is hidden, the progress, place in
     * the queue, cancel button and result stay here; {@code busy} hears when a file is on its way and when not.
     */
    void startedFromMenu(SerializableConsumer<Boolean> busy) {
        button.setVisible(false);
        busyListener = busy;
    }

    /** Makes the file, as a click on the button does. */
    void start() {
        UI ui = UI.getCurrent();
        // what the file needs is taken now, here: the page's language and what the page shows
        FileContent content = prepare.apply(new Texts(ui.getLocale()));
        if (pending != null) {
            pending.discard(); // a file made earlier and never fetched
        }
        PendingFile file = PendingFile.of(jobs.files(), ui.getSession());
        ExportJobs.Taken taken = jobs.enqueue(() -> make(content, file, ui));
        if (taken.ticket().isEmpty()) {
            file.discard();
            Notification.show(getTranslation(taken.refusal() == ExportJobs.Refusal.BUSY ? "export.busy"
                            : "export.alreadyQueued"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        pending = file;
        ticket = taken.ticket().get();
        button.setEnabled(false);
        busyListener.accept(true);
        progress.setVisible(true);
        cancel.setVisible(true);
        showPlace();
        polling(ui, +1);
        pollListener = ui.addPollListener(e -> showPlace());
    }

    /** On a worker: writes the file, then asks the page to hand it over. Nothing of the page is used but access. */
    private void make(FileContent content, PendingFile file, UI ui) {
        Path written = null;
        String problem = null;
        try {
            written = jobs.files().create(suffix(fileName));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written))) {
                content.writeTo(out);
            }
        } catch (AccessDeniedException e) {
            problem = "export.forbidden";
        } catch (IOException | RuntimeException e) {
            // a cancel interrupts the worker: what the writer then throws is no failure
            if (!file.isClosed() && !Thread.currentThread().isInterrupted()) {
                log.error("Export of {} failed", fileName, e);
                problem = "export.failed";
            }
        }
        if (problem != null || file.isClosed() || Thread.currentThread().isInterrupted()) {
            jobs.files().delete(written);
            file.discard();
            if (problem == null) {
                return; // cancelled: nobody waits for the file
            }
        } else if (!file.offer(written)) {
            return; // cancelled or left meanwhile: the file is deleted
        }
        String shown = problem;
        try {
            ui.access(() -> finish(ui, file, shown));
        } catch (UIDetachedException closed) {
            file.discard(); // the user left before the file was ready: nobody to hand it to
        }
    }

    /** The place in the queue while waiting, then "being made". */
    private void showPlace() {
        int place = ticket == null ? -1 : ticket.place();
        status.setText(place > 0 ? getTranslation("export.waiting", fileName, place)
                : getTranslation("export.running", fileName));
    }

    /** Takes the job out of the queue (or stops it), as the cancel button and leaving the page do. */
    private void cancelJob() {
        if (ticket == null) {
            return;
        }
        if (pending != null) {
            pending.discard(); // first, so that the worker knows the interrupt for a cancel
            pending = null;
        }
        ticket.cancel();
        getUI().ifPresent(ui -> done(ui));
        status.setText(getTranslation("export.cancelled", fileName));
    }

    private void done(UI ui) {
        if (ticket != null) {
            ticket = null;
            polling(ui, -1);
        }
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        button.setEnabled(true);
        busyListener.accept(false);
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    private void finish(UI ui, PendingFile file, String problem) {
        if (ticket == null || file != pending) {
            file.discard();
            return; // cancelled meanwhile
        }
        done(ui);
        if (problem != null) {
            pending = null;
            status.setText("");
            Notification.show(getTranslation(problem), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        status.setText(getTranslation("export.ready", fileName));
        if (link != null) {
            remove(link);
        }
        // handed over once, streamed from the temporary file, which is deleted after: the page keeps nothing
        handOver = new OnceDownload(file, jobs.files(), fileName, contentType);
        link = new Anchor(handOver, "");
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("aria-hidden", "true");
        link.addClassName("export-link");
        add(link);
        link.getElement().executeJs("this.click()");
    }

    /** Whether the file made last still waits to be downloaded (for tests of its release). */
    boolean holdsAFile() {
        return pending != null && pending.holdsAFile();
    }

    /** What the link of the file made last answers (for tests of the hand-over). */
    DownloadHandler handOver() {
        return handOver;
    }

    /** Streams the temporary file to the browser once and deletes it; a second request answers 410. */
    private record OnceDownload(PendingFile file, ExportFiles files, String name, String type)
            implements DownloadHandler {

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            Path path = file.take();
            if (path == null || !Files.exists(path)) {
                event.getResponse().setStatus(HttpStatusCode.GONE.getCode());
                return;
            }
            try {
                event.setFileName(name);
                event.setContentType(type);
                event.setContentLength(Files.size(path));
                try (OutputStream out = event.getOutputStream()) {
                    Files.copy(path, out);
                }
            } finally {
                files.delete(path);
            }
        }
    }

    private static String suffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? ".tmp" : fileName.substring(dot);
    }

    /** Polls while any download of the UI is being made, so that the result arrives without a click. */
    private static void polling(UI ui, int change) {
        Integer running = (Integer) ComponentUtil.getData(ui, DownloadButton.class.getName());
        int now = Math.max(0, (running == null ? 0 : running) + change);
        ComponentUtil.setData(ui, DownloadButton.class.getName(), now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
