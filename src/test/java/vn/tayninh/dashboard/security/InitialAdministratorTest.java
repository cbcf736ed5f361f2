package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.base.Translations;

/** A production start with an initial password creates one administrator, hashed, and no demo account. */
@SpringBootTest(properties = {"app.demo-accounts=false", "app.initial-admin-password=mat-khau-ban-dau-2026"})
@ActiveProfiles("test")
class InitialAdministratorTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void createsTheAdministratorOnceOnAnEmptyDatabase() {
        assertThat(users.findAll()).singleElement().satisfies(user -> {
            assertThat(user.getUsername()).isEqualTo("quantri");
            assertThat(user.getRole()).isEqualTo(Role.ADMIN);
            assertThat(user.isDemo()).isFalse();
            assertThat(user.displayName(Translations.VIETNAMESE)).isEqualTo("Quản trị hệ thống");
            assertThat(user.displayName(Translations.ENGLISH)).isEqualTo("System administrator");
            assertThat(user.getPasswordHash()).doesNotContain("mat-khau-ban-dau-2026");
            assertThat(passwordEncoder.matches("mat-khau-ban-dau-2026", user.getPasswordHash())).isTrue();
        });
    }
}
