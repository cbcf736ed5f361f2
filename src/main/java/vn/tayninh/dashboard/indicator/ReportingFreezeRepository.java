package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingFreezeRepository extends JpaRepository<ReportingFreeze, Long> {

    List<ReportingFreeze> findAllByOrderByAsOfDateAsc();

    boolean existsByAsOfDate(LocalDate asOfDate);
}
