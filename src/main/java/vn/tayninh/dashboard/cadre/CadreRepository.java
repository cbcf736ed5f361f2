package vn.tayninh.dashboard.cadre;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CadreRepository extends JpaRepository<Cadre, Long> {

    /** Active cadres per commune at a date: rows of (commune id, count). */
    @Query("""
            select c.commune.id, count(c) from Cadre c
            where c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            group by c.commune.id""")
    List<Object[]> countActiveByCommune(@Param("date") LocalDate date);

    @Query("""
            select c from Cadre c join fetch c.commune
            where c.commune.id = :communeId and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
            order by c.id""")
    List<Cadre> findActiveInCommune(@Param("communeId") long communeId, @Param("date") LocalDate date);

    /** One page of the active cadres of a commune whose lower-cased name is like {@code pattern}. */
    @Query("""
            select c from Cadre c
            where c.commune.id = :communeId and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
              and lower(c.fullName) like :pattern escape '!'""")
    List<Cadre> findActiveInCommune(@Param("communeId") long communeId, @Param("date") LocalDate date,
                                    @Param("pattern") String pattern, Pageable page);

    /** The ids and names of the active cadres of a commune: rows of (id, full name), for a search without diacritics. */
    @Query("""
            select c.id, c.fullName from Cadre c
            where c.commune.id = :communeId and c.startDate <= :date and (c.endDate is null or c.endDate > :date)""")
    List<Object[]> findActiveNames(@Param("communeId") long communeId, @Param("date") LocalDate date);

    /** One page of the cadres with the given ids. */
    @Query("select c from Cadre c where c.id in :ids")
    List<Cadre> findPage(@Param("ids") Collection<Long> ids, Pageable page);

    @Query("""
            select count(c) from Cadre c
            where c.commune.id = :communeId and c.startDate <= :date and (c.endDate is null or c.endDate > :date)
              and lower(c.fullName) like :pattern escape '!'""")
    long countActiveInCommune(@Param("communeId") long communeId, @Param("date") LocalDate date,
                              @Param("pattern") String pattern);

    /** A cadre with its commune, for answers that name the commune after the transaction. */
    @Query("select c from Cadre c join fetch c.commune where c.id = :id")
    Optional<Cadre> findWithCommune(@Param("id") long id);

    @Modifying
    @Query("""
            update Cadre c set c.endDate = :date, c.endReason = :reason, c.version = c.version + 1
            where c.commune.id in :communeIds and c.startDate <= :date and (c.endDate is null or c.endDate > :date)""")
    int endActive(@Param("communeIds") Collection<Long> communeIds, @Param("date") LocalDate date,
                  @Param("reason") EndReason reason);
}
