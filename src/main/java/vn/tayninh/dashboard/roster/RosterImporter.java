package vn.tayninh.dashboard.roster;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreRecord;
import vn.tayninh.dashboard.cadre.CadreRules;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
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
    private final CadreEditor editor;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final Clock clock;

    RosterImporter(CadreService cadres, CadreEditor editor, CommuneService communes, AuthenticatedUser authenticatedUser,
                   Translations translations, Clock clock) {
        this.clock = clock;
        this.cadres = cadres;
        this.editor = editor;
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
        if (file.errorCount() > 0) {
            throw new InvalidRosterException(file.errors(), file.errorCount());
        }
        checkRules(file, communesByCode, mode, commit);

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

    /**
     * The rules of data entry that concern several rows or the data already recorded, checked as the entry forms
     * check them ({@link CadreRules}): the titles and seats one cadre holds together, and the seats a commune holds
     * against those approved, counting its holders after the import (in mode replace, without those it ends).
     * Newcomers are counted in the order of the file: the first row over the approved number is refused.
     */
    private void checkRules(RosterCsvParser.Result file, Map<String, Commune> communesByCode, ImportMode mode,
                            boolean lock) {
        Map<String, Map<Position, CadreEditor.SeatCount>> seatsByCommune = new HashMap<>();
        Map<String, Map<Position, Integer>> heldByCommune = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (int i = 0; i < file.records().size(); i++) {
            CadreRecord record = file.records().get(i);
            int line = file.lines().get(i);
            String code = record.cadre().getCommune().getCode();
            CadreRules.positionsHeld(record.positions())
                    .ifPresent(problem -> errors.add(new ImportError(line, RosterFormat.Column.COMMITTEE.header(), problem)));
            Map<Position, CadreEditor.SeatCount> seats = seatsByCommune.computeIfAbsent(code, c -> editor.seatsForImport(
                    communesByCode.get(c).getId(), mode == ImportMode.REPLACE, lock));
            Map<Position, Integer> held = heldByCommune.computeIfAbsent(code, c -> new EnumMap<>(Position.class));
            for (Position position : record.positions()) {
                CadreEditor.SeatCount count = seats.get(position);
                int after = held.merge(position, 1, Integer::sum) + count.held();
                CadreRules.seats(count.approved(), after).ifPresent(problem -> errors.add(new ImportError(line,
                        (position.isKeyTitle() ? RosterFormat.Column.TITLES : RosterFormat.Column.COMMITTEE).header(),
                        Message.of("roster.error.position", position.name(), problem))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRosterException(errors.subList(0, Math.min(errors.size(), RosterFormat.MAX_REPORTED_ERRORS)),
                    errors.size());
        }
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
