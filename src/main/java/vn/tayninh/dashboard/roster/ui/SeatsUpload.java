package vn.tayninh.dashboard.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.roster.ImportError;
import vn.tayninh.dashboard.roster.InvalidRosterException;
import vn.tayninh.dashboard.roster.SeatsFile;

/**
 * Every commune's approved seats and staffing quotas from one file: the template to download, pre-filled with every
 * commune and its numbers now; the upload, checked first (how many numbers would change, or every fault with its line
 * and column); then written whole when the user commits the very file checked.
 */
public class SeatsUpload extends VerticalLayout {

    final Button check = new Button();
    final Button commit = new Button();
    final Paragraph status = new Paragraph();
    final Grid<ImportError> faults = RosterUpload.faultGrid(this, "seats-faults");
    private final SeatsFile seatsFile;
    private final Runnable onCommitted;
    private byte[] file;

    public SeatsUpload(SeatsFile seatsFile, Runnable onCommitted) {
        this.seatsFile = seatsFile;
        this.onCommitted = onCommitted;
        setPadding(false);
        setId("seats-file");
        Anchor template = RosterUpload.workbook(this, "seats-template", "setup.seatsFile.template",
                "so-luong-phe-duyet-bien-che.xlsx", seatsFile::template);
        Upload upload = RosterUpload.upload(this, "seats-upload", (name, bytes) -> receive(bytes));
        HorizontalLayout actions = RosterUpload.checkAndCommit(this, "seats", check, this::check, commit, this::commit);
        status.setId("seats-status");
        faults.setVisible(false);
        add(new H3(getTranslation("setup.seatsFile.heading")), new Paragraph(getTranslation("setup.seatsFile.explanation")),
                template, upload, actions, status, faults);
    }

    /** As if the user had uploaded this file; also what the upload calls. */
    void receive(byte[] bytes) {
        file = bytes;
        faults.setVisible(false);
        commit.setEnabled(false);
        status.setText("");
        check.setEnabled(true);
    }

    void check() {
        run(false);
    }

    void commit() {
        run(true);
    }

    private void run(boolean write) {
        faults.setVisible(false);
        try {
            SeatsFile.Result result = write ? seatsFile.commit(new ByteArrayInputStream(file))
                    : seatsFile.preview(new ByteArrayInputStream(file));
            status.setText(getTranslation(write ? "setup.seatsFile.committed" : "setup.seatsFile.checked",
                    Formats.integer(result.communes()), Formats.integer(result.seatsChanged()),
                    Formats.integer(result.quotasChanged())));
            commit.setEnabled(!write);
            if (write) {
                check.setEnabled(false);
                file = null;
                Notification.show(status.getText(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onCommitted.run();
            }
        } catch (InvalidRosterException e) {
            faults.setItems(e.errors());
            faults.setVisible(true);
            commit.setEnabled(false);
            status.setText(getTranslation("entry.import.invalid", Formats.integer(e.errorCount())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ImportError> shownFaults() {
        return faults.getGenericDataView().getItems().toList();
    }
}
