package vn.tayninh.dashboard.roster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/** The roster file of docs/indicators.md ("The roster file (CSV)"), shared by the import and the export. */
final class RosterFormat {

    /**
     * The fixed columns in file order; the header name is the constant's name in lower case. The columns of training
     * in progress came later and are optional: a file without them reads as "no course in progress".
     */
    enum Column {
        COMMUNE_CODE, FULL_NAME, GENDER, BIRTH_DATE, ETHNICITY, EDUCATION, POLITICAL_THEORY, STEM, BLOC, TITLES,
        COMMITTEE, PLANNED_KEY_TITLE, PLANNED_COMMITTEE, SOURCE_POOL, LLCT_ADVANCED_TRAINED,
        STUDYING_FOR, STUDY_END, LLCT_STUDYING_FOR, LLCT_STUDY_END;

        String header() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean isOptional() {
            return ordinal() >= STUDYING_FOR.ordinal();
        }
    }

    /** After the fixed columns, one {@code rating_YYYY} column per year. */
    static final String RATING_PREFIX = "rating_";
    static final int FIRST_RATING_YEAR = 2000;
    static final int LAST_RATING_YEAR = 2100;
    static final String TITLE_SEPARATOR = ";";
    /**
     * Data rows one file may hold: five times the province's roster (about 9,000 cadres), and few enough for the
     * checked records to fit in the heap. A longer file is refused; the reading stops at the first row too many.
     */
    static final int MAX_ROWS = 50_000;
    /** Faults listed in an answer; the total is counted whatever their number. */
    static final int MAX_REPORTED_ERRORS = 200;

    /** RFC 4180; blank lines are kept as records so that the parser can number lines as an editor does. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private RosterFormat() {
    }

    static List<String> header(Collection<Integer> ratingYears) {
        List<String> header = new ArrayList<>();
        for (Column column : Column.values()) {
            header.add(column.header());
        }
        ratingYears.forEach(year -> header.add(ratingHeader(year)));
        return header;
    }

    static String ratingHeader(int year) {
        return RATING_PREFIX + year;
    }
}
