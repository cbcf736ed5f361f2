package vn.tayninh.dashboard.roster;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.apache.commons.csv.CSVPrinter;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.Committee;
import vn.tayninh.dashboard.position.Position;

/**
 * Writes cadre records as a roster file, row by row; unknown values become empty cells. Every cell is made inert
 * for spreadsheets ({@link CsvCells}); the parser restores the texts.
 */
final class RosterCsvWriter {

    private final CSVPrinter printer;
    private final SortedSet<Integer> ratingYears;

    RosterCsvWriter(Writer out, SortedSet<Integer> ratingYears) throws IOException {
        this.printer = RosterFormat.CSV.print(out);
        this.ratingYears = ratingYears;
        printer.printRecord(RosterFormat.header(ratingYears));
    }

    void write(CadreRecord record) throws IOException {
        Cadre cadre = record.cadre();
        List<String> cells = new ArrayList<>(List.of(
                cadre.getCommune().getCode(),
                cadre.getFullName(),
                code(cadre.getGender()),
                date(cadre.getBirthDate()),
                cadre.getEthnicity() == null ? "" : cadre.getEthnicity(),
                code(cadre.getEducation()),
                code(cadre.getPoliticalTheory()),
                Boolean.toString(cadre.isStem()),
                code(cadre.getBloc()),
                record.positions().stream().filter(Position::isKeyTitle).sorted().map(Position::name)
                        .collect(joining(RosterFormat.TITLE_SEPARATOR)),
                Committee.of(record.positions()).name(),
                Boolean.toString(cadre.isPlannedKeyTitle()),
                Boolean.toString(cadre.isPlannedCommittee()),
                Boolean.toString(cadre.isSourcePool()),
                Boolean.toString(cadre.isLlctAdvancedTrained()),
                code(cadre.getStudyingFor()),
                date(cadre.getStudyEnd()),
                code(cadre.getLlctStudyingFor()),
                date(cadre.getLlctStudyEnd())));
        for (int year : ratingYears) {
            cells.add(code(record.ratings().get(year)));
        }
        printer.printRecord(cells.stream().map(CsvCells::neutralise).toList());
    }

    /** Pushes the rows written so far to the output, which stays open: it belongs to the caller. */
    void flush() throws IOException {
        printer.flush();
    }

    private static String date(java.time.LocalDate value) {
        return value == null ? "" : value.toString();
    }

    private static String code(Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
