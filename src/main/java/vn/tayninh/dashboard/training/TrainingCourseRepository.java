package vn.tayninh.dashboard.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {

    List<TrainingCourse> findByPlanIdOrderByStartDateAscIdAsc(long planId);
}
