package vn.tayninh.dashboard.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    @Query("select t from ApiToken t order by t.revokedAt nulls first, t.name")
    List<ApiToken> findAllForList();

    /** Counts a call and notes when it came, in one statement, without a version check (calls come at once). */
    @Modifying
    @Query("update ApiToken t set t.calls = t.calls + 1, t.lastUsedAt = :at where t.id = :id")
    int recordCall(long id, Instant at);
}
