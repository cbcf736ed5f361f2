package vn.tayninh.dashboard.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    List<TrainingPlan> findAllByOrderByIdDesc();

    Optional<TrainingPlan> findFirstByState(PlanState state);
}
