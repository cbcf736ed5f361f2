package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.PasswordRules;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.UserAdministration;
import vn.tayninh.dashboard.security.UserAdministration.AccountForm;

/**
 * Many accounts from one file (CSV or XLSX): user name, name, role, commune, e-mail. Each account is created through
 * the same service and rules as one made on the screen ({@link UserAdministration#create}), with a one-time password
 * made here, which its holder must change at the first sign-in; the passwords are handed back once, for the board to
 * print and hand out, and stored only as hashes. The file is written whole or not at all. The administrator only.
 */
@Service
public class AccountsFile {

    /** An account created, with its one-time password: the only moment it is known. */
    public record Issued(String username, String displayName, Role role, String commune, String password) {
    }

    /** What a file created, or would create (without passwords when only checked). */
    public record Result(int accounts, List<Issued> issued, boolean committed) {
    }

    enum Column {
        USERNAME("username"), DISPLAY_NAME("display_name"), ROLE("role"), COMMUNE("commune_code"), EMAIL("email");

        private final String code;

        Column(String code) {
            this.code = code;
        }

        String label() {
            return RosterFormat.VIETNAMESE.get("accounts.file.column." + code);
        }
    }

    /** Letters and digits that cannot be mistaken for one another when read from paper. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAdministration administration;
    private final CommuneService communes;
    private final CommuneAccess access;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();

    AccountsFile(UserAdministration administration, CommuneService communes, CommuneAccess access,
                 PlatformTransactionManager transactions) {
        this.administration = administration;
        this.communes = communes;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The template: the header row, and a sheet of the roles and communes to choose from. */
    public void template(OutputStream out) throws IOException {
        access.requireAdministrator();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(RosterFormat.VIETNAMESE.get("accounts.file.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (Column column : Column.values()) {
                Cell cell = head.createCell(column.ordinal());
                cell.setCellValue(column.label());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(column.ordinal(), 28 * 256);
            }
            Sheet choices = workbook.createSheet(RosterFormat.VIETNAMESE.get("accounts.file.choices"));
            Row roles = choices.createRow(0);
            roles.createCell(0).setCellValue(Column.ROLE.label());
            roles.createCell(1).setCellValue(Column.COMMUNE.label());
            List<Commune> all = communes.findAll().stream()
                    .sorted(java.util.Comparator.comparing(Commune::getAdminCode)).toList();
            for (int i = 0; i < Math.max(Role.values().length, all.size()); i++) {
                Row row = choices.createRow(i + 1);
                if (i < Role.values().length) {
                    row.createCell(0).setCellValue(RosterFormat.VIETNAMESE.get("role." + Role.values()[i].name()));
                }
                if (i < all.size()) {
                    row.createCell(1).setCellValue(all.get(i).getName());
                }
            }
            choices.setColumnWidth(0, 30 * 256);
            choices.setColumnWidth(1, 30 * 256);
            workbook.write(out);
        }
    }

    /** Checks a file: every row as the account form checks it; nothing is written and no password made. */
    public Result preview(InputStream file) throws IOException {
        return apply(file, false);
    }

    /** Creates the file's accounts, all or none, and hands back their one-time passwords. */
    public Result commit(InputStream file) throws IOException {
        return apply(file, true);
    }

    private record FileRow(int line, AccountForm form, String communeName) {
    }

    private Result apply(InputStream file, boolean commit) throws IOException {
        access.requireAdministrator();
        List<FileRow> rows = read(file);
        List<ImportError> errors = new ArrayList<>();
        List<Issued> issued = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            for (FileRow row : rows) {
                String password = password(row.form().username());
                AccountForm form = new AccountForm(row.form().username(), row.form().displayName(), row.form().role(),
                        row.form().communeId(), password, row.form().email());
                try {
                    administration.create(form);
                    issued.add(new Issued(form.username(), form.displayName(), form.role(), row.communeName(),
                            commit ? password : null));
                } catch (InvalidInputException refused) {
                    refused.problems().forEach(p -> errors.add(new ImportError(row.line(), label(p.field()),
                            p.reason())));
                }
            }
            if (!commit || !errors.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRosterException(errors.subList(0, Math.min(errors.size(), RosterFormat.MAX_REPORTED_ERRORS)),
                    errors.size());
        }
        return new Result(rows.size(), commit ? issued : List.of(), commit);
    }

    private static String label(String field) {
        return switch (field) {
            case "username" -> Column.USERNAME.label();
            case "displayName" -> Column.DISPLAY_NAME.label();
            case "role" -> Column.ROLE.label();
            case "commune" -> Column.COMMUNE.label();
            case "email" -> Column.EMAIL.label();
            default -> null;
        };
    }

    /**
     * Twelve characters in three groups, about 70 bits, drawn again until the password rules of every account take it
     * (letters and digits both, not the user name).
     */
    private String password(String username) {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (PasswordRules.check(password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }

    private List<FileRow> read(InputStream file) throws IOException {
        Map<String, Column> columnsByWord = new HashMap<>();
        for (Column column : Column.values()) {
            columnsByWord.put(RosterFormat.fold(column.label()), column);
            columnsByWord.put(RosterFormat.fold(column.code), column);
        }
        Map<String, Role> rolesByWord = new HashMap<>();
        for (Role role : Role.values()) {
            rolesByWord.put(RosterFormat.fold(role.name()), role);
            rolesByWord.put(RosterFormat.fold(RosterFormat.VIETNAMESE.get("role." + role.name())), role);
        }
        CommuneWords communesByWord = new CommuneWords(communes.findAll());
        List<FileRow> rows = new ArrayList<>();
        WordedSheet.read(file, columnsByWord, List.of(Column.USERNAME, Column.DISPLAY_NAME, Column.ROLE), Column::label,
                (row, columns, errors) -> {
                    Map<Column, String> cells = new HashMap<>();
                    columns.forEach((column, index) -> {
                        String fault = row.cellFaults().get(index);
                        if (fault != null) {
                            errors.add(new ImportError(row.line(), column.label(), Message.of(fault)));
                        }
                        cells.put(column, WordedSheet.cell(row, index));
                    });
                    Role role = null;
                    String roleText = cells.getOrDefault(Column.ROLE, "");
                    if (!roleText.isEmpty()) {
                        role = rolesByWord.get(RosterFormat.fold(roleText));
                        if (role == null) {
                            errors.add(new ImportError(row.line(), Column.ROLE.label(),
                                    Message.of("accounts.file.role", roleText)));
                        }
                    }
                    Commune commune = null;
                    String communeText = cells.getOrDefault(Column.COMMUNE, "");
                    if (!communeText.isEmpty()) {
                        commune = communesByWord.find(communeText);
                        if (commune == null) {
                            errors.add(new ImportError(row.line(), Column.COMMUNE.label(),
                                    Message.of("roster.error.commune", communeText)));
                        }
                    }
                    String email = cells.getOrDefault(Column.EMAIL, "");
                    rows.add(new FileRow(row.line(), new AccountForm(cells.get(Column.USERNAME),
                            cells.get(Column.DISPLAY_NAME), role, commune == null ? null : commune.getId(), null,
                            email.isEmpty() ? null : email), commune == null ? "" : commune.getName()));
                });
        return rows;
    }
}
