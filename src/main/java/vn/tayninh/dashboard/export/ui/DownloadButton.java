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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.internal.CurrentInstance;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * A button that makes a file in the background ({@link ExportJobs}) and then hands it to the browser: the page
 * stays usable meanwhile, and a progress bar appears when the file takes more than a second (CSS delay). The
 * UI polls only while a file is being made.
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
    private Anchor link;

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
        add(button, progress, status);
    }

    public Button button() {
        return button;
    }

    private void start() {
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("export.running", fileName));
        polling(ui, +1);
        jobs.submit(() -> {
            byte[] bytes = null;
            String error = null;
            // Texts of the file are looked up as the page's (language, translations); nothing of the UI is changed here.
            Map<Class<?>, CurrentInstance> previous = CurrentInstance.setCurrent(ui);
            try {
                bytes = producer.get();
            } catch (AccessDeniedException e) {
                error = "export.forbidden";
            } catch (RuntimeException e) {
                log.error("Export of {} failed", fileName, e);
                error = "export.failed";
            } finally {
                CurrentInstance.restoreInstances(previous);
            }
            byte[] file = bytes;
            String problem = error;
            try {
                ui.access(() -> finish(ui, file, problem));
            } catch (UIDetachedException closed) {
                // the user left before the file was ready: nobody to hand it to
            }
        });
    }

    private void finish(UI ui, byte[] file, String problem) {
        polling(ui, -1);
        button.setEnabled(true);
        progress.setVisible(false);
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
        link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), fileName, contentType, file.length)), "");
        link.getElement().setAttribute("download", fileName);
        link.getElement().setAttribute("aria-hidden", "true");
        link.addClassName("export-link");
        add(link);
        link.getElement().executeJs("this.click()");
    }

    /** Polls while any download of the UI is being made, so that the result arrives without a click. */
    private static void polling(UI ui, int change) {
        Integer running = (Integer) ComponentUtil.getData(ui, DownloadButton.class.getName());
        int now = Math.max(0, (running == null ? 0 : running) + change);
        ComponentUtil.setData(ui, DownloadButton.class.getName(), now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }
}
