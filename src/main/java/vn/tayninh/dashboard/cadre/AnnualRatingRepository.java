package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AnnualRatingRepository extends JpaRepository<AnnualRating, Long> {

    @Query("""
            select r from AnnualRating r join r.cadre c
            where c.commune.id = :communeId and c.startDate <= :date and (c.endDate is null or c.endDate > :date)""")
    List<AnnualRating> findOfActiveInCommune(@Param("communeId") long communeId, @Param("date") LocalDate date);

    /** The years rated among the cadres active at a date, in one commune or, with a null id, the province. */
    @Query("""
            select distinct r.year from AnnualRating r join r.cadre c
            where (:communeId is null or c.commune.id = :communeId)
              and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            order by r.year""")
    List<Integer> findYearsOfActive(@Param("communeId") Long communeId, @Param("date") LocalDate date);

    List<AnnualRating> findByCadreIdOrderByYearAsc(long cadreId);

    boolean existsByCadreIdAndYear(long cadreId, int year);
}
