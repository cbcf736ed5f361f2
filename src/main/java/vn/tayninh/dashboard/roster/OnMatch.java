package vn.tayninh.dashboard.roster;

import java.util.Locale;
import java.util.Optional;

/**
 * What an import in mode {@link ImportMode#ADD} does with a row that matches a cadre already active in its commune:
 * the same name (compared as the duplicate check compares names: case, spaces and Unicode form aside) and the same
 * birth date (an unknown birth date matches only a cadre whose birth date is unknown too). In mode {@link ImportMode#REPLACE} nothing matches: the
 * commune's records are ended first.
 */
public enum OnMatch {
    /** Leaves the cadre as recorded and does not add the row. */
    SKIP,
    /** Changes the cadre's profile and ratings to the row's; the row is not added. */
    UPDATE,
    /** Adds the row as another record, as if nothing matched. */
    ADD;

    /** The choice named {@code skip}, {@code update} or {@code add}, in any letter case. */
    public static Optional<OnMatch> fromParameter(String value) {
        for (OnMatch choice : values()) {
            if (choice.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
