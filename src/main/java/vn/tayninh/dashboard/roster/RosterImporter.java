package vn.tayninh.dashboard.roster;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.roster.ImportResult.CommuneCounts;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * Imports a roster file all or nothing: the whole file is read and checked first, and a single fault leaves the
 * database untouched. Provincial staff may import any commune, a commune editor only their own commune.
 */
@Service
public class RosterImporter {

    private static final Set<Role> IMPORTERS = EnumSet.of(Role.ADMIN, Role.BOARD, Role.COMMUNE_EDITOR);

    private final CadreService cadres;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final Clock clock;

    RosterImporter(CadreService cadres, CommuneService communes, AuthenticatedUser authenticatedUser,
                   Translations translations, Clock clock) {
        this.clock = clock;
        this.cadres = cadres;
        this.communes = communes;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
    }

    /**
     * Checks a file and reports what importing it would do, writing nothing.
     *
     * @throws InvalidRosterException listing every fault of the file
     * @throws AccessDeniedException  when the user may not import this file
     */
    public ImportResult preview(InputStream csv, ImportMode mode) throws IOException {
        return importRoster(csv, mode, false);
    }

    /**
     * Imports a file in one transaction: new records start today, and with {@link ImportMode#REPLACE} the records
     * active today in the file's communes end today with their titles and seats.
     *
     * @throws InvalidRosterException listing every fault of the file
     * @throws AccessDeniedException  when the user may not import this file
     */
    @Transactional
    public ImportResult commit(InputStream csv, ImportMode mode) throws IOException {
        return importRoster(csv, mode, true);
    }

    private ImportResult importRoster(InputStream csv, ImportMode mode, boolean commit) throws IOException {
        CurrentUser user = authenticatedUser.require();
        if (!IMPORTERS.contains(user.role())) {
            throw new AccessRefusedException("roster.error.role");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Commune> communesByCode = communes.findAll().stream()
                .collect(Collectors.toMap(Commune::getCode, Function.identity()));
        RosterCsvParser.Result file = new RosterCsvParser(communesByCode, today).parse(csv);
        checkCommunes(user, file.communeCodes().stream().map(communesByCode::get).toList());
        if (!file.errors().isEmpty()) {
            throw new InvalidRosterException(file.errors());
        }

        List<Long> communeIds = file.communeCodes().stream().map(code -> communesByCode.get(code).getId()).toList();
        Map<Long, Long> ended = mode == ImportMode.ADD ? Map.of()
                : commit ? cadres.endActive(communeIds, today, EndReason.OTHER)
                : cadres.countActiveByCommune(today);
        if (commit) {
            cadres.addAll(file.records(), translations.vietnamese("roster.import.decision-number"));
        }
        Map<String, Long> added = file.records().stream()
                .collect(groupingBy(record -> record.cadre().getCommune().getCode(), counting()));
        List<CommuneCounts> counts = file.communeCodes().stream()
                .map(code -> new CommuneCounts(code, added.getOrDefault(code, 0L),
                        ended.getOrDefault(communesByCode.get(code).getId(), 0L)))
                .toList();
        return ImportResult.of(mode, today, commit, counts);
    }

    /** A commune editor's file is refused whole when it names any other commune. */
    private void checkCommunes(CurrentUser user, List<Commune> communesInFile) {
        if (user.role() != Role.COMMUNE_EDITOR) {
            return;
        }
        List<String> foreign = communesInFile.stream()
                .filter(commune -> !commune.getId().equals(user.communeId()))
                .map(Commune::getCode)
                .toList();
        if (!foreign.isEmpty()) {
            throw new AccessRefusedException("roster.error.foreign-communes", String.join(", ", foreign));
        }
    }
}
