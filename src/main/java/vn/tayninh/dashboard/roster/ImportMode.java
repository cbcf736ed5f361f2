package vn.tayninh.dashboard.roster;

import java.util.Locale;
import java.util.Optional;

/** What an import does with the cadres already recorded in the communes of the file. */
public enum ImportMode {
    /** Keeps them and adds the file's cadres. */
    ADD,
    /** Ends their records and seats as of the import date (nothing is deleted), then adds the file's cadres. */
    REPLACE;

    /** The mode named {@code add} or {@code replace}, in any letter case. */
    public static Optional<ImportMode> fromParameter(String value) {
        for (ImportMode mode : values()) {
            if (mode.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
