package vn.tayninh.dashboard.position;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApprovedSeatRepository extends JpaRepository<ApprovedSeat, Long> {

    List<ApprovedSeat> findByCommuneId(Long communeId);

    Optional<ApprovedSeat> findByCommuneIdAndPosition(Long communeId, Position position);

    /**
     * The row, locked until the transaction ends, so that two appointments to one title run one after the other.
     * Plain {@code FOR UPDATE}: the {@code FOR UPDATE OF alias} Hibernate writes for MySQL 8 is not MariaDB's.
     */
    @Query(value = "SELECT * FROM approved_seat WHERE commune_id = :communeId AND position_code = :position FOR UPDATE",
            nativeQuery = true)
    Optional<ApprovedSeat> lockByCommuneIdAndPosition(@Param("communeId") Long communeId,
                                                      @Param("position") String position);

    /** Every row of a commune, locked until the transaction ends, as {@link #lockByCommuneIdAndPosition} locks one. */
    @Query(value = "SELECT * FROM approved_seat WHERE commune_id = :communeId FOR UPDATE", nativeQuery = true)
    List<ApprovedSeat> lockByCommuneId(@Param("communeId") Long communeId);

    /** Approved seats per position over the whole province: rows of (position, sum of seats). */
    @Query("select s.position, sum(s.seats) from ApprovedSeat s group by s.position")
    List<Object[]> sumSeatsByPosition();
}
