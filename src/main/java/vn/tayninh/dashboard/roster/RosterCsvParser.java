package vn.tayninh.dashboard.roster;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.planning.PlanningFromFile;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.Committee;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.RosterFormat.Column;

/**
 * Reads a whole roster file, CSV or XLSX, in either form ({@link RosterFormat.Form}), and reports every fault in it
 * with its line and the Vietnamese name of its column, so that a file is written entirely or not at all. Valid
 * rows become new cadre records starting on the import date. The values are checked by the rules of the entry
 * forms ({@link CadreRules}).
 */
final class RosterCsvParser {

    /**
     * What the file holds.
     *
     * @param records    the valid rows, kept only while the file has no fault
     * @param lines      the line of each record
     * @param errors     the first {@link RosterFormat#MAX_REPORTED_ERRORS} faults
     * @param errorCount every fault found, those left out of {@code errors} included
     */
    record Result(List<CadreRecord> records, List<Integer> lines, Set<String> communeCodes, List<ImportError> errors,
                  long errorCount) {
    }


    private final Map<String, Commune> communesByCode;
    /** By name in lower case with single spaces; then, when no other commune's name differs only by them, without diacritics. */
    private final Map<String, Commune> communesByName;
    private final Map<String, Commune> communesByBareName;
    private final LocalDate importDate;
    /** The terms a planning entry may name. */
    private final Set<String> termCodes;
    private final List<ImportError> errors = new ArrayList<>();
    private long errorCount;

    /** The words the planning column takes for each title and the source pool, folded: code and label, by code. */
    private static final Map<String, String> PLANNING_WORDS = planningWords();

    RosterCsvParser(Map<String, Commune> communesByCode, LocalDate importDate) {
        this(communesByCode, importDate, Set.of());
    }

    RosterCsvParser(Map<String, Commune> communesByCode, LocalDate importDate, Set<String> termCodes) {
        this.communesByCode = communesByCode;
        this.importDate = importDate;
        this.termCodes = Set.copyOf(termCodes);
        Map<String, Commune> byName = new HashMap<>();
        Map<String, Commune> byBareName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        communesByCode.values().forEach(commune -> {
            byName.put(Cadre.normalizedName(commune.getName()), commune);
            if (byBareName.putIfAbsent(RosterFormat.fold(commune.getName()), commune) != null) {
                shared.add(RosterFormat.fold(commune.getName()));
            }
        });
        // Xã Tân Thành and Xã Tân Thạnh differ only by their diacritics: without them, neither is meant
        shared.forEach(byBareName::remove);
        this.communesByName = byName;
        this.communesByBareName = byBareName;
    }

    /**
     * Reads the file row by row from the stream, never whole: an Excel workbook (.xlsx, told by its content, not
     * its name) or a CSV file. A fault of encoding, quoting or packaging stops the reading at the line where it
     * occurs, and so does a row beyond {@link RosterFormat#MAX_ROWS}.
     */
    Result parse(InputStream in) throws IOException {
        RosterSheets.Opened opened = RosterSheets.open(in);
        return opened.sheet() == null ? refused(opened.refusal()) : parse(opened.sheet());
    }

    private Result refused(String messageKey) {
        error(1, null, messageKey);
        return result(List.of(), List.of(), new TreeSet<>());
    }

    Result parse(RosterSheet sheet) throws IOException {
        List<CadreRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Set<String> communeCodes = new TreeSet<>();
        int[] rowCount = {0};
        Header[] header = {null};
        try {
            sheet.read(row -> {
                if (header[0] == null) {
                    header[0] = header(row, sheet.shortRowsArePadded());
                    return true;
                }
                if (row.isBlank()) {
                    return true;
                }
                if (++rowCount[0] > RosterFormat.MAX_ROWS) {
                    tooManyRows(row.line());
                    return false;
                }
                CadreRecord record = new Row(row, header[0]).parse(communeCodes);
                // a file with a fault is never written: its records need not be kept
                if (record != null && errorCount == 0) {
                    records.add(record);
                    lines.add(row.line());
                }
                return true;
            });
            if (header[0] == null) {
                error(1, null, "roster.error.empty-file");
            } else if (rowCount[0] == 0) {
                error(2, null, "roster.error.no-rows");
            }
        } catch (RosterSheet.UnreadableFileException e) {
            error(e.line(), null, e.messageKey());
        }
        return result(records, lines, communeCodes);
    }

