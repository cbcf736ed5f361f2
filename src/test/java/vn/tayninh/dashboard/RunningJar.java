package vn.tayninh.dashboard;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
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
        throw new AssertionError("the jar did not start within 180 s:\n" + Files.readString(log));
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
