package vn.tayninh.dashboard.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimelineNoteRepository extends JpaRepository<TimelineNote, Long> {

    List<TimelineNote> findAllByOrderByDateAscIdAsc();

    /** The province-wide notes and, when {@code communeId} is given, that commune's. */
    @Query("select n from TimelineNote n where n.communeId is null or n.communeId = :communeId order by n.date, n.id")
    List<TimelineNote> findForScope(Long communeId);
}
