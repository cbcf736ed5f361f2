package vn.tayninh.dashboard.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did, or would do when not committed.
 *
 * @param communes the communes of the file, by code
 * @param added    cadre records added over all communes
 * @param ended    cadre records ended over all communes (only when replacing)
 */
public record ImportResult(ImportMode mode, LocalDate importDate, boolean committed, List<CommuneCounts> communes,
                           long added, long ended) {

    public record CommuneCounts(String communeCode, long added, long ended) {
    }

    static ImportResult of(ImportMode mode, LocalDate importDate, boolean committed, List<CommuneCounts> communes) {
        return new ImportResult(mode, importDate, committed, List.copyOf(communes),
                communes.stream().mapToLong(CommuneCounts::added).sum(),
                communes.stream().mapToLong(CommuneCounts::ended).sum());
    }
}
