package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.tayninh.dashboard.position.Position;

public interface PositionHoldingRepository extends JpaRepository<PositionHolding, Long> {

    /** Filled seats per position at a date over the province, counting each holding of an active cadre. */
    @Query("""
            select h.position, count(h) from PositionHolding h join h.cadre c
            where h.startDate <= :date and (h.endDate is null or h.endDate > :date)
              and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            group by h.position""")
    List<Object[]> countFilledByPosition(@Param("date") LocalDate date);

    /** The titles and seats held at a date in a commune by its active cadres, with their holders. */
    @Query("""
            select h from PositionHolding h join fetch h.cadre c
            where h.commune.id = :communeId and h.startDate <= :date and (h.endDate is null or h.endDate > :date)
              and c.startDate <= :date and (c.endDate is null or c.endDate > :date)""")
    List<PositionHolding> findActiveInCommune(@Param("communeId") long communeId, @Param("date") LocalDate date);

    List<PositionHolding> findByCadreIdOrderByStartDateAsc(long cadreId);

    /** The holdings of a title or seat in a commune still running at or after {@code date}, cadres' ends included. */
    @Query("""
            select h from PositionHolding h join fetch h.cadre c
            where h.commune.id = :communeId and h.position = :position
              and (h.endDate is null or h.endDate > :date) and (c.endDate is null or c.endDate > :date)""")
    List<PositionHolding> findRunningFrom(@Param("communeId") long communeId, @Param("position") Position position,
                                          @Param("date") LocalDate date);

    /** Every holding of a commune still running at or after {@code date}, cadres' ends included. */
    @Query("""
            select h from PositionHolding h join fetch h.cadre c
            where h.commune.id = :communeId
              and (h.endDate is null or h.endDate > :date) and (c.endDate is null or c.endDate > :date)""")
    List<PositionHolding> findAllRunningFrom(@Param("communeId") long communeId, @Param("date") LocalDate date);

    @Modifying
    @Query("""
            update PositionHolding h set h.endDate = :date, h.endReason = :reason, h.version = h.version + 1
            where h.commune.id in :communeIds and h.startDate <= :date and (h.endDate is null or h.endDate > :date)
              and h.cadre.id in (select c.id from Cadre c
                                 where c.startDate <= :date and (c.endDate is null or c.endDate > :date))""")
    int endActiveOfActiveCadres(@Param("communeIds") Collection<Long> communeIds, @Param("date") LocalDate date,
                                @Param("reason") EndReason reason);
}