    private Result result(List<CadreRecord> records, List<Integer> lines, Set<String> communeCodes) {
        return errorCount == 0 ? new Result(records, lines, communeCodes, errors, 0)
                : new Result(List.of(), List.of(), communeCodes, errors, errorCount);
    }

    /** Refused for its size alone: that fault leads the list, whatever else was found before. */
    private void tooManyRows(int line) {
        errorCount++;
        errors.addFirst(new ImportError(line, null, Message.of("roster.error.too-many-rows", RosterFormat.MAX_ROWS)));
        if (errors.size() > RosterFormat.MAX_REPORTED_ERRORS) {
            errors.removeLast();
        }
    }

    /**
     * Where each column is; a missing column is reported once here and left unchecked in the rows.
     *
     * @param size   the cells a data row has
     * @param padded whether a shorter data row has empty cells at its end (a worksheet's) or is at fault (a CSV's)
     */
    private record Header(int size, boolean padded, Map<Column, Integer> columns,
                          SortedMap<Integer, Integer> ratingColumns) {
    }

    private static final Map<String, Column> COLUMNS_BY_HEADER = columnsByHeader();

    private static Map<String, Column> columnsByHeader() {
        Map<String, Column> byHeader = new HashMap<>();
        for (Column column : Column.values()) {
            byHeader.put(RosterFormat.fold(column.header()), column);
            byHeader.put(RosterFormat.fold(column.label()), column);
        }
        return Map.copyOf(byHeader);
    }

