package vn.tayninh.dashboard.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u from AppUser u left join fetch u.commune")
    List<AppUser> findAllWithCommune();

    /** Counts one more failed attempt unless the account is locked at {@code now}: 1 when counted, else 0. */
    @Modifying
    @Query("update AppUser u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username"
            + " and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int countAttempt(String username, Instant now);

    /** Locks the account once it has counted {@code max} attempts, starting the count again. */
    @Modifying
    @Query("update AppUser u set u.lockedUntil = :until, u.failedAttempts = 0 where u.username = :username"
            + " and u.failedAttempts >= :max")
    int lockWhenReached(String username, int max, Instant until);

    @Query("select u.lockedUntil from AppUser u where u.username = :username")
    Instant findLockedUntil(String username);

    @Query("select count(u) > 0 from AppUser u where u.username = :username"
            + " and (u.failedAttempts > 0 or u.lockedUntil is not null)")
    boolean hasAttemptsOrLock(String username);

    /** A successful login forgets the attempts counted and lifts a lock set meanwhile. */
    @Modifying
    @Query("update AppUser u set u.failedAttempts = 0, u.lockedUntil = null where u.username = :username"
            + " and (u.failedAttempts > 0 or u.lockedUntil is not null)")
    int forgetAttempts(String username);

    @Query("select u from AppUser u where u.enabled = true and u.role in :roles order by u.id")
    List<AppUser> findEnabledByRoleIn(Set<Role> roles);

    @Query("select u from AppUser u where u.enabled = true and u.role = vn.tayninh.dashboard.security.Role.COMMUNE_EDITOR"
            + " and u.commune.id = :communeId order by u.id")
    List<AppUser> findEnabledEditorsOf(long communeId);

    /** The security stamp of an enabled account, by primary key; empty when the account is disabled or gone. */
    @Query("select u.securityStamp from AppUser u where u.id = :id and u.enabled = true")
    Optional<Long> findEnabledSecurityStamp(long id);

    @Query("select u.passwordChangeRequired from AppUser u where u.id = :id")
    Optional<Boolean> findPasswordChangeRequired(long id);

    @Query("select u.username from AppUser u")
    Set<String> findAllUsernames();

    /** Takes a code's 30-second step if it is later than the last one taken: 0 when the code was used already. */
    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.totpLastStep = :step, u.factorFailures = 0 where u.id = :id"
            + " and (u.totpLastStep is null or u.totpLastStep < :step)")
    int takeCodeStep(long id, long step);

    /** Replaces the recovery codes left if nobody changed them meanwhile: 0 when the code was just used elsewhere. */
    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.recoveryCodes = :after, u.factorFailures = 0 where u.id = :id"
            + " and u.recoveryCodes = :before")
    int takeRecoveryCode(long id, String before, String after);

    @Modifying(clearAutomatically = true)
    @Query("update AppUser u set u.factorFailures = u.factorFailures + 1 where u.id = :id")
    int countFactorFailure(long id);

    @Query("select u.factorFailures from AppUser u where u.id = :id")
    int findFactorFailures(long id);
}
