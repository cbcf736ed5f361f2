package vn.tayninh.dashboard.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.roster.AccountsFile;
import vn.tayninh.dashboard.roster.ImportError;
import vn.tayninh.dashboard.roster.InvalidRosterException;

/**
 * Many accounts from one file: the template, the upload checked first (every fault at its line and column), then the
 * accounts created and their one-time passwords shown once, with a list to download and print for handing out.
 */
public class AccountsUpload extends VerticalLayout {

    final Button check = new Button();
    final Button commit = new Button();
    final Paragraph status = new Paragraph();
    final Grid<ImportError> faults = RosterUpload.faultGrid(this, "accounts-faults");
    final Grid<AccountsFile.Issued> issued = new Grid<>();
    final Anchor list = new Anchor();
    private final AccountsFile accountsFile;
    private final Runnable onCommitted;
    private byte[] file;
    private List<AccountsFile.Issued> lastIssued = List.of();

    public AccountsUpload(AccountsFile accountsFile, Runnable onCommitted) {
        this.accountsFile = accountsFile;
        this.onCommitted = onCommitted;
        setPadding(false);
        setId("accounts-file");
        Anchor template = RosterUpload.workbook(this, "accounts-template", "accounts.upload.template",
                "mau-tai-khoan.xlsx", accountsFile::template);
        Upload upload = RosterUpload.upload(this, "accounts-upload", (name, bytes) -> receive(bytes));
        HorizontalLayout actions = RosterUpload.checkAndCommit(this, "accounts", check, () -> run(false), commit,
                () -> run(true));
        status.setId("accounts-status");
        faults.setVisible(false);
        issued.setId("accounts-issued");
        issued.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        issued.addColumn(AccountsFile.Issued::username).setHeader(getTranslation("accounts.file.column.username"))
                .setAutoWidth(true);
        issued.addColumn(AccountsFile.Issued::displayName).setHeader(getTranslation("accounts.file.column.display_name"))
                .setAutoWidth(true);
        issued.addColumn(AccountsFile.Issued::password).setKey("password")
                .setHeader(getTranslation("accounts.upload.password")).setAutoWidth(true);
        issued.setAllRowsVisible(true);
        issued.setVisible(false);
        list.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv(lastIssued);
            return new DownloadResponse(new ByteArrayInputStream(csv), "mat-khau-dung-mot-lan.csv", "text/csv", csv.length);
        }));
        list.setId("accounts-list");
        list.add(VaadinIcon.PRINT.create(), new Span(getTranslation("accounts.upload.list")));
        list.setVisible(false);
        add(new Paragraph(getTranslation("accounts.upload.explanation")), template, upload, actions, status, faults, list,
                issued);
    }

    /** As if the user had uploaded this file; also what the upload calls. */
    void receive(byte[] bytes) {
        file = bytes;
        faults.setVisible(false);
        commit.setEnabled(false);
        status.setText("");
        check.setEnabled(true);
    }

    void run(boolean write) {
        faults.setVisible(false);
        try {
            AccountsFile.Result result = write ? accountsFile.commit(new ByteArrayInputStream(file))
                    : accountsFile.preview(new ByteArrayInputStream(file));
            status.setText(getTranslation(write ? "accounts.upload.committed" : "accounts.upload.checked",
                    Formats.integer(result.accounts())));
            commit.setEnabled(!write);
            if (write) {
                check.setEnabled(false);
                file = null;
                lastIssued = result.issued();
                issued.setItems(lastIssued);
                issued.setVisible(true);
                list.setVisible(true);
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

    /** The printable list: user name, name, role, commune, one-time password; UTF-8 with a BOM for Excel. */
    private byte[] csv(List<AccountsFile.Issued> accounts) {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(String.join(",", getTranslation("accounts.file.column.username"),
                getTranslation("accounts.file.column.display_name"), getTranslation("accounts.file.column.role"),
                getTranslation("accounts.file.column.commune_code"), getTranslation("accounts.upload.password")))
                .append("\r\n");
        for (AccountsFile.Issued account : accounts) {
            text.append(String.join(",", quoted(account.username()), quoted(account.displayName()),
                    quoted(getTranslation("role." + account.role().name())), quoted(account.commune()),
                    quoted(account.password()))).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A quoted cell; a text a spreadsheet would run as a formula is kept a text ({@link CsvCells}). */
    private static String quoted(String value) {
        String text = CsvCells.neutralise(value == null ? "" : value);
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
