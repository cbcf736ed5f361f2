package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar built by {@code package} starts with {@code java -jar} from another directory, in production mode,
 * creates its H2 file database under {@code ./data}, and finds the same data after a restart.
 */
class ProductionJarIT {

    private static final Pattern GENERATED = Pattern.compile("Demo data: 96 communes, (\\d+) cadre records generated");
    private static final Pattern KEPT = Pattern.compile("the database already holds (\\d+) cadre records");

    @TempDir
    Path workDir;

    @Test
    void startsFromAnyDirectoryAndKeepsItsDataAcrossARestart() throws Exception {
        String firstLog = runOnce("first.log");
        Matcher generated = GENERATED.matcher(firstLog);
        assertThat(generated.find()).as("demo data generated on the first start").isTrue();
        assertThat(workDir.resolve("data/cadre-dashboard.mv.db")).exists();

        String secondLog = runOnce("second.log");
        Matcher kept = KEPT.matcher(secondLog);
        assertThat(kept.find()).as("data found again after the restart").isTrue();
        assertThat(kept.group(1)).isEqualTo(generated.group(1));
    }

    /** Starts the jar, waits for its demo data, checks what an anonymous browser sees, stops it, returns its log. */
    private String runOnce(String logName) throws Exception {
        int port = freePort();
        Path log = workDir.resolve(logName);
        Process app = new ProcessBuilder(javaExecutable(), "-Xmx1g", "-jar", jar().toString(),
                "--server.port=" + port)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            waitUntilStarted(app, log);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).as("anonymous users are sent to the login page").isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).as("production bundle, not the development server").contains("VAADIN/build/");
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        }
        return Files.readString(log);
    }

    private static void waitUntilStarted(Process app, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            // the demo data is written after the server has started: wait for it, or a kill would cut it short
            if (text.contains("Started Application") && (GENERATED.matcher(text).find() || KEPT.matcher(text).find())) {
                return;
            }
            if (!app.isAlive()) {
                throw new AssertionError("the jar stopped before starting:\n" + text);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the jar did not start within 180 s:\n" + Files.readString(log));
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(p -> p.getFileName().toString().matches("cadre-dashboard-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .toList();
            assertThat(jars).as("the jar built by package").hasSize(1);
            return jars.getFirst().toAbsolutePath();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
