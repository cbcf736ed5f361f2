package vn.tayninh.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.tayninh.dashboard.RunningJar;

/**
 * The 200-person load run through HAProxy on one instance, then on two, in the same run on the same machine and
 * database (the demo data, on CLUSTER_DB_URL): requests per second, p95 and errors of each, and their ratio. The
 * second instance sits in the balancer in both runs and is only disabled for the first, as an operator drains one.
 * Run after {@code ./mvnw -DskipTests package} with
 * {@code CLUSTER_DB_URL=… DB_USERNAME=… DB_PASSWORD=… ./mvnw -Pbenchmark test -Dtest=ClusterBenchmark}
 * ({@code -Dload.users}, {@code -Dload.seconds}; 200 people for 120 s each by default); results in
 * {@code target/load/cluster-benchmark.md}.
 */
@Tag("benchmark")
@EnabledIfEnvironmentVariable(named = "CLUSTER_DB_URL", matches = "jdbc:(mysql|mariadb):.+")
class ClusterBenchmark {

    private static final String PASSWORD = "mat-khau-do-tai-cum";

    @Test
    void oneInstanceAgainstTwo() throws Exception {
        ClusterDatabase database = ClusterDatabase.emptied();
        Path workDir = Files.createTempDirectory("cluster-benchmark");
        // the demo data is written by one instance before the other starts
        try (RunningJar a = RunningJar.launch(workDir, "a.log", RunningJar.freePort(),
                database.environment(Map.of("APP_DEMO_DATA", "true")), List.of())) {
            a.awaitLog(RunningJar.GENERATED);
            try (RunningJar b = RunningJar.launch(workDir, "b.log", RunningJar.freePort(), database.environment(Map.of()),
                    List.of())) {
                b.awaitLog(Pattern.compile("Started Application"));
                database.createAccounts(PASSWORD);
                try (Balancer balancer = Balancer.start(workDir, a.port(), b.port())) {
                    LoadDriver.Plan plan = LoadRun.plan(200, 120);
                    balancer.disable("app2");
                    balancer.awaitState("app2", "MAINT", Duration.ofSeconds(10));
                    LoadDriver one = run(balancer, plan);
                    balancer.enable("app2");
                    balancer.awaitState("app2", "UP", Duration.ofSeconds(30));
                    LoadDriver two = run(balancer, plan);
                    String report = "## One instance behind HAProxy\n\n" + one.report() + "\n\n## Two instances behind HAProxy\n\n"
                            + two.report() + "\n\n" + String.format("two against one: %.2f× the requests per second, p95 %.0f ms"
                            + " against %.0f ms; load average when the runs ended: %s", two.requestsPerSecond()
                            / one.requestsPerSecond(), two.p95(), one.p95(), Files.readString(Path.of("/proc/loadavg")).strip());
                    System.out.println(report);
                    Files.createDirectories(Path.of("target", "load"));
                    Files.writeString(Path.of("target", "load", "cluster-benchmark.md"), report + "\n");
                    assertThat(one.errors()).isZero();
                    assertThat(two.errors()).isZero();
                }
            }
        }
    }

    private static LoadDriver run(Balancer balancer, LoadDriver.Plan plan) throws InterruptedException {
        LoadDriver driver = new LoadDriver(balancer.baseUrl(), plan, PASSWORD);
        driver.run();
        assertThat(driver.verify()).as("every acknowledged edit is in the database, nothing else").isEmpty();
        return driver;
    }
}
