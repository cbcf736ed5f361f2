package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar built by {@code package} starts with {@code java -jar} from another directory, in production mode,
 * creates its H2 file database under {@code ./data}, and finds the same data after a restart.
 */
class ProductionJarIT {

    @TempDir
    Path workDir;

    @Test
    void startsFromAnyDirectoryAndKeepsItsDataAcrossARestart() throws Exception {
        String firstLog = runOnce("first.log");
        Matcher generated = RunningJar.GENERATED.matcher(firstLog);
        assertThat(generated.find()).as("demo data generated on the first start").isTrue();
        assertThat(workDir.resolve("data/cadre-dashboard.mv.db")).exists();

        String secondLog = runOnce("second.log");
        Matcher kept = RunningJar.KEPT.matcher(secondLog);
        assertThat(kept.find()).as("data found again after the restart").isTrue();
        assertThat(kept.group(1)).isEqualTo(generated.group(1));
    }

    /** Starts the jar, checks what an anonymous browser sees, stops it, and returns its log. */
    private String runOnce(String logName) throws Exception {
        try (RunningJar app = RunningJar.start(workDir, logName)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(root.statusCode()).as("anonymous users are sent to the login page").isEqualTo(302);
            assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).as("production bundle, not the development server").contains("VAADIN/build/");
            app.close();
            return app.log();
        }
    }
}
