package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.position.StaffingQuota;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The approved seats of every title and the staffing quota of both blocs for many communes from one file (CSV or
 * XLSX), and its template pre-filled with every commune and its numbers now. One row per commune: the commune (its
 * name or code), one column per title, one per bloc; an empty cell leaves the number as it is. Every number goes
 * through the same service and rules as one edit on the screen ({@link SeatService}), in one transaction: the file is
 * written whole or not at all, and every change is audited. The board and the administrator only.
 */
@Service
public class SeatsFile {

    /** What a file changed, or would change. */
    public record Result(int communes, int seatsChanged, int quotasChanged, boolean committed) {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(?:\\.0+)?");
    /** The commune's column, beside the titles' and the blocs'. */
    private static final String COMMUNE = "commune";

    private final CommuneService communes;
    private final SeatService seats;
    private final CommuneAccess access;
    private final TransactionTemplate transaction;

    SeatsFile(CommuneService communes, SeatService seats, CommuneAccess access, PlatformTransactionManager transactions) {
        this.communes = communes;
        this.seats = seats;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The header: the commune, the titles in their order, the two blocs; as people read it. */
    static List<String> header() {
        List<String> header = new ArrayList<>();
        header.add(RosterFormat.Column.COMMUNE_CODE.label());
        for (Position position : Position.values()) {
            header.add(RosterValues.label(position));
        }
        for (Bloc bloc : Bloc.values()) {
            header.add(quotaLabel(bloc));
        }
        return header;
    }

    static String quotaLabel(Bloc bloc) {
        return RosterFormat.VIETNAMESE.get("seats.file.quota", RosterValues.label(bloc));
    }

    /** The template: every commune with its approved seats and quotas now, as an Excel workbook. */
    public void template(OutputStream out) throws IOException {
        access.requireReferenceData();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(RosterFormat.VIETNAMESE.get("seats.file.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            Row head = sheet.createRow(0);
            List<String> header = header();
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, (i == 0 ? 28 : 14) * 256);
            }
            sheet.createFreezePane(1, 1);
            int r = 1;
            for (Commune commune : communes.findAll().stream().sorted(Comparator.comparing(Commune::getAdminCode)).toList()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(commune.getName());
                Map<Position, SeatService.Seats> now = seats.seats(commune.getId());
                int c = 1;
                for (Position position : Position.values()) {
                    SeatService.Seats s = now.get(position);
                    row.createCell(c++).setCellValue(s == null ? 0 : s.approved());
                }
                Map<Bloc, StaffingQuota> quotas = seats.quotas(commune.getId());
                for (Bloc bloc : Bloc.values()) {
                    StaffingQuota q = quotas.get(bloc);
                    row.createCell(c++).setCellValue(q == null ? 0 : q.getQuota());
                }
            }
            workbook.write(out);
        }
    }

    /** Checks a file and tells what it would change; nothing is written. */
    public Result preview(InputStream file) throws IOException {
        return apply(file, false);
    }

    /** Writes a file's numbers, all or none. */
    public Result commit(InputStream file) throws IOException {
        return apply(file, true);
    }

    private record FileRow(int line, Commune commune, Map<Position, Integer> seats, Map<Bloc, Integer> quotas) {
    }

