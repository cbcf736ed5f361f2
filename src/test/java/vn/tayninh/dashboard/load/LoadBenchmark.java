package vn.tayninh.dashboard.load;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full load run: 200 simulated users for 5 minutes against the production jar on H2, after measuring the
 * heap that 50 open dashboard sessions hold; with {@code -Dload.db=mariadb} on the database named by LOAD_DB_URL.
 * Run after {@code ./mvnw -DskipTests package} with {@code ./mvnw -Pbenchmark test -Dtest=LoadBenchmark}
 * ({@code -Dload.users=…}, {@code -Dload.seconds=…} for other sizes); results in {@code target/load/}.
 * <p>
 * With {@code -Dload.exporters=N}: the export queue under load instead ({@link LoadRun#runWithExporters}): the heap an
 * open session holds after an export through the page, then the users alone and the users with N people exporting
 * through the pages in a loop (each {@code load.seconds}).
 * <p>
 * With {@code -Dload.writerPhases=true}: whether writes slow readers ({@link LoadRun#runWriterPhases}): the same people
 * without any writer, then with the commune editors and quota editors, each {@code load.seconds}, on one jar.
 */
@Tag("benchmark")
class LoadBenchmark {

    @Test
    void twoHundredUsersForFiveMinutes() throws Exception {
        int exporters = Integer.getInteger("load.exporters", 0);
        if (exporters > 0) {
            LoadRun.runWithExporters("load-benchmark-exports", LoadRun.plan(200, 300), exporters,
                    Integer.getInteger("load.sessions", 30));
            return;
        }
        boolean mariaDb = "mariadb".equals(System.getProperty("load.db"));
        if (Boolean.getBoolean("load.writerPhases")) {
            LoadRun.runWriterPhases(mariaDb ? "load-writers-mariadb" : "load-writers-h2", LoadRun.plan(200, 300),
                    mariaDb ? LoadRun.mariaDb() : List.of());
            return;
        }
        LoadRun.run(mariaDb ? "load-benchmark-mariadb" : "load-benchmark-h2", LoadRun.plan(200, 300),
                mariaDb ? LoadRun.mariaDb() : List.of(), Integer.getInteger("load.sessions", 50));
    }
}
