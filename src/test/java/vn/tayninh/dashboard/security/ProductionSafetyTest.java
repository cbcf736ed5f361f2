package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.Application;
import vn.tayninh.dashboard.ErrorLog;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.commune.CommuneService;

/**
 * The production profile refuses to start on any database but MySQL or MariaDB, with demo accounts switched on, or
 * with demo accounts still present. The profile itself runs only on MySQL or MariaDB (ProductionProfileIT,
 * ClusterIT), so the account checks run here on the accounts of an H2 database, as the profile runs them at start.
 */
@SpringBootTest(properties = {"app.demo-accounts=false", "app.initial-admin-password=mot-mat-khau-rat-dai"})
@ActiveProfiles("test")
@Transactional
@ErrorLog.Expected(loggers = "org.springframework.boot.SpringApplication",
        because = "the start is refused on purpose, and Spring Boot logs the refusal")
class ProductionSafetyTest {

    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    CommuneService communes;

    @Test
    void refusesToStartTheProductionProfileOnH2() {
        String h2 = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("test", "mysql")
                .run("--spring.datasource.url=" + h2, "--server.port=0").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("The mysql profile runs only on MySQL or MariaDB, but the database URL is 'jdbc:h2:mem:")
                .hasMessageContaining("Set DB_URL to jdbc:mysql://");
    }

    @Test
    void refusesDemoAccountsSwitchedOn() {
        assertThatThrownBy(() -> check(true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("app.demo-accounts must be false in production (profile mysql)");
    }

    @Test
    void refusesDemoAccountsLeftInTheDatabaseAndStartsOnceTheyAreGone() {
        assertThat(users.findByUsername("quantri")).isPresent();
        check(false);

        new DemoAccounts(users, communes, passwordEncoder).run(); // a database that once ran the demo
        assertThatThrownBy(() -> check(false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("99 demo accounts or accounts with the demo password are still enabled")
                .hasMessageContaining("admin, bantochuc, lanhdao");

        users.findAll().stream().filter(AppUser::isDemo).forEach(user -> user.setEnabled(false));
        users.flush();
        check(false);
    }

    private void check(boolean demoAccounts) {
        new ProductionSafety(users, passwordEncoder, new AppProperties(false, demoAccounts, "", "thongbao@localhost", java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(5))).run();
    }
}
