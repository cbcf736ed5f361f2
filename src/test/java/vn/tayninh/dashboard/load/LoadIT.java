package vn.tayninh.dashboard.load;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A short load run in every build (50 simulated users for 30 seconds by default; {@code -Dload.users},
 * {@code -Dload.seconds}): no error, and every acknowledged edit and quota increment is in the database. On H2,
 * and on MariaDB when LOAD_DB_URL names an empty database (.ci/run creates one). The full run is
 * {@link LoadBenchmark}.
 */
class LoadIT {

    @Test
    void shortRunOnH2() throws Exception {
        LoadRun.run("load-it-h2", LoadRun.plan(50, 30), List.of(), 0);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "LOAD_DB_URL", matches = "jdbc:(mysql|mariadb):.+")
    void shortRunOnMariaDb() throws Exception {
        LoadRun.run("load-it-mariadb", LoadRun.plan(50, 30), LoadRun.mariaDb(), 0);
    }
}
