package vn.tayninh.dashboard.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DisciplineRecordRepository extends JpaRepository<DisciplineRecord, Long> {

    List<DisciplineRecord> findByCadreIdOrderByDecisionDate(long cadreId);
}
