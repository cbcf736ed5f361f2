package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tayninh.dashboard.Application;
import vn.tayninh.dashboard.ErrorLog;

/** The production profile refuses to start with demo accounts switched on or still present. */
@ErrorLog.Expected(loggers = "org.springframework.boot.SpringApplication",
        because = "the start is refused on purpose, and Spring Boot logs the refusal")
class ProductionSafetyTest {

    private final String database = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Test
    void refusesDemoAccountsSwitchedOn() {
        assertThatThrownBy(() -> start("mysql", "app.demo-accounts=true").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("app.demo-accounts must be false in production (profile mysql)");
    }

    @Test
    void refusesDemoAccountsLeftInTheDatabaseAndStartsOnceTheyAreGone() {
        start("test", "app.demo-accounts=true").close(); // a database that once ran the demo
        assertThatThrownBy(() -> start("mysql", "app.demo-accounts=false").close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("99 demo accounts or accounts with the demo password are still enabled")
                .hasMessageContaining("admin, bantochuc, lanhdao");

        String fresh = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test", "mysql")
                .run(arguments(fresh, "app.demo-accounts=false", "app.initial-admin-password=mot-mat-khau-rat-dai"))) {
            assertThat(app.getBean(AppUserRepository.class).findByUsername("quantri")).isPresent();
        }
    }

    private ConfigurableApplicationContext start(String profile, String demoAccounts) {
        return new SpringApplicationBuilder(Application.class).profiles("test", profile)
                .run(arguments(database, demoAccounts));
    }

    /** Command-line arguments, which win over config/application-mysql.properties: an in-memory H2 database. */
    private static String[] arguments(String url, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--spring.datasource.url=" + url,
                "--spring.datasource.driver-class-name=org.h2.Driver", "--spring.datasource.username=sa",
                "--spring.datasource.password=", "--server.port=0", "--app.demo-data=false"));
        for (String property : more) {
            args.add("--" + property);
        }
        return args.toArray(String[]::new);
    }
}
