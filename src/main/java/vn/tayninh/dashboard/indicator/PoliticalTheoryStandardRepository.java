package vn.tayninh.dashboard.indicator;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.tayninh.dashboard.position.Position;

interface PoliticalTheoryStandardRepository extends JpaRepository<PoliticalTheoryStandard, Position> {
}
