package vn.tayninh.dashboard.cadre;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.position.Position;

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
    private final RosterVersions rosterVersions;

    CadreService(CadreRepository cadres, PositionHoldingRepository holdings, AnnualRatingRepository ratings,
                 EntityManager entityManager, RosterVersions rosterVersions) {
        this.cadres = cadres;
        this.holdings = holdings;
        this.ratings = ratings;
        this.entityManager = entityManager;
        this.rosterVersions = rosterVersions;
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
        Sort sort = page.getSort().isUnsorted() ? Sort.by("fullName") : page.getSort();
        Sort ranked = Sort.unsorted();
        for (Sort.Order order : sort) {
            String rank = RANKED_PROPERTIES.get(order.getProperty());
            ranked = ranked.and(rank == null ? Sort.by(order) : JpaSort.unsafe(order.getDirection(), rank));
        }
        return cadres.findActiveInCommune(communeId, date, namePattern(name),
                PageRequest.of(page.getPageNumber(), page.getPageSize(), ranked.and(Sort.by("id"))));
    }

    /** How many cadres {@link #findActive} finds in all. */
    public long countActive(long communeId, LocalDate date, String name) {
        return cadres.countActiveInCommune(communeId, date, namePattern(name));
    }

    /** Who holds each title and seat of a commune at {@code date} (active holdings of active cadres), in one query. */
    public Map<Position, List<Cadre>> findActiveHolders(long communeId, LocalDate date) {
        return holdings.findActiveInCommune(communeId, date).stream()
                .sorted(Comparator.comparing(h -> h.getCadre().getFullName()))
                .collect(groupingBy(PositionHolding::getPosition, () -> new EnumMap<>(Position.class),
                        mapping(PositionHolding::getCadre, Collectors.toList())));
    }

    /** A cadre's record with every title and seat held, past and present, and the ratings by year. */
    public Optional<CadreProfile> findProfile(long cadreId) {
        return cadres.findById(cadreId).map(cadre -> new CadreProfile(cadre,
                holdings.findByCadreIdOrderByStartDateAsc(cadreId),
                ratings.findByCadreIdOrderByYearAsc(cadreId).stream().collect(toMap(AnnualRating::getYear,
                        AnnualRating::getRating, (a, b) -> a, TreeMap::new))));
    }

    /** The years in which cadres active at {@code date} were rated, in one commune or (null) the province. */
    public SortedSet<Integer> findRatingYears(Long communeId, LocalDate date) {
        return new TreeSet<>(ratings.findYearsOfActive(communeId, date));
    }

    /**
     * Ends, as of {@code date}, the cadre records active then in the given communes and the titles and seats they
     * hold; nothing is deleted. Returns the number of records ended per commune id.
     */
    @Transactional
    public Map<Long, Long> endActive(Collection<Long> communeIds, LocalDate date, EndReason reason) {
        Map<Long, Long> active = countActiveByCommune(date);
        rosterVersions.refreshCommunes(communeIds);
        holdings.endActiveOfActiveCadres(communeIds, date, reason);
        cadres.endActive(communeIds, date, reason);
        return communeIds.stream().distinct().collect(toMap(Function.identity(), id -> active.getOrDefault(id, 0L)));
    }

    /** Adds new cadre records, each holding its positions from its own start date, with their ratings. */
    @Transactional
    public void addAll(List<CadreRecord> records, String decisionNumber) {
        rosterVersions.refreshCommunes(records.stream().map(r -> r.cadre().getCommune().getId()).collect(toSet()));
        int written = 0;
        for (CadreRecord record : records) {
            Cadre cadre = cadres.save(record.cadre());
            for (Position position : record.positions()) {
                holdings.save(new PositionHolding(cadre, position, cadre.getStartDate(), decisionNumber));
            }
            record.ratings().forEach((year, rating) -> ratings.save(new AnnualRating(cadre, year, rating)));
            if (++written % WRITE_BATCH == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
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
