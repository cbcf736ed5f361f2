package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PositionHoldingRepository extends JpaRepository<PositionHolding, Long> {

    /** Filled seats per position at a date over the province, counting each holding of an active cadre. */
    @Query("""
            select h.position, count(h) from PositionHolding h join h.cadre c
            where h.startDate <= :date and (h.endDate is null or h.endDate > :date)
              and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            group by h.position""")
    List<Object[]> countFilledByPosition(@Param("date") LocalDate date);
}
