package vn.tayninh.dashboard.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.roster.ImportError;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.ImportResult;
import vn.tayninh.dashboard.roster.InvalidRosterException;
import vn.tayninh.dashboard.roster.OnMatch;
import vn.tayninh.dashboard.roster.RosterExporter;
import vn.tayninh.dashboard.roster.RosterImporter;

/**
 * A commune's roster file: download it (Excel or CSV, in the form people read), edit it, upload it (either type,
 * either form). An upload is first checked and previewed — how many records each commune gains and ends, how many
 * rows match people already recorded and what becomes of them, or every faulty line and column — and written only
 * when the user commits the very file previewed, with the choices previewed; a file with any fault is never written.
 */
public class RosterUpload extends VerticalLayout {

    private final RosterImporter importer;
    private final Runnable onCommitted;
    private final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    private final Grid<ImportResult.CommuneCounts> preview = new Grid<>();
    private final Grid<ImportError> faults = faultGrid(this, "roster-faults");
    private final Paragraph status = new Paragraph();
    private final Paragraph more = new Paragraph();
    private final Paragraph matchedWarning = new Paragraph();
    private final RadioButtonGroup<OnMatch> onMatch = new RadioButtonGroup<>();
    private final Button check = new Button();
    private final Button commit = new Button();
    private byte[] file;
    private String fileName;

