package vn.tayninh.dashboard.commune;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommuneRepository extends JpaRepository<Commune, Long> {

    Optional<Commune> findByCode(String code);

    List<Commune> findAllByOrderByAdminCodeAsc();
}
