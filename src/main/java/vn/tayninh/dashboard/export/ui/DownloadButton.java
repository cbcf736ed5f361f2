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
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.internal.CurrentInstance;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A button that makes a file in the background ({@link ExportJobs}) and then hands it to the browser: the page
 * stays usable meanwhile, and a progress bar appears when the file takes more than a second (CSS delay). The
 * UI polls only while a file is being made or waits, showing its place in the queue, with a button to cancel;
 * leaving the page cancels it. A full queue, or a file of the same person already on its way, is refused at once
 * with a message. The file is handed over once and then released.
 */
public class DownloadButton extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(DownloadButton.class);
    private static final int POLL_MILLIS = 400;

    private final Button button;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final transient ExportJobs jobs;
    private final String fileName;
    private final String contentType;
    private final SerializableSupplier<byte[]> producer;
    private final Button cancel;
    private Anchor link;
    private transient ExportJobs.Ticket ticket;
    private Registration pollListener;
    private transient AtomicReference<byte[]> heldFile;

    public DownloadButton(ExportJobs jobs, String label, VaadinIcon icon, String fileName, String contentType,
                          SerializableSupplier<byte[]> producer) {
        this.jobs = jobs;
        this.fileName = fileName;
        this.contentType = contentType;
        this.producer = producer;
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
        // leaving the page gives up its place in the queue, or stops the file being made
        addDetachListener(e -> {
            if (ticket != null) {
                ticket.cancel();
                done(e.getUI());
            }
        });
    }

    public Button button() {
        return button;
    }

    private void start() {
        UI ui = UI.getCurrent();
        ExportJobs.Taken taken = jobs.enqueue(() -> make(ui));
        if (taken.ticket().isEmpty()) {
            Notification.show(getTranslation(taken.refusal() == ExportJobs.Refusal.BUSY ? "export.busy"
                            : "export.alreadyQueued"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            return;
        }
        ticket = taken.ticket().get();
        button.setEnabled(false);
        progress.setVisible(true);
        cancel.setVisible(true);
        showPlace();
        polling(ui, +1);
        pollListener = ui.addPollListener(e -> showPlace());
    }

    private void make(UI ui) {
        byte[] bytes = null;
        String error = null;
        // Texts of the file are looked up as the page's (language, translations); nothing of the UI is changed here.
        Map<Class<?>, CurrentInstance> previous = CurrentInstance.setCurrent(ui);
        try {
            bytes = producer.get();
        } catch (AccessDeniedException e) {
            error = "export.forbidden";
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // cancelled: nobody waits for the file
            }
            log.error("Export of {} failed", fileName, e);
            error = "export.failed";
        } finally {
            CurrentInstance.restoreInstances(previous);
        }
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        byte[] file = bytes;
        String problem = error;
        try {
            ui.access(() -> finish(ui, file, problem));
        } catch (UIDetachedException closed) {
            // the user left before the file was ready: nobody to hand it to
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
        progress.setVisible(false);
        cancel.setVisible(false);
    }

    private void finish(UI ui, byte[] file, String problem) {
        if (ticket == null) {
            return; // cancelled meanwhile
        }
        done(ui);
        if (problem != null) {
            status.setText("");
            Notification.show(getTranslation(problem), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        status.setText(getTranslation("export.ready", fileName));
        if (link != null) {
            remove(link);
        }
        // handed over once, then released: the page keeps no copy of the file
        heldFile = new AtomicReference<>(file);
        AtomicReference<byte[]> once = heldFile;
        link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = once.getAndSet(null);
            return bytes == null ? DownloadResponse.error(HttpStatusCode.GONE)
                    : new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
        }), "");
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("aria-hidden", "true");
        link.addClassName("export-link");
        add(link);
        link.getElement().executeJs("this.click()");
    }

    /** Whether the file made last still waits to be downloaded (for tests of its release). */
    boolean holdsAFile() {
        return heldFile != null && heldFile.get() != null;
    }

    /** Polls while any download of the UI is being made, so that the result arrives without a click. */
    private static void polling(UI ui, int change) {
        Integer running = (Integer) ComponentUtil.getData(ui, DownloadButton.class.getName());
        int now = Math.max(0, (running == null ? 0 : running) + change);
        ComponentUtil.setData(ui, DownloadButton.class.getName(), now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
