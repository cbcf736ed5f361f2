package vn.tayninh.dashboard.indicator;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * The set-up the H2 benchmarks beside {@link DashboardBenchmark} share: an H2 file database per benchmark and size
 * under {@code target/benchmark}, built by the real migrations, switched to, and filled; and the table of results
 * written beside it. With {@code -Dbenchmark.reuse=true} a file left by an earlier run of the same benchmark and size
 * is migrated and used as it is (building a million cadres takes minutes); the checksums of migrations edited since it
 * was built are repaired first.
 */
final class BenchmarkFiles {

    static final Path DIRECTORY = Path.of("target", "benchmark");

    private BenchmarkFiles() {
    }

    /** Fills a new database. */
    interface Filler {
        void fill(HikariDataSource dataSource) throws Exception;
    }

    /**
     * The database {@code name-size} switched to: new and filled by {@code fill}, or the earlier run's when reused.
     * Returns the milliseconds the filling took, 0 when reused.
     */
    static long open(String name, int size, Flyway flyway, DashboardBenchmark.SwitchableDataSource database,
                     Filler fill) throws Exception {
        Path file = DIRECTORY.resolve(name + "-" + size).toAbsolutePath();
        Files.createDirectories(DIRECTORY);
        boolean reuse = Boolean.getBoolean("benchmark.reuse") && Files.exists(Path.of(file + ".mv.db"));
        if (!reuse) {
            Files.deleteIfExists(Path.of(file + ".mv.db"));
            Files.deleteIfExists(Path.of(file + ".trace.db"));
        }
        HikariDataSource dataSource = DashboardBenchmark.BenchmarkDatabase.h2("jdbc:h2:file:" + file
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE");
        Flyway files = Flyway.configure().configuration(flyway.getConfiguration()).dataSource(dataSource).load();
        if (reuse) {
            // a migration edited since the file was built (a comment, a constraint): its checksum is taken as it is
            files.repair();
        }
        files.migrate();
        database.switchTo(dataSource);
        if (reuse) {
            System.out.println("Reusing " + file + ".mv.db");
            return 0;
        }
        long started = System.nanoTime();
        fill.fill(dataSource);
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** A run of which only a part is timed: returns the nanoseconds of that part ({@link #nanos}). */
    interface Part {
        long run() throws Exception;
    }

    /** Median and p90 of the timed parts of {@code runs} runs after {@code warmUps}. */
    static DashboardBenchmark.Timing timeParts(int warmUps, int runs, Part part) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            part.run();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = part.run();
        }
        return timing(nanos);
    }

    /** Median and p90 (nearest rank) of the given nanoseconds. */
    static DashboardBenchmark.Timing timing(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return new DashboardBenchmark.Timing(sorted[(int) Math.ceil(sorted.length / 2.0) - 1],
                sorted[(int) Math.ceil(0.9 * sorted.length) - 1]);
    }

    /** How long the task takes, in nanoseconds. */
    static long nanos(java.util.concurrent.Callable<?> task) throws Exception {
        long started = System.nanoTime();
        task.call();
        return System.nanoTime() - started;
    }

    /** Writes the table to {@code target/benchmark/<file>} and prints it. */
    static void writeResults(String file, List<String> table) throws Exception {
        Files.createDirectories(DIRECTORY);
        Files.write(DIRECTORY.resolve(file), table);
        System.out.println(String.join(System.lineSeparator(), table));
    }
}
