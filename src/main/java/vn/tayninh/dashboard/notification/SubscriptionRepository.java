package vn.tayninh.dashboard.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByUserIdOrderById(long userId);

    List<Subscription> findByKind(Subscription.Kind kind);

    boolean existsByKind(Subscription.Kind kind);

    /**
     * Moves the statuses last told from {@code seen} to {@code now}; 0 when another check got there first, which
     * then tells instead (so a change is told once even when two checks run at the same time).
     */
    @Modifying
    @Query("update Subscription s set s.lastStatuses = :now where s.id = :id"
            + " and (s.lastStatuses = :seen or (s.lastStatuses is null and :seen is null))")
    int moveStatuses(long id, String seen, String now);
}