    private Result apply(InputStream file, boolean commit) throws IOException {
        access.requireReferenceData();
        List<FileRow> rows = read(file);
        List<ImportError> errors = new ArrayList<>();
        int[] changed = new int[2];
        transaction.executeWithoutResult(status -> {
            for (FileRow row : rows) {
                long communeId = row.commune().getId();
                Map<Position, SeatService.Seats> now = seats.seats(communeId);
                row.seats().forEach((position, number) -> {
                    SeatService.Seats current = now.get(position);
                    if ((current == null ? 0 : current.approved()) == number) {
                        return;
                    }
                    try {
                        seats.setApproved(communeId, position, number, current == null ? 0 : current.version());
                        changed[0]++;
                    } catch (InvalidInputException refused) {
                        refused.problems().forEach(p -> errors.add(new ImportError(row.line(),
                                RosterValues.label(position), p.reason())));
                    }
                });
                Map<Bloc, StaffingQuota> quotas = seats.quotas(communeId);
                row.quotas().forEach((bloc, number) -> {
                    StaffingQuota current = quotas.get(bloc);
                    if ((current == null ? 0 : current.getQuota()) == number) {
                        return;
                    }
                    try {
                        seats.setQuota(communeId, bloc, number, current == null ? 0 : current.getVersion());
                        changed[1]++;
                    } catch (InvalidInputException refused) {
                        refused.problems().forEach(p -> errors.add(new ImportError(row.line(), quotaLabel(bloc),
                                p.reason())));
                    }
                });
            }
            if (!commit || !errors.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRosterException(errors.subList(0, Math.min(errors.size(), RosterFormat.MAX_REPORTED_ERRORS)),
                    errors.size());
        }
        return new Result(rows.size(), changed[0], changed[1], commit);
    }

    /** The file's rows, checked cell by cell; a file with a fault is refused whole with every fault. */
    private List<FileRow> read(InputStream file) throws IOException {
        CommuneWords byWord = new CommuneWords(communes.findAll());
        Map<String, Object> columnsByWord = new HashMap<>();
        columnsByWord.put(RosterFormat.fold(RosterFormat.Column.COMMUNE_CODE.label()), COMMUNE);
        columnsByWord.put(RosterFormat.fold(RosterFormat.Column.COMMUNE_CODE.header()), COMMUNE);
        for (Position position : Position.values()) {
            columnsByWord.put(RosterFormat.fold(RosterValues.label(position)), position);
            columnsByWord.put(RosterFormat.fold(position.name()), position);
        }
        for (Bloc bloc : Bloc.values()) {
            columnsByWord.put(RosterFormat.fold(quotaLabel(bloc)), bloc);
            columnsByWord.put(RosterFormat.fold("quota_" + bloc.name()), bloc);
        }
        List<FileRow> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        WordedSheet.read(file, columnsByWord, List.of(COMMUNE), SeatsFile::columnName, (row, columns, errors) -> {
            Commune commune = null;
            Map<Position, Integer> seatNumbers = new EnumMap<>(Position.class);
            Map<Bloc, Integer> quotaNumbers = new EnumMap<>(Bloc.class);
            for (Map.Entry<Object, Integer> column : columns.entrySet()) {
                String cell = WordedSheet.cell(row, column.getValue());
                String fault = row.cellFaults().get(column.getValue());
                String name = columnName(column.getKey());
                if (fault != null) {
                    errors.add(new ImportError(row.line(), name, Message.of(fault)));
                } else if (COMMUNE.equals(column.getKey())) {
                    commune = byWord.find(cell);
                    if (commune == null) {
                        errors.add(new ImportError(row.line(), name, Message.of("roster.error.commune", cell)));
                    } else if (!seen.add(commune.getId())) {
                        errors.add(new ImportError(row.line(), name, Message.of("seats.file.repeated-commune",
                                commune.getName())));
                    }
                } else if (!cell.isEmpty()) {
                    if (!NUMBER.matcher(cell).matches()) {
                        errors.add(new ImportError(row.line(), name, Message.of("seats.file.number", cell)));
                    } else if (column.getKey() instanceof Position p) {
                        seatNumbers.put(p, Integer.parseInt(cell.replaceAll("\\.0+$", "")));
                    } else {
                        quotaNumbers.put((Bloc) column.getKey(), Integer.parseInt(cell.replaceAll("\\.0+$", "")));
                    }
                }
            }
            if (commune != null) {
                rows.add(new FileRow(row.line(), commune, seatNumbers, quotaNumbers));
            }
        });
        return rows;
    }

    /** The name of a column as the file's faults name it. */
    private static String columnName(Object column) {
        return column instanceof Position p ? RosterValues.label(p)
                : column instanceof Bloc b ? quotaLabel(b) : RosterFormat.Column.COMMUNE_CODE.label();
    }
}
