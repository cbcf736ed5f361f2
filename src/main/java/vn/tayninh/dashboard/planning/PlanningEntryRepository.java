package vn.tayninh.dashboard.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanningEntryRepository extends JpaRepository<PlanningEntry, Long> {

    @Query("SELECT e FROM PlanningEntry e JOIN FETCH e.cadre JOIN FETCH e.term JOIN FETCH e.commune WHERE e.commune.id = :communeId"
            + " ORDER BY e.term.firstDay, e.kind, e.title, e.id")
    List<PlanningEntry> findByCommune(long communeId);

    @Query("SELECT e FROM PlanningEntry e JOIN FETCH e.cadre JOIN FETCH e.term JOIN FETCH e.commune WHERE e.cadre.id = :cadreId ORDER BY e.term.firstDay, e.id")
    List<PlanningEntry> findByCadre(long cadreId);

    @Query("SELECT e FROM PlanningEntry e JOIN FETCH e.cadre JOIN FETCH e.term JOIN FETCH e.commune WHERE e.commune.id = :communeId"
            + " AND e.term.id = :termId AND e.title = :title")
    List<PlanningEntry> findByCommuneTermTitle(long communeId, long termId, PlannedTitle title);

    String OPEN = " (e.state = vn.tayninh.dashboard.planning.EntryState.PROPOSED OR e.state = vn.tayninh.dashboard.planning.EntryState.APPROVED AND e.effectiveDate <= :date"
            + " AND (e.endDate IS NULL OR e.endDate > :date))";

    @Query("SELECT e FROM PlanningEntry e JOIN FETCH e.cadre JOIN FETCH e.term JOIN FETCH e.commune WHERE" + OPEN
            + " ORDER BY e.commune.id, e.term.firstDay, e.kind, e.title, e.id")
    List<PlanningEntry> findOpen(java.time.LocalDate date);

    @Query("SELECT e FROM PlanningEntry e JOIN FETCH e.cadre JOIN FETCH e.term JOIN FETCH e.commune"
            + " WHERE e.commune.id = :communeId AND" + OPEN + " ORDER BY e.term.firstDay, e.kind, e.title, e.id")
    List<PlanningEntry> findOpen(long communeId, java.time.LocalDate date);
}
