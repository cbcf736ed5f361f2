package vn.tayninh.dashboard.cadre;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toMap;
import static java.util.stream.Collectors.toSet;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.position.Position;

@Service
@Transactional(readOnly = true)
public class CadreService {

    /** Records written between two flushes of a bulk insert, so the persistence context stays small. */
    private static final int WRITE_BATCH = 500;

    private final CadreRepository cadres;
    private final PositionHoldingRepository holdings;
    private final AnnualRatingRepository ratings;
    private final EntityManager entityManager;

    CadreService(CadreRepository cadres, PositionHoldingRepository holdings, AnnualRatingRepository ratings,
                 EntityManager entityManager) {
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
        Map<Long, Set<Position>> positions = holdings.findActiveInCommune(communeId, date).stream()
                .collect(groupingBy(h -> h.getCadre().getId(), mapping(PositionHolding::getPosition, toSet())));
        Map<Long, Map<Integer, Rating>> ratingsByCadre = ratings.findOfActiveInCommune(communeId, date).stream()
                .collect(groupingBy(r -> r.getCadre().getId(), toMap(AnnualRating::getYear, AnnualRating::getRating)));
        return cadres.findActiveInCommune(communeId, date).stream()
                .map(cadre -> new CadreRecord(cadre, positions.getOrDefault(cadre.getId(), Set.of()),
                        new TreeMap<>(ratingsByCadre.getOrDefault(cadre.getId(), Map.of()))))
                .toList();
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
        holdings.endActiveOfActiveCadres(communeIds, date, reason);
        cadres.endActive(communeIds, date, reason);
        return communeIds.stream().distinct().collect(toMap(Function.identity(), id -> active.getOrDefault(id, 0L)));
    }

    /** Adds new cadre records, each holding its positions from its own start date, with their ratings. */
    @Transactional
    public void addAll(List<CadreRecord> records, String decisionNumber) {
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
}
