package vn.tayninh.dashboard.position;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ApprovedSeatRepository extends JpaRepository<ApprovedSeat, Long> {

    List<ApprovedSeat> findByCommuneId(Long communeId);

    /** Approved seats per position over the whole province: rows of (position, sum of seats). */
    @Query("select s.position, sum(s.seats) from ApprovedSeat s group by s.position")
    List<Object[]> sumSeatsByPosition();
}
