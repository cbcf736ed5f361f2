package vn.tayninh.dashboard.roster;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import vn.tayninh.dashboard.base.Texts;
import vn.tayninh.dashboard.base.Translations;

/**
 * The roster file of docs/indicators.md ("The roster file"), shared by the import and the export: its columns, the
 * two ways of writing it (the labels people read, the codes scripts read) and the spellings the import accepts.
 */
final class RosterFormat {

    /** How the headers and values are written. */
    enum Form {
        /** Vietnamese headers and the labels shown on screen, dates dd/MM/yyyy: what the screen's download gives. */
        LABELS,
        /** The code headers ({@code birth_date}) and codes ({@code DAI_HOC}), ISO dates: the earlier file. */
        CODES
    }

    /**
     * The fixed columns in file order; the code header is the constant's name in lower case, the Vietnamese one a
     * translation ({@code roster.column.<code header>}). The columns of training in progress came later and are
     * optional: a file without them reads as "no course in progress". So is {@code PLANNING}, the planning entries
     * with their titles and terms: a file without it is read by its three yes/no planning columns, as before.
     */
    enum Column {
        COMMUNE_CODE, FULL_NAME, GENDER, BIRTH_DATE, ETHNICITY, EDUCATION, POLITICAL_THEORY, STEM, BLOC, TITLES,
        COMMITTEE, PLANNED_KEY_TITLE, PLANNED_COMMITTEE, SOURCE_POOL, LLCT_ADVANCED_TRAINED,
        STUDYING_FOR, STUDY_END, LLCT_STUDYING_FOR, LLCT_STUDY_END, PLANNING;

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The Vietnamese header, which refusals name too. */
        String label() {
            return VIETNAMESE.get("roster.column." + header());
        }

        String header(Form form) {
            return form == Form.LABELS ? label() : header();
        }

        boolean isOptional() {
            return ordinal() >= STUDYING_FOR.ordinal();
        }
    }

    static final Texts VIETNAMESE = new Texts(Translations.VIETNAMESE);

    /** After the fixed columns, one {@code rating_YYYY} ("Xếp loại YYYY") column per year. */
    static final String RATING_PREFIX = "rating_";
    static final int FIRST_RATING_YEAR = 2000;
    static final int LAST_RATING_YEAR = 2100;
    static final String TITLE_SEPARATOR = ";";
    /**
     * Data rows one file may hold: five times the province's roster (about 9,000 cadres), and few enough for the
     * checked records to fit in the heap. A longer file is refused; the reading stops at the first row too many.
     */
    static final int MAX_ROWS = 50_000;
    /** Cells one row may hold: every column and one rating column for each year allowed, with room to spare. */
    static final int MAX_COLUMNS = 1_000;
    /** Faults listed in an answer; the total is counted whatever their number. */
    static final int MAX_REPORTED_ERRORS = 200;

    /** RFC 4180; blank lines are kept as records so that the parser can number lines as an editor does. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    /** The same with semicolons, as Excel saves CSV where the decimal separator is a comma. */
    static final CSVFormat CSV_SEMICOLON = CSV.builder().setDelimiter(';').get();

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITTEN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern RATING_LABEL = Pattern.compile("(?:rating_|xep loai(?: nam)? ?)(\\d{4})");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RosterFormat() {
    }

    static List<String> header(Form form, Collection<Integer> ratingYears) {
        List<String> header = new ArrayList<>();
        for (Column column : Column.values()) {
            header.add(column.header(form));
        }
        ratingYears.forEach(year -> header.add(ratingHeader(form, year)));
        return header;
    }

    static String ratingHeader(int year) {
        return RATING_PREFIX + year;
    }

    static String ratingHeader(Form form, int year) {
        return form == Form.LABELS ? ratingLabel(year) : ratingHeader(year);
    }

    static String ratingLabel(int year) {
        return VIETNAMESE.get("roster.column.rating", String.valueOf(year));
    }

    /** The year of a rating column's header, in either form, or empty when the header is not one. */
    static Optional<Integer> ratingYear(String header) {
        Matcher matcher = RATING_LABEL.matcher(fold(header));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        return year >= FIRST_RATING_YEAR && year <= LAST_RATING_YEAR ? Optional.of(year) : Optional.empty();
    }

    /** Whether a header looks meant as a rating column, to say so when its year is wrong. */
    static boolean looksLikeRating(String header) {
        String folded = fold(header);
        return folded.startsWith(RATING_PREFIX) || folded.startsWith("xep loai");
    }

    /**
     * A header or value as the import compares it: NFC, lower case, runs of spaces as one, without diacritics
     * (đ as d), so that "Ngày  sinh", "NGAY SINH" and "ngay sinh" are one header.
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** A date as ISO 2026-06-01, or as dd/MM/yyyy and d/M/yyyy (01/06/2026, 1/6/2026); empty when it is neither. */
    static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(text.contains("/") ? LocalDate.parse(text, DAY_MONTH_YEAR) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String date(Form form, LocalDate date) {
        if (date == null) {
            return "";
        }
        return form == Form.LABELS ? WRITTEN_DATE.format(date) : date.toString();
    }
}
