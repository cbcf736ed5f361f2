package vn.tayninh.dashboard.roster;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.planning.PlanningFromFile;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreForm;
import vn.tayninh.dashboard.cadre.RatingEditor;
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
    private final RatingEditor ratingEditor;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;
    private final Translations translations;
    private final Clock clock;

    private final PlanningFromFile fromFile;

    RosterImporter(CadreService cadres, CadreEditor editor, RatingEditor ratingEditor, CommuneService communes,
                   AuthenticatedUser authenticatedUser, Translations translations, PlanningFromFile fromFile,
                   Clock clock) {
        this.fromFile = fromFile;
        this.ratingEditor = ratingEditor;
        this.clock = clock;
        this.cadres = cadres;
        this.editor = editor;
        this.communes = communes;
        this.authenticatedUser = authenticatedUser;
        this.translations = translations;
    }

    /** {@link #preview(InputStream, ImportMode, OnMatch)} adding matching rows as other records. */
    public ImportResult preview(InputStream file, ImportMode mode) throws IOException {
        return preview(file, mode, OnMatch.ADD);
    }

    /**
     * Checks a file (CSV or XLSX) and reports what importing it would do, matching rows counted, writing nothing.
     *
     * @throws InvalidRosterException listing every fault of the file
     * @throws AccessDeniedException  when the user may not import this file
     */
    public ImportResult preview(InputStream file, ImportMode mode, OnMatch onMatch) throws IOException {
        return importRoster(file, mode, onMatch, false);
    }

    /** {@link #commit(InputStream, ImportMode, OnMatch)} adding matching rows as other records. */
    @Transactional
    public ImportResult commit(InputStream file, ImportMode mode) throws IOException {
        return commit(file, mode, OnMatch.ADD);
    }

    /**
     * Imports a file in one transaction: new records start today, and with {@link ImportMode#REPLACE} the records
     * active today in the file's communes end today with their titles and seats. In mode {@link ImportMode#ADD},
     * the rows that match a cadre already active in their commune are skipped, update that cadre, or are added,
     * as {@code onMatch} says. Every change is audited as the forms audit it.
     *
     * @throws InvalidRosterException listing every fault of the file
     * @throws AccessDeniedException  when the user may not import this file
     */
    @Transactional
    public ImportResult commit(InputStream file, ImportMode mode, OnMatch onMatch) throws IOException {
        return importRoster(file, mode, onMatch, true);
    }

    /** A row of the file and the cadre already recorded that it matches, if any. */
    private record FileRow(CadreRecord record, int line, CadreRecord match) {
    }

    /**
     * What makes two records one person for the import: the name's key and the birth date, an unknown birth date
     * matching only another unknown one (so that a commune's own export uploaded again adds nobody twice).
     */
    private record Person(Long nameKey, LocalDate birthDate) {

        static Person of(Cadre cadre) {
            return new Person(Cadre.nameKey(Cadre.normalizedName(cadre.getFullName())), cadre.getBirthDate());
        }
    }

    private ImportResult importRoster(InputStream file, ImportMode mode, OnMatch onMatch, boolean commit)
            throws IOException {
        CurrentUser user = authenticatedUser.require();
        if (!IMPORTERS.contains(user.role())) {
            throw new AccessRefusedException("roster.error.role");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Commune> communesByCode = communes.findAll().stream()
                .collect(Collectors.toMap(Commune::getCode, Function.identity()));
        RosterCsvParser.Result parsed = new RosterCsvParser(communesByCode, today, fromFile.termCodes()).parse(file);
        checkCommunes(user, parsed.communeCodes().stream().map(communesByCode::get).toList());
        if (parsed.errorCount() > 0) {
            throw new InvalidRosterException(parsed.errors(), parsed.errorCount());
        }
        List<FileRow> rows = matched(parsed, communesByCode, mode, today);
        checkRules(rows, communesByCode, mode, onMatch, commit);

        List<Long> communeIds = parsed.communeCodes().stream().map(code -> communesByCode.get(code).getId()).toList();
        Map<Long, Long> ended = mode == ImportMode.ADD ? Map.of()
                : commit ? cadres.endActive(communeIds, today, EndReason.OTHER)
                : cadres.countActiveByCommune(today);
        List<CadreRecord> toAdd = rows.stream().filter(row -> row.match() == null || onMatch == OnMatch.ADD)
                .map(FileRow::record).toList();
        if (commit) {
            cadres.addAll(toAdd, translations.vietnamese("roster.import.decision-number"));
            toAdd.stream().filter(record -> record.planned() != null && !record.planned().isEmpty())
                    .forEach(record -> fromFile.enter(record.cadre(), record.planned()));
            if (onMatch == OnMatch.UPDATE) {
                rows.stream().filter(row -> row.match() != null).forEach(this::update);
            }
        }
        Map<String, Long> added = toAdd.stream()
                .collect(groupingBy(record -> record.cadre().getCommune().getCode(), counting()));
        Map<String, Long> matches = rows.stream().filter(row -> row.match() != null)
                .collect(groupingBy(row -> row.record().cadre().getCommune().getCode(), counting()));
        List<CommuneCounts> counts = parsed.communeCodes().stream()
                .map(code -> {
                    long matching = matches.getOrDefault(code, 0L);
                    return new CommuneCounts(code, added.getOrDefault(code, 0L),
                            ended.getOrDefault(communesByCode.get(code).getId(), 0L), matching,
                            onMatch == OnMatch.UPDATE ? matching : 0, onMatch == OnMatch.SKIP ? matching : 0);
                })
                .toList();
        return ImportResult.of(mode, onMatch, today, commit, counts);
    }

    /**
     * The file's rows, each with the cadre active today in its commune that has the same name key and birth date,
     * both unknown included (the oldest record when several have). Only when adding: a replacement ends every record first.
     */
    private List<FileRow> matched(RosterCsvParser.Result parsed, Map<String, Commune> communesByCode, ImportMode mode,
                                  LocalDate today) {
        Map<String, Map<Person, CadreRecord>> recorded = new HashMap<>();
        if (mode == ImportMode.ADD) {
            for (String code : parsed.communeCodes()) {
                Map<Person, CadreRecord> people = new HashMap<>();
                cadres.findActiveRecords(communesByCode.get(code).getId(), today).stream()
                        .sorted(Comparator.comparing(record -> record.cadre().getId()))
                        .forEach(record -> {
                            people.putIfAbsent(Person.of(record.cadre()), record);
                        });
                recorded.put(code, people);
            }
        }
        List<FileRow> rows = new ArrayList<>();
        for (int i = 0; i < parsed.records().size(); i++) {
            CadreRecord record = parsed.records().get(i);
            CadreRecord match = recorded.getOrDefault(record.cadre().getCommune().getCode(), Map.of())
                    .get(Person.of(record.cadre()));
            rows.add(new FileRow(record, parsed.lines().get(i), match));
        }
        return rows;
    }

    /**
     * Changes a recorded cadre to a matching row: the profile through the form's service (start date kept), and
     * each rating the row gives, entered or corrected; titles and seats are left as they are.
     */
    private void update(FileRow row) {
        Cadre recorded = row.match().cadre();
        CadreForm form = CadreForm.of(row.record().cadre());
        form.setStartDate(recorded.getStartDate());
        editor.update(recorded.getId(), recorded.getVersion(), form);
        Map<Integer, AnnualRating> ratings = cadres.findRatings(recorded.getId()).stream()
                .collect(Collectors.toMap(AnnualRating::getYear, Function.identity()));
        row.record().ratings().forEach((year, rating) -> {
            AnnualRating before = ratings.get(year);
            if (before == null) {
                ratingEditor.rate(recorded.getId(), year, rating);
            } else if (before.getRating() != rating) {
                ratingEditor.changeRating(before.getId(), before.getVersion(), rating);
            }
        });
    }

    /**
     * The rules of data entry that concern several rows or the data already recorded, checked as the entry forms
     * check them ({@link CadreRules}): the titles and seats one cadre holds together, and the seats a commune holds
     * against those approved, counting its holders after the import (in mode replace, without those it ends).
     * Newcomers are counted in the order of the file: the first row over the approved number is refused. A row
     * that is skipped or updates a cadre adds no holder.
     */
    private void checkRules(List<FileRow> rows, Map<String, Commune> communesByCode, ImportMode mode, OnMatch onMatch,
                            boolean lock) {
        Map<String, Map<Position, CadreEditor.SeatCount>> seatsByCommune = new HashMap<>();
        Map<String, Map<Position, Integer>> heldByCommune = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        for (FileRow row : rows) {
            CadreRecord record = row.record();
            int line = row.line();
            String code = record.cadre().getCommune().getCode();
            CadreRules.positionsHeld(record.positions()).ifPresent(problem ->
                    errors.add(new ImportError(line, RosterFormat.Column.COMMITTEE.label(), problem)));
            if (row.match() != null && onMatch != OnMatch.ADD) {
                continue;
            }
            Map<Position, CadreEditor.SeatCount> seats = seatsByCommune.computeIfAbsent(code, c -> editor.seatsForImport(
                    communesByCode.get(c).getId(), mode == ImportMode.REPLACE, lock));
            Map<Position, Integer> held = heldByCommune.computeIfAbsent(code, c -> new EnumMap<>(Position.class));
            for (Position position : record.positions()) {
                CadreEditor.SeatCount count = seats.get(position);
                int after = held.merge(position, 1, Integer::sum) + count.held();
                CadreRules.seats(count.approved(), after).ifPresent(problem -> errors.add(new ImportError(line,
                        (position.isKeyTitle() ? RosterFormat.Column.TITLES : RosterFormat.Column.COMMITTEE).label(),
                        Message.of("roster.error.position", RosterValues.label(position), problem))));
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
