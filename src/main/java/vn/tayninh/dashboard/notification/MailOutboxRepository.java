package vn.tayninh.dashboard.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailOutboxRepository extends JpaRepository<MailOutboxEntry, Long> {

    /** The e-mails nobody is trying now and whose next try is due, oldest first. */
    @Query("SELECT m.id FROM MailOutboxEntry m WHERE m.claimedUntil IS NULL OR m.claimedUntil < :now ORDER BY m.id")
    List<Long> due(Instant now, Pageable page);

    /** Takes an e-mail for one try until {@code until}; 0 when another try holds it (here or on another instance). */
    @Modifying
    @Query("UPDATE MailOutboxEntry m SET m.claimedUntil = :until WHERE m.id = :id"
            + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
    int claim(long id, Instant now, Instant until);

    /** Makes every refused e-mail due at once (not one being tried now: it has not failed yet). */
    @Modifying
    @Query("UPDATE MailOutboxEntry m SET m.claimedUntil = NULL WHERE m.attempts > 0")
    int makeFailedDue();

    @Query("SELECT m FROM MailOutboxEntry m JOIN FETCH m.notice ORDER BY m.id")
    List<MailOutboxEntry> findAllWithNotice();
}
