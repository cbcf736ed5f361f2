package vn.tayninh.dashboard.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingCourseRepository extends JpaRepository<TrainingCourse, Long> {

    List<TrainingCourse> findByPlanIdOrderByStartDateAscIdAsc(long planId);

    /**
     * The course, its row locked to the end of the transaction. A plain {@code FOR UPDATE}: MariaDB refuses the
     * {@code FOR UPDATE OF} that Hibernate writes for a lock mode (docs/decisions/plain-for-update.md).
     */
    @Query(value = "SELECT * FROM training_course WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<TrainingCourse> lockById(@Param("id") long id);
}
