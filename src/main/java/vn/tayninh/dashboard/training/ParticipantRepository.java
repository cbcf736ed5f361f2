package vn.tayninh.dashboard.training;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    List<Participant> findByCourseIdOrderByIdAsc(long courseId);

    List<Participant> findByCourseIdInOrderByIdAsc(Collection<Long> courseIds);

    Optional<Participant> findByCourseIdAndCadreId(long courseId, long cadreId);

    List<Participant> findByCadreIdInAndState(Collection<Long> cadreIds, ParticipantState state);
}
