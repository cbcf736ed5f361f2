package vn.tayninh.dashboard.cadre;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.SearchText;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;

@Service
@Transactional(readOnly = true)
public class CadreService {

    /** Records written between two flushes of a bulk insert, so the persistence context stays small. */
    private static final int WRITE_BATCH = 500;

    /** Levels sort by rank (doctorate first), not by the spelling of their codes. */
    private static final Map<String, String> RANKED_PROPERTIES = Map.of(
            "education", rankOf("education", Education.values()),
            "politicalTheory", rankOf("politicalTheory", PoliticalTheory.values()));

    private final CadreRepository cadres;
    private final PositionHoldingRepository holdings;
    private final AnnualRatingRepository ratings;
    private final EntityManager entityManager;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final LastChanges lastChanges;

    CadreService(CadreRepository cadres, PositionHoldingRepository holdings, AnnualRatingRepository ratings,
                 EntityManager entityManager, CommuneAccess access, ApplicationEventPublisher events,
                 LastChanges lastChanges) {
        this.access = access;
        this.events = events;
        this.lastChanges = lastChanges;
        this.cadres = cadres;
        this.holdings = holdings;
        this.ratings = ratings;
        this.entityManager = entityManager;
    }

    /** Number of active cadres per commune id at {@code date}, counted in the database. */
    public Map<Long, Long> countActiveByCommune(LocalDate date) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : cadres.countActiveByCommune(date)) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The cadres of a commune active at {@code date} in the order they were recorded, with what they hold then. */
    public List<CadreRecord> findActiveRecords(long communeId, LocalDate date) {
        access.requireReadPersons(communeId);
        Map<Long, Set<Position>> positions = holdings.findActiveInCommune(communeId, date).stream()
                .collect(groupingBy(h -> h.getCadre().getId(), mapping(PositionHolding::getPosition, toSet())));
        Map<Long, Map<Integer, Rating>> ratingsByCadre = ratings.findOfActiveInCommune(communeId, date).stream()
                .collect(groupingBy(r -> r.getCadre().getId(), toMap(AnnualRating::getYear, AnnualRating::getRating)));
        return cadres.findActiveInCommune(communeId, date).stream()
                .map(cadre -> new CadreRecord(cadre, positions.getOrDefault(cadre.getId(), Set.of()),
                        new TreeMap<>(ratingsByCadre.getOrDefault(cadre.getId(), Map.of()))))
                .toList();
    }

    /**
     * One page of the cadres of a commune active at {@code date} whose name contains {@code name} (any case; blank
     * for all), in the page's order (by name when it has none). Education and political theory sort by level.
     */
    public List<Cadre> findActive(long communeId, LocalDate date, String name, Pageable page) {
        access.requireReadPersons(communeId);
        Sort sort = page.getSort().isUnsorted() ? Sort.by("fullName") : page.getSort();
        Sort ranked = Sort.unsorted();
        for (Sort.Order order : sort) {
            String rank = RANKED_PROPERTIES.get(order.getProperty());
            ranked = ranked.and(rank == null ? Sort.by(order) : JpaSort.unsafe(order.getDirection(), rank));
        }
        PageRequest sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), ranked.and(Sort.by("id")));
        if (SearchText.isBlank(name)) {
            return cadres.findActiveInCommune(communeId, date, namePattern(""), sorted);
        }
        List<Long> ids = matching(communeId, date, name);
        return ids.isEmpty() ? List.of() : cadres.findPage(ids, sorted);
    }

    /** How many cadres {@link #findActive} finds in all. */
    public long countActive(long communeId, LocalDate date, String name) {
        access.requireReadPersons(communeId);
        return SearchText.isBlank(name) ? cadres.countActiveInCommune(communeId, date, namePattern(""))
                : matching(communeId, date, name).size();
    }

    /**
     * The active cadres of a commune whose name has every word searched for, without diacritics or case
     * ({@link SearchText}): neither database compares so, so the names of the commune (a few hundred at most) are
     * compared here and the page is read by id.
     */
    private List<Long> matching(long communeId, LocalDate date, String name) {
        return cadres.findActiveNames(communeId, date).stream()
                .filter(row -> SearchText.matches((String) row[1], name))
                .map(row -> (Long) row[0]).toList();
    }

    /** Who holds each title and seat of a commune at {@code date} (active holdings of active cadres), in one query. */
    public Map<Position, List<Cadre>> findActiveHolders(long communeId, LocalDate date) {
        access.requireReadPersons(communeId);
        return holdings.findActiveInCommune(communeId, date).stream()
                .sorted(Comparator.comparing(h -> h.getCadre().getFullName()))
                .collect(groupingBy(PositionHolding::getPosition, () -> new EnumMap<>(Position.class),
                        mapping(PositionHolding::getCadre, Collectors.toList())));
    }

    /** The titles and seats held at {@code date} in a commune by its active cadres, with their holders. */
    public List<PositionHolding> findActiveHoldings(long communeId, LocalDate date) {
        access.requireReadPersons(communeId);
        return holdings.findActiveInCommune(communeId, date).stream()
                .sorted(Comparator.comparing(h -> h.getCadre().getFullName())).toList();
    }

    /**
     * A cadre's record with every title and seat held, past and present, and the ratings by year; empty, as for a
     * record that does not exist, when it belongs to a commune whose people the signed-in user may not read (so that
     * the answer does not tell which ids exist elsewhere).
     */
    public Optional<CadreProfile> findProfile(long cadreId) {
        return cadres.findWithCommune(cadreId).filter(cadre -> access.canReadPersons(cadre.getCommune().getId()))
                .map(cadre -> new CadreProfile(cadre,
                holdings.findByCadreIdOrderByStartDateAsc(cadreId),
                ratings.findByCadreIdOrderByYearAsc(cadreId).stream().collect(toMap(AnnualRating::getYear,
                        AnnualRating::getRating, (a, b) -> a, TreeMap::new))));
    }

    /** A cadre's ratings, by year; none when the cadre's commune's people may not be read by the signed-in user. */
    public List<AnnualRating> findRatings(long cadreId) {
        if (cadres.findWithCommune(cadreId).filter(cadre -> access.canReadPersons(cadre.getCommune().getId()))
                .isEmpty()) {
            return List.of();
        }
        return ratings.findByCadreIdOrderByYearAsc(cadreId);
    }

    /** The years in which cadres active at {@code date} were rated, in one commune or (null) the province. */
    public SortedSet<Integer> findRatingYears(Long communeId, LocalDate date) {
        return new TreeSet<>(ratings.findYearsOfActive(communeId, date));
    }

    /**
     * Ends, as of {@code date}, the cadre records active then in the given communes and the titles and seats they
     * hold; nothing is deleted. For users who may edit every one of the communes. Returns the number of records ended per commune id.
     */
    @Transactional
    public Map<Long, Long> endActive(Collection<Long> communeIds, LocalDate date, EndReason reason) {
        communeIds.forEach(access::requireEdit);
        List<Change> changes = new ArrayList<>();
        for (long communeId : communeIds.stream().distinct().toList()) {
            // the holdings ended below: those active at the date of the cadres active then
            Map<Long, List<PositionHolding>> held = holdings.findActiveInCommune(communeId, date).stream()
                    .sorted(Comparator.comparing(PositionHolding::getId))
                    .collect(groupingBy(h -> h.getCadre().getId()));
            for (Cadre cadre : cadres.findActiveInCommune(communeId, date)) {
                changes.addAll(FieldChanges.of(communeId, CadreEditor.CADRE, cadre.getId(), Action.END)
                        .field("fullName", cadre.getFullName(), null)
                        .field("endDate", null, date)
                        .field("reason", null, reason)
                        .list());
                for (PositionHolding holding : held.getOrDefault(cadre.getId(), List.of())) {
                    changes.addAll(CadreEditor.ended(communeId, CadreEditor.HOLDING, holding.getId(), date, reason)
                            .list());
                }
            }
        }
        events.publishEvent(new ChangesMade(changes));
        Map<Long, Long> active = countActiveByCommune(date);
        holdings.endActiveOfActiveCadres(communeIds, date, reason);
        cadres.endActive(communeIds, date, reason);
        return communeIds.stream().distinct().collect(toMap(Function.identity(), id -> active.getOrDefault(id, 0L)));
    }

    /**
     * Adds new cadre records, each holding its positions from its own start date, with their ratings; for users who
     * may edit every commune of the records. Each record, title or seat and rating gets the audit lines its own form
     * would write. The caller checks the rules first (the seats: {@link CadreEditor#seatsForImport}).
     */
    @Transactional
    public void addAll(List<CadreRecord> records, String decisionNumber) {
        records.stream().map(record -> record.cadre().getCommune().getId()).distinct().forEach(access::requireEdit);
        int written = 0;
        List<Change> changes = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        for (CadreRecord record : records) {
            Cadre cadre = cadres.save(record.cadre());
            added.add(cadre.getId());
            changes.add(new Change(cadre.getCommune().getId(), CadreEditor.CADRE, cadre.getId(), Action.CREATE,
                    "fullName", null, cadre.getFullName()));
            // training in progress, as the form's audit lines name it
            CadreForm.of(cadre).values().entrySet().stream()
                    .filter(field -> CadreForm.STUDY_FIELDS.contains(field.getKey()) && field.getValue() != null)
                    .forEach(field -> changes.add(new Change(cadre.getCommune().getId(), CadreEditor.CADRE,
                            cadre.getId(), Action.CREATE, field.getKey(), null, field.getValue())));
            for (Position position : record.positions()) {
                changes.addAll(CadreEditor.holdingCreated(
                        holdings.save(new PositionHolding(cadre, position, cadre.getStartDate(), decisionNumber))));
            }
            record.ratings().forEach((year, rating) ->
                    changes.addAll(RatingEditor.ratingCreated(ratings.save(new AnnualRating(cadre, year, rating)))));
            if (++written % WRITE_BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        lastChanges.touch(added);
        events.publishEvent(new ChangesMade(changes));
    }

    /** A LIKE pattern for a name fragment; {@code !} escapes the wildcards a user may type. */
    private static String namePattern(String name) {
        String text = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** A CASE ranking the levels in their declared order; in parentheses, which Spring Data leaves unqualified. */
    private static String rankOf(String property, Enum<?>[] levels) {
        return Arrays.stream(levels)
                .map(level -> "when " + level.getDeclaringClass().getName() + "." + level.name() + " then " + level.ordinal())
                .collect(Collectors.joining(" ", "(case c." + property + " ", " end)"));
    }
}
