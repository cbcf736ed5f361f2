package vn.tayninh.dashboard;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The production jar built by {@code package}, started with {@code java -jar} in a directory of the test's
 * choosing on a free port, and stopped on close. Ready once the server has started and the demo data is in.
 */
public final class RunningJar implements AutoCloseable {

    public static final Pattern GENERATED = Pattern.compile("Demo data: 96 communes, (\\d+) cadre records generated");
    public static final Pattern KEPT = Pattern.compile("the database already holds (\\d+) cadre records");

    private static final Pattern ERROR_LINE = Pattern.compile("^\\S+\\s+ERROR\\s");

    private final Process process;
    private final Path log;
    private final int port;

    private RunningJar(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    public static RunningJar start(Path workDir, String logName, String... jvmOptions) throws Exception {
        return start(workDir, logName, List.of(jvmOptions), List.of());
    }

    /** Starts the jar with JVM options and application arguments (such as another database). */
    public static RunningJar start(Path workDir, String logName, List<String> jvmOptions, List<String> arguments)
            throws Exception {
        int port = freePort();
        Path log = workDir.resolve(logName);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        RunningJar jar = new RunningJar(process, log, port);
        jar.waitUntilReady();
        return jar;
    }

    /**
     * Starts the jar on the given port with extra environment variables (as an operator's service would) and returns
     * at once: the caller waits with {@link #awaitLog} for what it needs, so that several jars can start together.
     */
    public static RunningJar launch(Path workDir, String logName, int port, Map<String, String> environment,
                                    List<String> arguments) throws IOException {
        Path log = workDir.resolve(logName);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new RunningJar(builder.start(), log, port);
    }

    /**
     * Waits until the log holds the pattern; fails when the process ends first or after six minutes (a start takes
     * half a minute, but several minutes on a machine whose two cores many builds share).
     */
    public void awaitLog(Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(360);
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && pattern.matcher(Files.readString(log)).find()) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the jar stopped before logging " + pattern + ":\n" + log());
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the jar did not log " + pattern + " within 360 s:\n" + log());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            throw new AssertionError("the jar is still running after 180 s");
        }
        return process.exitValue();
    }

    /** Ends the process at once (SIGKILL), as a crash or an out-of-memory kill would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The lines of the log at level ERROR. */
    public List<String> errorLines() throws IOException {
        return log().lines().filter(line -> ERROR_LINE.matcher(line).find()).toList();
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void waitUntilReady() throws Exception {
        // a shared, busy build machine may need longer: -Djar.startSeconds=600
        long seconds = Long.getLong("jar.startSeconds", 180);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            // the demo data is written after the server has started: wait for it, or a kill would cut it short
            if (text.contains("Started Application") && (GENERATED.matcher(text).find() || KEPT.matcher(text).find())) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the jar stopped before starting:\n" + text);
            }
            Thread.sleep(250);
        }
        close();
        throw new AssertionError("the jar did not start within " + seconds + " s:\n" + Files.readString(log));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("cadre-dashboard-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar")).toList();
            if (jars.size() != 1) {
                throw new AssertionError("expected the one jar built by package, found " + jars);
            }
            return jars.getFirst().toAbsolutePath();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
