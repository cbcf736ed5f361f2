package vn.tayninh.dashboard.roster;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.commons.csv.CSVPrinter;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.planning.PlanningFromFile;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.Committee;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.RosterFormat.Form;

/**
 * Writes cadre records as a roster CSV file, row by row; unknown values become empty cells. In the form people read
 * the file starts with a byte-order mark, so that Excel opens it as UTF-8. Every cell is made inert for
 * spreadsheets ({@link CsvCells}); the parser restores the texts.
 */
final class RosterCsvWriter implements RosterWriter {

    private final CSVPrinter printer;
    private final Form form;
    private final SortedSet<Integer> ratingYears;

    RosterCsvWriter(Writer out, Form form, SortedSet<Integer> ratingYears) throws IOException {
        if (form == Form.LABELS) {
            out.write('\uFEFF');
        }
        this.printer = RosterFormat.CSV.print(out);
        this.form = form;
        this.ratingYears = ratingYears;
        printer.printRecord(RosterFormat.header(form, ratingYears));
    }

    @Override
    public void write(CadreRecord record) throws IOException {
        printer.printRecord(cells(form, record, ratingYears).stream()
                .map(cell -> cell instanceof LocalDate date ? RosterFormat.date(form, date) : cell == null ? "" : (String) cell)
                .map(CsvCells::neutralise).toList());
    }

    /** Pushes the rows written so far to the output, which stays open: it belongs to the caller. */
    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    /** A record's cells in column order: texts, and dates as {@link LocalDate} (null when unknown). */
    static List<Object> cells(Form form, CadreRecord record, SortedSet<Integer> ratingYears) {
        Cadre cadre = record.cadre();
        List<Object> cells = new ArrayList<>();
        cells.add(form == Form.LABELS ? cadre.getCommune().getName() : cadre.getCommune().getCode());
        cells.add(cadre.getFullName());
        cells.add(RosterValues.write(form, cadre.getGender()));
        cells.add(cadre.getBirthDate());
        cells.add(cadre.getEthnicity() == null ? "" : cadre.getEthnicity());
        cells.add(RosterValues.write(form, cadre.getEducation()));
        cells.add(RosterValues.write(form, cadre.getPoliticalTheory()));
        cells.add(RosterValues.flag(form, cadre.isStem()));
        cells.add(RosterValues.write(form, cadre.getBloc()));
        cells.add(record.positions().stream().filter(Position::isKeyTitle).sorted()
                .map(position -> RosterValues.write(form, position))
                .collect(joining(form == Form.LABELS ? RosterFormat.TITLE_SEPARATOR + " " : RosterFormat.TITLE_SEPARATOR)));
        cells.add(RosterValues.write(form, Committee.of(record.positions())));
        // with the planning entries known, the three old columns say what they hold, for the readers of old files
        List<PlanningFromFile.Planned> planned = record.planned() == null ? null
                : record.planned().stream().map(PlanningFromFile::ofCode).toList();
        cells.add(RosterValues.flag(form, planned == null ? cadre.isPlannedKeyTitle()
                : planned.stream().anyMatch(p -> p.title() != null && p.title().isKey())));
        cells.add(RosterValues.flag(form, planned == null ? cadre.isPlannedCommittee()
                : planned.stream().anyMatch(p -> p.title() != null && !p.title().isKey())));
        cells.add(RosterValues.flag(form, planned == null ? cadre.isSourcePool()
                : planned.stream().anyMatch(p -> p.title() == null)));
        cells.add(RosterValues.flag(form, cadre.isLlctAdvancedTrained()));
        cells.add(RosterValues.write(form, cadre.getStudyingFor()));
        cells.add(cadre.getStudyEnd());
        cells.add(RosterValues.write(form, cadre.getLlctStudyingFor()));
        cells.add(cadre.getLlctStudyEnd());
        cells.add(planned == null ? "" : planned.stream()
                .map(p -> (form == Form.LABELS ? RosterFormat.VIETNAMESE.get(p.labelKey()) : p.code().split(" ")[0])
                        + " " + p.termCode())
                .collect(joining(form == Form.LABELS ? RosterFormat.TITLE_SEPARATOR + " " : RosterFormat.TITLE_SEPARATOR)));
        for (int year : ratingYears) {
            cells.add(RosterValues.write(form, record.ratings().get(year)));
        }
        return cells;
    }
}
