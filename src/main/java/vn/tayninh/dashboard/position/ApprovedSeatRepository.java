package vn.tayninh.dashboard.position;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApprovedSeatRepository extends JpaRepository<ApprovedSeat, Long> {

    List<ApprovedSeat> findByCommuneId(Long communeId);

    Optional<ApprovedSeat> findByCommuneIdAndPosition(Long communeId, Position position);

    /** The row, locked until the transaction ends, so that two appointments to one title run one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ApprovedSeat s where s.commune.id = :communeId and s.position = :position")
    Optional<ApprovedSeat> lockByCommuneIdAndPosition(@Param("communeId") Long communeId,
                                                      @Param("position") Position position);

    /** Approved seats per position over the whole province: rows of (position, sum of seats). */
    @Query("select s.position, sum(s.seats) from ApprovedSeat s group by s.position")
    List<Object[]> sumSeatsByPosition();
}
