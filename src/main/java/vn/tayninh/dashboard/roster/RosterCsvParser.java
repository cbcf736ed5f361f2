package vn.tayninh.dashboard.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.tayninh.dashboard.base.CsvCells;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.Cadre;
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
 * Reads a whole roster file and reports every fault in it, so that a file is written entirely or not at all.
 * Valid rows become new cadre records starting on the import date.
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

    private static final Pattern RATING_YEAR = Pattern.compile("\\d{4}");
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<String, Commune> communesByCode;
    private final LocalDate importDate;
    private final List<ImportError> errors = new ArrayList<>();
    private long errorCount;

    RosterCsvParser(Map<String, Commune> communesByCode, LocalDate importDate) {
        this.communesByCode = communesByCode;
        this.importDate = importDate;
    }

    /**
     * Reads the file row by row from the stream, never whole; a fault of encoding or quoting stops the reading at the
     * line where it occurs, and so does a row beyond {@link RosterFormat#MAX_ROWS}.
     */
    Result parse(InputStream csv) throws IOException {
        List<CadreRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Set<String> communeCodes = new TreeSet<>();
        int line = 1;
        try {
            // The decoder of newDecoder() reports malformed input instead of replacing it.
            Reader reader = skipByteOrderMark(new BufferedReader(
                    new InputStreamReader(csv, StandardCharsets.UTF_8.newDecoder())));
            try (CSVParser parser = RosterFormat.CSV.parse(reader)) {
                Iterator<CSVRecord> rows = parser.iterator();
                if (!rows.hasNext()) {
                    error(line, null, "roster.error.empty-file");
                    return result(records, lines, communeCodes);
                }
                Header header = header(rows.next());
                int rowCount = 0;
                // The parser counts the line ends it has read, so a row starts one line after the previous one ended.
                line = (int) parser.getCurrentLineNumber() + 1;
                while (rows.hasNext()) {
                    CSVRecord cells = rows.next();
                    if (cells.size() > 1 || !cells.get(0).isBlank()) {
                        if (++rowCount > RosterFormat.MAX_ROWS) {
                            tooManyRows(line);
                            break;
                        }
                        CadreRecord record = new Row(line, cells, header).parse(communeCodes);
                        // a file with a fault is never written: its records need not be kept
                        if (record != null && errorCount == 0) {
                            records.add(record);
                            lines.add(line);
                        }
                    }
                    line = (int) parser.getCurrentLineNumber() + 1;
                }
                if (rowCount == 0) {
                    error(2, null, "roster.error.no-rows");
                }
            }
        } catch (CharacterCodingException e) {
            error(line, null, "roster.error.encoding");
        } catch (UncheckedIOException e) {
            error(line, null, e.getCause() instanceof CharacterCodingException
                    ? "roster.error.encoding" : "roster.error.malformed");
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

    private static Reader skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    /** Where each column is; a missing column is reported once here and left unchecked in the rows. */
    private record Header(int size, Map<Column, Integer> columns, SortedMap<Integer, Integer> ratingColumns) {
    }

    private Header header(CSVRecord names) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        SortedMap<Integer, Integer> ratingColumns = new TreeMap<>();
        Map<String, Column> byHeader = Arrays.stream(Column.values())
                .collect(Collectors.toMap(Column::header, column -> column));
        for (int index = 0; index < names.size(); index++) {
            String name = names.get(index).strip().toLowerCase(Locale.ROOT);
            Column column = byHeader.get(name);
            Integer year = column == null ? ratingYear(name) : null;
            if (column == null && year == null) {
                error(1, name, name.startsWith(RosterFormat.RATING_PREFIX)
                        ? "roster.error.rating-column" : "roster.error.unknown-column", name);
            } else if (column != null ? columns.putIfAbsent(column, index) != null
                    : ratingColumns.putIfAbsent(year, index) != null) {
                error(1, name, "roster.error.duplicate-column", name);
            }
        }
        for (Column column : Column.values()) {
            if (!columns.containsKey(column) && !column.isOptional()) {
                error(1, column.header(), "roster.error.missing-column", column.header());
            }
        }
        return new Header(names.size(), columns, ratingColumns);
    }

    private static Integer ratingYear(String name) {
        if (!name.startsWith(RosterFormat.RATING_PREFIX)) {
            return null;
        }
        String year = name.substring(RosterFormat.RATING_PREFIX.length());
        if (!RATING_YEAR.matcher(year).matches()) {
            return null;
        }
        int value = Integer.parseInt(year);
        return value >= RosterFormat.FIRST_RATING_YEAR && value <= RosterFormat.LAST_RATING_YEAR ? value : null;
    }

    /** One data row: each cell is checked and every fault recorded before the row is given up. */
    private final class Row {

        private final int line;
        private final CSVRecord cells;
        private final Header header;
        private int faults;

        Row(int line, CSVRecord cells, Header header) {
            this.line = line;
            this.cells = cells;
            this.header = header;
        }

        /** The row's record, or null when it has a fault. */
        CadreRecord parse(Set<String> communeCodes) {
            if (cells.size() != header.size()) {
                fault(null, "roster.error.cell-count", String.valueOf(cells.size()), String.valueOf(header.size()));
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
                    ? new CadreRecord(cadre, positions, ratings) : null;
        }

        /** The stripped, NFC-normalized cell of a column, or null when the header lacks the column. */
        private String cell(Column column) {
            Integer index = header.columns().get(column);
            return index == null ? null : text(cells.get(index));
        }

        private Commune commune() {
            String code = cell(Column.COMMUNE_CODE);
            if (code == null) {
                return null;
            }
            Commune commune = communesByCode.get(code);
            if (commune == null) {
                fault(Column.COMMUNE_CODE.header(), "roster.error.commune", code);
            }
            return commune;
        }

        private String fullName() {
            String name = cell(Column.FULL_NAME);
            if (name == null) {
                return null;
            }
            if (CadreRules.hasControlCharacters(name)) {
                fault(Column.FULL_NAME.header(), "roster.error.control-characters");
                return null;
            }
            if (CadreRules.fullName(name).isPresent()) {
                fault(Column.FULL_NAME.header(), "roster.error.full-name");
                return null;
            }
            return name;
        }

        private LocalDate birthDate() {
            String value = cell(Column.BIRTH_DATE);
            if (value == null || value.isEmpty()) {
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fault(Column.BIRTH_DATE.header(), "roster.error.birth-date", value);
                return null;
            }
            if (CadreRules.birthDate(date, importDate).isPresent()) {
                fault(Column.BIRTH_DATE.header(), "roster.error.age", value);
                return null;
            }
            return date;
        }

        /** The value when its rule holds; otherwise the fault is recorded. */
        private <T> T checked(Column column, T value, Optional<Message> problem) {
            problem.ifPresent(message -> fault(column.header(), message));
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
                try {
                    end = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    fault(column.header(), "roster.error.date", value);
                    return null;
                }
            }
            return checked(column, end, CadreRules.studyEnd(level, end, importDate));
        }

        /** Membership must be spelt out, NONE included; an unreadable one counts as none once reported. */
        private Committee committee() {
            String value = cell(Column.COMMITTEE);
            if (value != null && value.isEmpty()) {
                fault(Column.COMMITTEE.header(), "roster.error.committee", value);
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
                fault(Column.ETHNICITY.header(), "roster.error.control-characters");
                return null;
            }
            if (CadreRules.ethnicity(value).isPresent()) {
                fault(Column.ETHNICITY.header(), "roster.error.ethnicity");
                return null;
            }
            return value;
        }

        /** A code of {@code type}; an empty cell means unknown. */
        private <E extends Enum<E>> E code(Column column, Class<E> type, String messageKey) {
            return code(column.header(), cell(column), type, messageKey);
        }

        private <E extends Enum<E>> E code(String column, String value, Class<E> type, String messageKey) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fault(column, messageKey, value);
                return null;
            }
        }

        private boolean flag(Column column) {
            String value = cell(column);
            if (value == null) {
                return false;
            }
            if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                fault(column.header(), "roster.error.boolean", value);
            }
            return Boolean.parseBoolean(value);
        }

        private Set<Position> titles() {
            Set<Position> titles = EnumSet.noneOf(Position.class);
            String value = cell(Column.TITLES);
            if (value == null || value.isEmpty()) {
                return titles;
            }
            for (String code : value.split(RosterFormat.TITLE_SEPARATOR, -1)) {
                Position title = code(Column.TITLES.header(), code.strip(), Position.class, "roster.error.title");
                if (code.isBlank()) {
                    fault(Column.TITLES.header(), "roster.error.title", code.strip());
                } else if (title != null && !title.isKeyTitle()) {
                    fault(Column.TITLES.header(), "roster.error.title-committee", title.name());
                } else if (title != null && !titles.add(title)) {
                    fault(Column.TITLES.header(), "roster.error.title-duplicate", title.name());
                }
            }
            return titles;
        }

        private SortedMap<Integer, Rating> ratings() {
            SortedMap<Integer, Rating> ratings = new TreeMap<>();
            header.ratingColumns().forEach((year, index) -> {
                String column = RosterFormat.ratingHeader(year);
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

        private void fault(String column, String messageKey, Object... params) {
            fault(column, Message.of(messageKey, params));
        }

        private void fault(String column, Message reason) {
            faults++;
            error(line, column, reason);
        }
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