    private Header header(SheetRow row, boolean padded) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        SortedMap<Integer, Integer> ratingColumns = new TreeMap<>();
        List<String> names = new ArrayList<>(row.cells());
        if (padded) {
            // a worksheet's header ends at its last filled cell
            while (!names.isEmpty() && names.getLast().isBlank()) {
                names.removeLast();
            }
        }
        row.cellFaults().forEach((index, key) -> error(1, null, key));
        for (int index = 0; index < names.size(); index++) {
            String name = Normalizer.normalize(names.get(index).strip(), Normalizer.Form.NFC);
            Column column = COLUMNS_BY_HEADER.get(RosterFormat.fold(name));
            Integer year = column == null ? RosterFormat.ratingYear(name).orElse(null) : null;
            if (column == null && year == null) {
                error(1, name, RosterFormat.looksLikeRating(name)
                        ? "roster.error.rating-column" : "roster.error.unknown-column", name);
            } else if (column != null ? columns.putIfAbsent(column, index) != null
                    : ratingColumns.putIfAbsent(year, index) != null) {
                error(1, name, "roster.error.duplicate-column", name);
            }
        }
        for (Column column : Column.values()) {
            if (!columns.containsKey(column) && !column.isOptional()) {
                error(1, column.label(), "roster.error.missing-column", column.label(), column.header());
            }
        }
        return new Header(names.size(), padded, columns, ratingColumns);
    }

    /** One data row: each cell is checked and every fault recorded before the row is given up. */
    private final class Row {

        private final int line;
        private final List<String> cells;
        private final Map<Integer, String> cellFaults;
        private final Header header;
        private int faults;

        Row(SheetRow row, Header header) {
            this.line = row.line();
            this.cells = new ArrayList<>(row.cells());
            this.cellFaults = row.cellFaults();
            this.header = header;
        }

        /** The row's record, or null when it has a fault. */
        CadreRecord parse(Set<String> communeCodes) {
            if (header.padded()) {
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                while (cells.size() > header.size() && cells.getLast().isBlank()) {
                    cells.removeLast();
                }
            }
            if (cells.size() != header.size()) {
                fault((String) null, "roster.error.cell-count", String.valueOf(cells.size()), String.valueOf(header.size()));
                return null;
            }
            if (!cellFaults.isEmpty()) {
                cellFaults.forEach((index, key) -> fault(columnName(index), key));
                return null;
            }
            Commune commune = commune();
            if (commune != null) {
                communeCodes.add(commune.getCode());
            }
            String fullName = fullName();
            Cadre cadre = new Cadre(commune, fullName, importDate);
            cadre.setGender(code(Column.GENDER, Gender.class, "roster.error.gender"));
            cadre.setBirthDate(birthDate());
            cadre.setEthnicity(ethnicity());
            cadre.setEducation(code(Column.EDUCATION, Education.class, "roster.error.education"));
            cadre.setPoliticalTheory(code(Column.POLITICAL_THEORY, PoliticalTheory.class,
                    "roster.error.political-theory"));
            cadre.setStem(flag(Column.STEM));
            cadre.setBloc(code(Column.BLOC, Bloc.class, "roster.error.bloc"));
            Set<Position> positions = titles();
            positions.addAll(committee().seats());
            cadre.setPlannedKeyTitle(flag(Column.PLANNED_KEY_TITLE));
            cadre.setPlannedCommittee(flag(Column.PLANNED_COMMITTEE));
            cadre.setSourcePool(flag(Column.SOURCE_POOL));
            List<String> planned = planning();
            if (planned != null) {
                // the entries come from the planning column; the three old columns are only checked
                cadre.setPlannedKeyTitle(false);
                cadre.setPlannedCommittee(false);
                cadre.setSourcePool(false);
            }
            cadre.setLlctAdvancedTrained(flag(Column.LLCT_ADVANCED_TRAINED));
            Education studyingFor = code(Column.STUDYING_FOR, Education.class, "roster.error.studying-for");
            studyingFor = checked(Column.STUDYING_FOR, studyingFor, CadreRules.studyingFor(cadre.getEducation(), studyingFor));
            cadre.setStudy(studyingFor, studyEnd(Column.STUDY_END, Column.STUDYING_FOR, studyingFor));
            PoliticalTheory llctStudyingFor = code(Column.LLCT_STUDYING_FOR, PoliticalTheory.class,
                    "roster.error.political-theory");
            llctStudyingFor = checked(Column.LLCT_STUDYING_FOR, llctStudyingFor,
                    CadreRules.llctStudyingFor(cadre.getPoliticalTheory(), llctStudyingFor));
            cadre.setLlctStudy(llctStudyingFor, studyEnd(Column.LLCT_STUDY_END, Column.LLCT_STUDYING_FOR, llctStudyingFor));
            SortedMap<Integer, Rating> ratings = ratings();
            return faults == 0 && commune != null && fullName != null
                    ? new CadreRecord(cadre, positions, ratings, planned) : null;
        }

        /** The Vietnamese name of the column at an index, as refusals name it. */
        private String columnName(int index) {
            for (Map.Entry<Column, Integer> column : header.columns().entrySet()) {
                if (column.getValue() == index) {
                    return column.getKey().label();
                }
            }
            for (Map.Entry<Integer, Integer> rating : header.ratingColumns().entrySet()) {
                if (rating.getValue() == index) {
                    return RosterFormat.ratingLabel(rating.getKey());
                }
            }
            return null;
        }

        /** The stripped, NFC-normalized cell of a column, or null when the header lacks the column. */
        private String cell(Column column) {
            Integer index = header.columns().get(column);
            return index == null ? null : text(cells.get(index));
        }

        /**
         * A commune by its code, or by its name in any case and spacing, with its diacritics or, where no other
         * commune's name then reads the same, without them.
         */
        private Commune commune() {
            String value = cell(Column.COMMUNE_CODE);
            if (value == null) {
                return null;
            }
            Commune commune = communesByCode.get(value);
            if (commune == null) {
                commune = communesByName.get(Cadre.normalizedName(value));
            }
            if (commune == null) {
                commune = communesByBareName.get(RosterFormat.fold(value));
            }
            if (commune == null) {
                fault(Column.COMMUNE_CODE, "roster.error.commune-name", value);
            }
            return commune;
        }

        private String fullName() {
            String name = cell(Column.FULL_NAME);
            if (name == null) {
                return null;
            }
            if (CadreRules.hasControlCharacters(name)) {
                fault(Column.FULL_NAME, "roster.error.control-characters");
                return null;
            }
            if (CadreRules.fullName(name).isPresent()) {
                fault(Column.FULL_NAME, "roster.error.full-name");
                return null;
            }
            return name;
        }

        private LocalDate birthDate() {
            String value = cell(Column.BIRTH_DATE);
            if (value == null || value.isEmpty()) {
                return null;
            }
            Optional<LocalDate> date = RosterFormat.date(value);
            if (date.isEmpty()) {
                fault(Column.BIRTH_DATE, "roster.error.birth-date", value);
                return null;
            }
            if (CadreRules.birthDate(date.get(), importDate).isPresent()) {
                fault(Column.BIRTH_DATE, "roster.error.age", Formats.date(date.get()));
                return null;
            }
            return date.get();
        }

        /** The value when its rule holds; otherwise the fault is recorded. */
        private <T> T checked(Column column, T value, Optional<Message> problem) {
            problem.ifPresent(message -> fault(column.label(), message));
            return problem.isPresent() ? null : value;
        }

        /**
         * The end of a course in progress, by the rule the form applies; an empty or absent cell means none. Left
         * unchecked when the level's own cell was at fault.
         */
        private LocalDate studyEnd(Column column, Column levelColumn, Enum<?> level) {
            String levelCell = cell(levelColumn);
            if (level == null && levelCell != null && !levelCell.isEmpty()) {
                return null;
            }
            String value = cell(column);
            LocalDate end = null;
            if (value != null && !value.isEmpty()) {
                Optional<LocalDate> date = RosterFormat.date(value);
                if (date.isEmpty()) {
                    fault(column, "roster.error.date", value);
                    return null;
                }
                end = date.get();
            }
            return checked(column, end, CadreRules.studyEnd(level, end, importDate));
        }

        /** Membership must be spelt out, none included; an unreadable one counts as none once reported. */
        private Committee committee() {
            String value = cell(Column.COMMITTEE);
            if (value != null && value.isEmpty()) {
                fault(Column.COMMITTEE, "roster.error.committee", value);
            }
            Committee committee = code(Column.COMMITTEE, Committee.class, "roster.error.committee");
            return committee == null ? Committee.NONE : committee;
        }

        private String ethnicity() {
            String value = cell(Column.ETHNICITY);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (CadreRules.hasControlCharacters(value)) {
                fault(Column.ETHNICITY, "roster.error.control-characters");
                return null;
            }
            if (CadreRules.ethnicity(value).isPresent()) {
                fault(Column.ETHNICITY, "roster.error.ethnicity");
                return null;
            }
            return value;
        }

        /** A value of {@code type} by its code or label; an empty cell means unknown. */
        private <E extends Enum<E>> E code(Column column, Class<E> type, String messageKey) {
            return code(column.label(), cell(column), type, messageKey);
        }

        private <E extends Enum<E>> E code(String column, String value, Class<E> type, String messageKey) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            Optional<E> read = RosterValues.read(type, value);
            if (read.isEmpty()) {
                fault(column, messageKey, value);
            }
            return read.orElse(null);
        }

        private boolean flag(Column column) {
            String value = cell(column);
            if (value == null) {
                return false;
            }
            Optional<Boolean> flag = RosterValues.flag(value);
            if (flag.isEmpty()) {
                fault(column, "roster.error.boolean", value);
            }
            return flag.orElse(false);
        }

        private Set<Position> titles() {
            Set<Position> titles = EnumSet.noneOf(Position.class);
            String value = cell(Column.TITLES);
            if (value == null || value.isEmpty()) {
                return titles;
            }
            String column = Column.TITLES.label();
            for (String code : value.split(RosterFormat.TITLE_SEPARATOR, -1)) {
                Position title = code(column, code.strip(), Position.class, "roster.error.title");
                if (code.isBlank()) {
                    fault(column, "roster.error.title", code.strip());
                } else if (title != null && !title.isKeyTitle()) {
                    fault(column, "roster.error.title-committee", code.strip());
                } else if (title != null && !titles.add(title)) {
                    fault(column, "roster.error.title-duplicate", code.strip());
                }
            }
            return titles;
        }

        /** The planning column's entries as codes; null when the file has no such column. */
        private List<String> planning() {
            String value = cell(Column.PLANNING);
            if (value == null) {
                return null;
            }
            List<String> planned = new ArrayList<>();
            if (value.isEmpty()) {
                return planned;
            }
            String column = Column.PLANNING.label();
            for (String part : value.split(RosterFormat.TITLE_SEPARATOR, -1)) {
                Optional<PlanningFromFile.Planned> entry = PlanningFromFile.read(part, PLANNING_WORDS, RosterFormat::fold);
                if (entry.isEmpty()) {
                    fault(column, "roster.error.planning", part.strip());
                } else if (!termCodes.contains(entry.get().termCode())) {
                    fault(column, "roster.error.planning-term", part.strip(),
                            String.join(", ", new java.util.TreeSet<>(termCodes)));
                } else if (planned.contains(entry.get().code())) {
                    fault(column, "roster.error.planning-duplicate", part.strip());
                } else {
                    planned.add(entry.get().code());
                }
            }
            return planned;
        }

        private SortedMap<Integer, Rating> ratings() {
            SortedMap<Integer, Rating> ratings = new TreeMap<>();
            header.ratingColumns().forEach((year, index) -> {
                String column = RosterFormat.ratingLabel(year);
                Rating rating = code(column, text(cells.get(index)), Rating.class, "roster.error.rating");
                // the years the rating form accepts
                Optional<Message> badYear = rating == null ? Optional.empty() : CadreRules.ratingYear(year, importDate);
                badYear.ifPresent(problem -> fault(column, problem));
                if (rating != null && badYear.isEmpty()) {
                    ratings.put(year, rating);
                }
            });
            return ratings;
        }

        private void fault(Column column, String messageKey, Object... params) {
            fault(column.label(), Message.of(messageKey, params));
        }

        private void fault(String column, String messageKey, Object... params) {
            fault(column, Message.of(messageKey, params));
        }

        private void fault(String column, Message reason) {
            faults++;
            error(line, column, reason);
        }
    }

    private static Map<String, String> planningWords() {
        Map<String, String> words = new HashMap<>();
        PlanningFromFile.labelKeys().forEach((code, key) -> {
            words.put(RosterFormat.fold(code), code);
            words.put(RosterFormat.fold(RosterFormat.VIETNAMESE.get(key)), code);
        });
        words.put(RosterFormat.fold("Nguồn"), PlanningFromFile.SOURCE);
        return Map.copyOf(words);
    }

    /** A cell as written by a user or by the export: stripped, its spreadsheet guard removed, in NFC. */
    private static String text(String cell) {
        return Normalizer.normalize(CsvCells.restore(cell.strip()), Normalizer.Form.NFC);
    }

    private void error(int line, String column, String messageKey, Object... params) {
        error(line, column, Message.of(messageKey, params));
    }

    /** Every fault is counted; only the first ones are kept, so that a hostile file cannot fill the memory. */
    private void error(int line, String column, Message reason) {
        errorCount++;
        if (errors.size() < RosterFormat.MAX_REPORTED_ERRORS) {
            errors.add(new ImportError(line, column, reason));
        }
    }
}
