package vn.tayninh.dashboard.position;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffingQuotaRepository extends JpaRepository<StaffingQuota, Long> {

    List<StaffingQuota> findByCommuneId(Long communeId);

    /** Quota per bloc over the whole province: rows of (bloc, sum of quota). */
    @Query("select q.bloc, sum(q.quota) from StaffingQuota q group by q.bloc")
    List<Object[]> sumQuotaByBloc();
}
