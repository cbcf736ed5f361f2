package vn.tayninh.dashboard.explanation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExplanationRepository extends JpaRepository<Explanation, Long>, JpaSpecificationExecutor<Explanation> {

    boolean existsByCommuneIdAndTargetCodeAndStateIn(long communeId, String targetCode,
                                                     Collection<ExplanationState> states);

    /**
     * A request with its row locked until the transaction ends: two steps on one request (an accept and a return at
     * the same moment) then happen one after the other, and the second sees the state the first left. A plain
     * {@code FOR UPDATE}: MariaDB refuses the {@code FOR UPDATE OF} that Hibernate writes for a lock mode
     * (docs/decisions/plain-for-update.md).
     */
    @Query(value = "SELECT * FROM explanation WHERE id = :id FOR UPDATE", nativeQuery = true)
    Optional<Explanation> lockById(long id);

    /** Requests past their due date, unanswered or returned, whose going overdue was not announced yet. */
    @Query("""
            SELECT e FROM Explanation e JOIN FETCH e.commune
            WHERE e.state IN :states AND e.dueDate < :today AND e.overdueAnnounced = false
            ORDER BY e.id""")
    List<Explanation> findNewlyOverdue(Collection<ExplanationState> states, LocalDate today);

    /**
     * Marks a request's going overdue as announced, without moving its version (a form open on it stays valid);
     * 0 when it was marked already, by another instance at the same moment.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("UPDATE Explanation e SET e.overdueAnnounced = true WHERE e.id = :id AND e.overdueAnnounced = false")
    int markOverdueAnnounced(long id);
}
