package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CadreRepository extends JpaRepository<Cadre, Long> {

    /** Active cadres per commune at a date: rows of (commune id, count). */
    @Query("""
            select c.commune.id, count(c) from Cadre c
            where c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            group by c.commune.id""")
    List<Object[]> countActiveByCommune(@Param("date") LocalDate date);
}
