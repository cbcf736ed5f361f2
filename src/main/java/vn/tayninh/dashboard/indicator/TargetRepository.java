package vn.tayninh.dashboard.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetRepository extends JpaRepository<Target, String> {

    List<Target> findAllByOrderBySortOrderAsc();
}
