package vn.tayninh.dashboard.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did, or would do when not committed.
 *
 * @param communes the communes of the file, by code
 * @param added    cadre records added over all communes
 * @param ended    cadre records ended over all communes (only when replacing)
 * @param matched  rows of the file that match a cadre already active in their commune (only when adding)
 * @param updated  cadres whose profile and ratings were changed to a matching row's ({@link OnMatch#UPDATE})
 * @param skipped  matching rows left out ({@link OnMatch#SKIP})
 */
public record ImportResult(ImportMode mode, OnMatch onMatch, LocalDate importDate, boolean committed,
                           List<CommuneCounts> communes, long added, long ended, long matched, long updated,
                           long skipped) {

    public record CommuneCounts(String communeCode, long added, long ended, long matched, long updated, long skipped) {

        public CommuneCounts(String communeCode, long added, long ended) {
            this(communeCode, added, ended, 0, 0, 0);
        }
    }

    static ImportResult of(ImportMode mode, OnMatch onMatch, LocalDate importDate, boolean committed,
                           List<CommuneCounts> communes) {
        return new ImportResult(mode, onMatch, importDate, committed, List.copyOf(communes),
                communes.stream().mapToLong(CommuneCounts::added).sum(),
                communes.stream().mapToLong(CommuneCounts::ended).sum(),
                communes.stream().mapToLong(CommuneCounts::matched).sum(),
                communes.stream().mapToLong(CommuneCounts::updated).sum(),
                communes.stream().mapToLong(CommuneCounts::skipped).sum());
    }
}
