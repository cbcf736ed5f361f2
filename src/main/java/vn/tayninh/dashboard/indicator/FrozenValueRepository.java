package vn.tayninh.dashboard.indicator;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FrozenValueRepository extends JpaRepository<FrozenValue, Long> {

    List<FrozenValue> findByFreezeId(Long freezeId);

    List<FrozenValue> findByFreezeIdIn(List<Long> freezeIds);
}
