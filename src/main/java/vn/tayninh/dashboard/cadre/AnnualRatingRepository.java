package vn.tayninh.dashboard.cadre;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnnualRatingRepository extends JpaRepository<AnnualRating, Long> {
}
