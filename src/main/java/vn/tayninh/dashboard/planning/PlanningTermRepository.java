package vn.tayninh.dashboard.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningTermRepository extends JpaRepository<PlanningTerm, Long> {

    List<PlanningTerm> findAllByOrderByFirstDay();

    Optional<PlanningTerm> findByCode(String code);
}
