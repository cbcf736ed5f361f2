package vn.tayninh.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.tayninh.dashboard.RunningJar;

/**
 * The production jar started as an operator starts it: from an empty directory (no {@code ./config/}) with only
 * environment variables. The {@code mysql} profile's defaults are inside the jar, so it runs on the MariaDB database
 * of CLUSTER_DB_URL and writes nothing to its directory; pointed at an H2 database it refuses to start and says why.
 */
@EnabledIfEnvironmentVariable(named = "CLUSTER_DB_URL", matches = "jdbc:(mysql|mariadb):.+")
class ProductionProfileIT {

    @Test
    void runsOnMariaDbFromAnEmptyDirectory() throws Exception {
        ClusterDatabase database = ClusterDatabase.emptied();
        Path workDir = Files.createTempDirectory("profile-mariadb");
        try (RunningJar app = RunningJar.launch(workDir, "app.log", RunningJar.freePort(),
                database.environment(Map.of("APP_INITIAL_ADMIN_PASSWORD", ClusterDatabase.ADMIN_PASSWORD)), List.of())) {
            app.awaitLog(Pattern.compile("Started Application"));
            assertThat(database.count("SELECT COUNT(*) FROM app_user WHERE username = 'quantri'")).isEqualTo(1);
            assertThat(database.count("SELECT COUNT(*) FROM commune")).isEqualTo(96);
            try (var files = Files.list(workDir)) {
                assertThat(files.map(path -> path.getFileName().toString())).containsExactly("app.log");
            }
            assertThat(app.errorLines()).isEmpty();
        }
    }

    @Test
    void refusesAnH2DatabaseWithAClearMessage() throws Exception {
        Path workDir = Files.createTempDirectory("profile-h2");
        RunningJar app = RunningJar.launch(workDir, "app.log", RunningJar.freePort(),
                Map.of("SPRING_PROFILES_ACTIVE", "mysql", "DB_URL", "jdbc:h2:file:./data/cadre-dashboard"), List.of());
        assertThat(app.awaitExit()).isNotZero();
        assertThat(app.log()).contains("The mysql profile runs only on MySQL or MariaDB, but the database URL is"
                + " 'jdbc:h2:file:./data/cadre-dashboard'. Set DB_URL to jdbc:mysql://");
        assertThat(workDir.resolve("data")).doesNotExist();
    }
}