    public RosterUpload(RosterImporter importer, RosterExporter exporter, Commune commune, Clock clock,
                        Runnable onCommitted) {
        this.importer = importer;
        this.onCommitted = onCommitted;
        setPadding(false);

        Anchor downloadXlsx = download(exporter, commune, clock, RosterExporter.FileType.XLSX,
                "roster-download-xlsx", "entry.import.download-xlsx");
        Anchor download = download(exporter, commune, clock, RosterExporter.FileType.CSV,
                "roster-download", "entry.import.download-csv");
        HorizontalLayout downloads = new HorizontalLayout(downloadXlsx, download);
        downloads.setWrap(true);

        mode.setLabel(getTranslation("entry.import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("entry.import.mode." + m.name()));
        mode.setValue(ImportMode.ADD);
        mode.addValueChangeListener(e -> {
            onMatch.setVisible(e.getValue() == ImportMode.ADD);
            reset();
        });
        onMatch.setId("roster-on-match");
        onMatch.setLabel(getTranslation("entry.import.on-match"));
        onMatch.setItems(OnMatch.SKIP, OnMatch.UPDATE, OnMatch.ADD);
        onMatch.setItemLabelGenerator(m -> getTranslation("entry.import.on-match." + m.name()));
        onMatch.setValue(OnMatch.SKIP);
        onMatch.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        onMatch.addValueChangeListener(e -> reset());

        Upload upload = upload(this, "roster-upload", (name, bytes) -> {
            file = bytes;
            fileName = name;
            reset();
            status.setText(getTranslation("entry.import.received", fileName, Formats.integer(bytes.length)));
            check.setEnabled(true);
        });

        check.setText(getTranslation("entry.import.check"));
        check.setId("roster-check");
        check.setEnabled(false);
        check.addClickListener(e -> check());
        commit.setText(getTranslation("entry.import.commit"));
        commit.setId("roster-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());

        preview.setId("roster-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.addColumn(ImportResult.CommuneCounts::communeCode).setHeader(getTranslation("entry.import.commune"));
        preview.addColumn(c -> Formats.integer(c.added())).setKey("added").setHeader(getTranslation("entry.import.added"))
                .setTextAlign(ColumnTextAlign.END);
        preview.addColumn(c -> Formats.integer(c.ended())).setKey("ended").setHeader(getTranslation("entry.import.ended"))
                .setTextAlign(ColumnTextAlign.END);
        preview.addColumn(c -> Formats.integer(c.matched())).setKey("matched")
                .setHeader(getTranslation("entry.import.matched")).setTextAlign(ColumnTextAlign.END);
        preview.setAllRowsVisible(true);
        more.setId("roster-more-faults");
        matchedWarning.setId("roster-matched");
        matchedWarning.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))")
                .set("font-weight", "600");
        reset();

        HorizontalLayout actions = new HorizontalLayout(check, commit);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph formats = new Paragraph(getTranslation("entry.import.formats"));
        formats.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new Paragraph(getTranslation("entry.import.explanation")), downloads, mode, onMatch, upload, formats,
                actions, status, matchedWarning, new H4(getTranslation("entry.import.preview")), preview, faults, more);
    }

    /** An upload of one CSV or XLSX file of at most 20 MB, held in memory, with every text in the page's language. */
    static Upload upload(com.vaadin.flow.component.Component page, String id,
                         java.util.function.BiConsumer<String, byte[]> received) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                received.accept(metadata.fileName(), bytes)));
        upload.setId(id);
        // a button of our own, so that its name is known on the server too (the default one is named in the browser)
        com.vaadin.flow.component.button.Button choose = new com.vaadin.flow.component.button.Button(
                page.getTranslation("upload.add"), com.vaadin.flow.component.icon.VaadinIcon.UPLOAD.create());
        upload.setUploadButton(choose);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(page.getTranslation("upload.add"))
                        .setMany(page.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(page.getTranslation("upload.drop"))
                        .setMany(page.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(page.getTranslation("upload.tooBig"))
                        .setIncorrectFileType(page.getTranslation("upload.wrongType"))
                        .setTooManyFiles(page.getTranslation("upload.tooMany")))
                .setFile(new UploadI18N.File().setRetry(page.getTranslation("upload.file.retry"))
                        .setStart(page.getTranslation("upload.file.start"))
                        .setRemove(page.getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(page.getTranslation("upload.status.connecting"))
                                .setStalled(page.getTranslation("upload.status.stalled"))
                                .setProcessing(page.getTranslation("upload.status.processing"))
                                .setHeld(page.getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(page.getTranslation("upload.remaining.prefix"))
                                .setUnknown(page.getTranslation("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(page.getTranslation("upload.error.serverUnavailable"))
                                .setUnexpectedServerError(page.getTranslation("upload.error.unexpected"))
                                .setForbidden(page.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(page.getTranslation("upload.error.fileTooLarge")))));
        return upload;
    }

    /** Writes a file to a stream. */
    interface FileWriter {
        void write(java.io.OutputStream out) throws IOException;
    }

    /** A link that downloads a workbook, made by {@code write} when clicked. */
    static Anchor workbook(com.vaadin.flow.component.Component page, String id, String labelKey, String fileName,
                           FileWriter write) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write.write(out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()), fileName,
                    RosterExporter.FileType.XLSX.contentType(), out.size());
        }), "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(page.getTranslation(labelKey)));
        return anchor;
    }

    /** The two buttons of a file checked before it is written: both off until a file arrives, then in turn. */
    static HorizontalLayout checkAndCommit(com.vaadin.flow.component.Component page, String idPrefix, Button check,
                                           Runnable onCheck, Button commit, Runnable onCommit) {
        check.setText(page.getTranslation("entry.import.check"));
        check.setId(idPrefix + "-check");
        check.setEnabled(false);
        check.addClickListener(e -> onCheck.run());
        commit.setText(page.getTranslation("entry.import.commit"));
        commit.setId(idPrefix + "-commit");
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> onCommit.run());
        HorizontalLayout actions = new HorizontalLayout(check, commit);
        actions.setWrap(true);
        return actions;
    }

    /** The grid of a refused file's faults: line, column, what is wrong. */
    static Grid<ImportError> faultGrid(com.vaadin.flow.component.Component page, String id) {
        Grid<ImportError> faults = new Grid<>();
        faults.setId(id);
        faults.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        faults.addColumn(ImportError::line).setKey("line").setHeader(page.getTranslation("entry.import.line"))
                .setAutoWidth(true).setFlexGrow(0);
        faults.addColumn(ImportError::column).setKey("column").setHeader(page.getTranslation("entry.import.column"))
                .setAutoWidth(true).setFlexGrow(0);
        faults.addColumn(error -> error.text(page.getUI().map(ui -> ui.getLocale())
                        .orElse(vn.tayninh.dashboard.base.Translations.VIETNAMESE))).setKey("message")
                .setHeader(page.getTranslation("entry.import.message"));
        faults.setHeight("20rem");
        return faults;
    }

    private static Anchor download(RosterExporter exporter, Commune commune, Clock clock, RosterExporter.FileType type,
                                   String id, String labelKey) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            LocalDate today = LocalDate.now(clock);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.exportCommune(commune, today, type, false, out);
            return new DownloadResponse(new ByteArrayInputStream(out.toByteArray()),
                    "can-bo-" + commune.getCode() + "-" + today + "." + type.extension(), type.contentType(), out.size());
        }), "");
        anchor.setId(id);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(anchor.getTranslation(labelKey)));
        return anchor;
    }

    private void reset() {
        matchedWarning.setVisible(false);
        commit.setEnabled(false);
        preview.setItems(List.of());
        preview.setVisible(false);
        faults.setItems(List.of());
        faults.setVisible(false);
        more.setVisible(false);
    }

    /** The first faults, and below them how many more the file has. */
    private void showFaults(InvalidRosterException e) {
        faults.setItems(e.errors());
        faults.setVisible(true);
        more.setText(getTranslation("entry.import.more", Formats.integer(e.unlisted())));
        more.setVisible(e.unlisted() > 0);
    }

    void check() {
        reset();
        try {
            ImportResult result = importer.preview(new ByteArrayInputStream(file), mode.getValue(), onMatch.getValue());
            preview.setItems(result.communes());
            preview.setVisible(true);
            status.setText(getTranslation("entry.import.ready-matched", Formats.integer(result.added()),
                    Formats.integer(result.updated()), Formats.integer(result.skipped()),
                    Formats.integer(result.ended())));
            matchedWarning.setText(getTranslation("entry.import.matched-warning", Formats.integer(result.matched())));
            matchedWarning.setVisible(result.matched() > 0);
            commit.setEnabled(true);
        } catch (InvalidRosterException e) {
            showFaults(e);
            status.setText(getTranslation("entry.import.invalid", Formats.integer(e.errorCount())));
        } catch (AccessDeniedException e) {
            status.setText(AccessRefusedException.text(e, getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void commit() {
        try {
            ImportResult result = importer.commit(new ByteArrayInputStream(file), mode.getValue(), onMatch.getValue());
            reset();
            check.setEnabled(false);
            file = null;
            status.setText(getTranslation("entry.import.done-matched", Formats.integer(result.added()),
                    Formats.integer(result.updated()), Formats.integer(result.skipped()),
                    Formats.integer(result.ended())));
            Notification.show(status.getText(), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onCommitted.run();
        } catch (InvalidRosterException e) {
            showFaults(e);
            commit.setEnabled(false);
        } catch (AccessDeniedException e) {
            status.setText(AccessRefusedException.text(e, getLocale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: as if the user had uploaded this file. */
    void receive(String name, byte[] bytes) {
        file = bytes;
        fileName = name;
        reset();
        check.setEnabled(true);
    }
}
