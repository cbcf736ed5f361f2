package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The export queue as people see it, in a real browser against the production jar. The jar runs with one export
 * worker and {@code app.exports.hold-file}: while that file exists the worker holds the job it took, so the queue
 * fills behind it deterministically (no waiting on timing). Four people ask for a statistics table; their places are
 * shown; one cancels with the button, one leaves the page, and the last one's place moves up each time; when the
 * worker is let go, the first and the last get their files, and no temporary file is left.
 * <p>
 * Also the connection indicator: with the network cut, the page says so in Vietnamese, or in English once chosen.
 */
class ExportQueueBrowserIT {

    private static final String STATISTICS = "thong-ke-";

    static RunningJar app;
    static BrowserSession browser;
    static Path hold;
    static Path exportFiles;

    @BeforeAll
    static void start() throws Exception {
        Path work = Files.createTempDirectory("export-queue-test");
        hold = work.resolve("hold");
        exportFiles = work.resolve("exports");
        app = RunningJar.start(work, "app.log", List.of(), List.of("--app.exports.workers=1",
                "--app.exports.hold-file=" + hold, "--app.exports.dir=" + exportFiles));
        browser = new BrowserSession();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void peopleSeeTheirPlaceMayCancelAndLeavingThePageGivesItUp() throws Exception {
        Files.writeString(hold, "held");
        Page first = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
        Page second = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        Page third = browser.signIn(app.baseUrl(), "admin", 1366, 768);
        Page fourth = browser.signIn(app.baseUrl(), "xa-hung-dien", 1366, 768);
        for (Page page : List.of(first, second, third)) {
            page.navigate(app.baseUrl() + "/tong-quan");
        }
        fourth.navigate(app.baseUrl() + "/xa-phuong/xa-hung-dien");
        List<Download> firstFiles = downloads(first);
        List<Download> fourthFiles = downloads(fourth);

        ExportBrowserIT.exportFromMenu(first, STATISTICS);
        awaitStatus(first, "Đang tạo thong-ke-");
        ExportBrowserIT.exportFromMenu(second, STATISTICS);
        awaitStatus(second, "thứ 1 trong hàng đợi");
        ExportBrowserIT.exportFromMenu(third, STATISTICS);
        awaitStatus(third, "thứ 2 trong hàng đợi");
        ExportBrowserIT.exportFromMenu(fourth, STATISTICS);
        awaitStatus(fourth, "thứ 3 trong hàng đợi");

        // the third person cancels with the button; the fourth moves up
        third.locator("vaadin-button.export-cancel").click();
        awaitStatus(third, "Đã hủy tạo thong-ke-");
        awaitStatus(fourth, "thứ 2 trong hàng đợi");
        assertThat(ExportBrowserIT.exportEnabled(third, STATISTICS)).isTrue();

        // the second leaves the page for another; the fourth moves up again
        second.locator("vaadin-side-nav-item[path$='can-chu-y']").click();
        second.waitForURL(url -> url.endsWith("/can-chu-y"));
        awaitStatus(fourth, "thứ 1 trong hàng đợi");

        // the worker is let go: the first file, then the fourth's
        Files.delete(hold);
        first.waitForCondition(() -> !firstFiles.isEmpty(), new Page.WaitForConditionOptions().setTimeout(60_000));
        fourth.waitForCondition(() -> !fourthFiles.isEmpty(), new Page.WaitForConditionOptions().setTimeout(60_000));
        assertThat(firstFiles.getFirst().suggestedFilename()).startsWith("thong-ke-tay-ninh-").endsWith(".xlsx");
        assertThat(fourthFiles.getFirst().suggestedFilename()).startsWith("thong-ke-xa-hung-dien-").endsWith(".xlsx");
        assertThat(new String(Files.readAllBytes(fourthFiles.getFirst().path()), 0, 2,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        awaitStatus(first, "Đã tạo thong-ke-");
        // every temporary file is gone once handed over
        first.waitForCondition(() -> temporaryFiles().isEmpty(), new Page.WaitForConditionOptions().setTimeout(30_000));
        assertThat(app.errorLines()).isEmpty();
        for (Page page : List.of(first, second, third, fourth)) {
            page.context().close();
        }
    }

    @Test
    void aLostConnectionIsToldInVietnameseOrInEnglish() {
        Page page = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        page.navigate(app.baseUrl() + "/can-chu-y");
        page.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(connectionMessages(page)).containsExactly("Mất kết nối với máy chủ. Hãy kiểm tra mạng rồi tải lại trang.",
                "Mất kết nối với máy chủ, đang thử kết nối lại…", "Đã kết nối lại với máy chủ");
        page.context().close();

        Page english = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
        english.navigate(app.baseUrl() + "/can-chu-y");
        english.locator("vaadin-button", new Page.LocatorOptions().setHasText("English")).click();
        english.waitForFunction("() => document.documentElement.lang === 'en'");
        english.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(connectionMessages(english)).containsExactly(
                "Connection to the server lost. Check the network, then reload the page.",
                "Connection to the server lost, trying to reconnect…", "Connected to the server again");
        english.context().close();
    }

    /**
     * What the connection indicator says when the network goes (the browser offline), when it comes back but the server
     * cannot be reached (every request of the page cut: Flow tries again), and once the server answers again.
     */
    private static List<String> connectionMessages(Page page) {
        List<String> messages = new ArrayList<>();
        // the page's own round trips first (a grid that fills the screen asks for more rows after it is drawn): a
        // request cut by the network would make the indicator say "reconnecting" before it can say "offline"
        page.waitForFunction("() => window.Vaadin?.Flow?.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && [...document.querySelectorAll('vaadin-grid')].every(g => !g.hasAttribute('loading'))");
        BrowserContext context = page.context();
        context.route("**/*", route -> route.abort());
        context.setOffline(true);
        awaitIndicator(page, "offline");
        messages.add(statusText(page));
        context.setOffline(false);
        awaitIndicator(page, "reconnecting");
        messages.add(statusText(page));
        context.unrouteAll();
        page.waitForFunction("() => { const i = document.querySelector('vaadin-connection-indicator');"
                + " return !i.hasAttribute('reconnecting') && !i.hasAttribute('offline'); }", null,
                new Page.WaitForFunctionOptions().setTimeout(60_000));
        messages.add(statusText(page));
        return messages;
    }

    private static void awaitIndicator(Page page, String state) {
        try {
            page.waitForFunction("s => document.querySelector('vaadin-connection-indicator').hasAttribute(s)", state,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
        } catch (RuntimeException e) {
            throw new AssertionError("the indicator never showed " + state + ": " + page.evaluate(
                    "() => document.querySelector('vaadin-connection-indicator').outerHTML + ' '"
                            + " + (window.Vaadin.connectionState && window.Vaadin.connectionState.state)"), e);
        }
    }

    private static String statusText(Page page) {
        return ((String) page.evaluate("() => document.querySelector('vaadin-connection-indicator .v-status-message')"
                + ".textContent")).strip();
    }

    private static List<Download> downloads(Page page) {
        List<Download> files = new ArrayList<>();
        page.onDownload(files::add);
        return files;
    }

    private static void awaitStatus(Page page, String text) {
        page.locator(".export-status", new Page.LocatorOptions().setHasText(text)).first()
                .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
    }

    private static List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.walk(exportFiles)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
