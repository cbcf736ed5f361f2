package vn.tayninh.dashboard.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select u from AppUser u left join fetch u.commune")
    List<AppUser> findAllWithCommune();

    @Query("select u.username from AppUser u")
    Set<String> findAllUsernames();
}
