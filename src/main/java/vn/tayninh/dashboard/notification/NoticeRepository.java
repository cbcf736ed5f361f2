package vn.tayninh.dashboard.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NoticeRepository extends JpaRepository<Notice, Long> {

    long countByUserIdAndReadAtIsNull(long userId);

    List<Notice> findByUserIdOrderByIdDesc(long userId, Pageable page);

    @Modifying
    @Query("update Notice n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant at);
}
