package vn.tayninh.dashboard;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How the province dashboard feels in a browser, against the production jar on localhost: the time from
 * navigation to every chart drawn in headless Chromium, and the server memory each open dashboard session
 * holds. Run after {@code ./mvnw -DskipTests package} with
 * {@code ./mvnw -Pbenchmark test -Dtest=DashboardLoadBenchmark}; results in target/benchmark/browser.md.
 */
@Tag("benchmark")
class DashboardLoadBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = Integer.getInteger("benchmark.runs", 15);
    private static final int SESSIONS = Integer.getInteger("benchmark.sessions", 20);

    @Test
    void timeToChartsAndMemoryPerSession() throws Exception {
        Path workDir = Files.createTempDirectory("dashboard-benchmark");
        try (RunningJar app = RunningJar.start(workDir, "app.log", "-XX:+UseG1GC");
             BrowserSession browser = new BrowserSession()) {
            Page page = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
            long[] millis = new long[RUNS];
            for (int i = -WARM_UP; i < RUNS; i++) {
                long started = System.nanoTime();
                page.navigate(app.baseUrl() + "/tong-quan");
                page.waitForFunction("() => document.querySelectorAll('apex-chart').length >= 8"
                        + " && [...document.querySelectorAll('apex-chart')].every(c => c.hasAttribute('drawn'))");
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - started) / 1_000_000;
                }
            }
            page.context().close();

            long before = ServerHeap.usedAfterGcKb(app.pid());
            List<Page> sessions = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                Page session = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
                session.waitForFunction("() => document.querySelectorAll('apex-chart[drawn]').length >= 8");
                sessions.add(session);
            }
            long after = ServerHeap.usedAfterGcKb(app.pid());
            double perSessionKb = (after - before) / (double) SESSIONS;

            Arrays.sort(millis);
            String result = String.format("""
                    | measure | value |
                    |---|---|
                    | navigation to every chart drawn, median | %d ms |
                    | navigation to every chart drawn, p90 | %d ms |
                    | navigation to every chart drawn, min / max | %d / %d ms |
                    | server heap per open dashboard session (%d sessions) | %.0f KB |
                    """, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.9) - 1], millis[0], millis[RUNS - 1],
                    SESSIONS, perSessionKb);
            System.out.println(result);
            Files.createDirectories(Path.of("target", "benchmark"));
            Files.writeString(Path.of("target", "benchmark", "browser.md"), result);
            sessions.forEach(s -> s.context().close());
        }
    }

}
