package vn.tayninh.dashboard;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class against its own production jar (started from a temporary directory, so with its own
 * demo database) and one headless Chromium, both stopped after the class.
 */
abstract class ProductionJarBrowserTest {

    static RunningJar app;
    static BrowserSession browser;

    @BeforeAll
    static void startJarAndBrowser() throws Exception {
        app = RunningJar.start(Files.createTempDirectory("browser-test"), "app.log");
        browser = new BrowserSession();
    }

    @AfterAll
    static void stopJarAndBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }
}
