package vn.tayninh.dashboard.training;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShortCourseRepository extends JpaRepository<ShortCourse, Long> {

    long countByStartDateBetween(LocalDate from, LocalDate to);
}
