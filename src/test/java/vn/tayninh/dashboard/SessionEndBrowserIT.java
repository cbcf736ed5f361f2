package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.security.BasicAuthProbe;

/**
 * How a signed-in session ends, in a real browser against the production jar. The jar runs with an idle timeout of
 * a minute (so the warning comes 20 seconds before the end, and a page tells the server of typing every 15 seconds);
 * the revocation test keeps both people busy.
 */
class SessionEndBrowserIT {

    private static final String TIMEOUT = "60s";
    private static final String ATTENTION = "/can-chu-y";

    static RunningJar app;
    static BrowserSession browser;

    @BeforeAll
    static void start() throws Exception {
        app = RunningJar.start(Files.createTempDirectory("session-test"), "app.log", List.of(),
                List.of("--server.servlet.session.timeout=" + TIMEOUT));
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
    void theAdministratorDisablesALeaderWhoseNextNavigationLandsOnTheSignInPageWithTheReason() throws Exception {
        Page leader = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
        leader.locator("vaadin-side-nav-item").first().waitFor();
        assertThat(BasicAuthProbe.status(port(), "lanhdao:demo123")).isEqualTo(200);

        Page admin = browser.signIn(app.baseUrl(), "admin", 1366, 768);
        admin.navigate(app.baseUrl() + "/quan-tri/nguoi-dung");
        admin.locator("vaadin-button[aria-label='Khóa tài khoản: lanhdao']").click();
        // locking is confirmed first
        admin.locator("vaadin-confirm-dialog#account-lock-confirm vaadin-button[slot='confirm-button']").click();
        admin.locator("vaadin-button[aria-label='Mở khóa tài khoản: lanhdao']").waitFor();

        // the API refuses the account's credentials at once
        assertThat(BasicAuthProbe.status(port(), "lanhdao:demo123")).isEqualTo(401);

        leader.locator("vaadin-side-nav-item[path$='" + ATTENTION.substring(1) + "']").click();
        leader.waitForURL(url -> url.contains("/login"));
        Locator reason = leader.locator("#sign-in-reason");
        reason.waitFor();
        assertThat(reason.textContent()).contains("quản trị viên vừa thay đổi tài khoản của bạn");
        assertThat(errorLines()).isEmpty();
        leader.context().close();
        admin.context().close();
    }

    @Test
    void anIdlePageWarnsThenEndsAndSigningInAgainReturnsToIt() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        page.navigate(app.baseUrl() + ATTENTION);
        page.waitForURL(url -> url.endsWith(ATTENTION));

        Locator stay = page.locator("#session-timeout-stay");
        stay.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(page.locator(".session-timeout-warning h2").textContent()).isEqualTo("Phiên làm việc sắp hết hạn");
        stay.click();
        stay.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));

        // after staying, the session outlives its first end: the warning comes again, on the new clock
        stay.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
        assertThat(page.url()).endsWith(ATTENTION);

        // left alone, the page reloads at the end and lands on the sign-in page, which says why
        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(90_000));
        assertThat(page.locator("#sign-in-reason").textContent()).contains("Phiên làm việc đã hết hạn");

        page.locator("vaadin-login-form input[name=username]").fill("bantochuc");
        page.locator("vaadin-login-form input[name=password]").fill("demo123");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        // back on the page (Spring Security marks the saved request's address with ?continue)
        page.waitForURL(url -> url.contains(ATTENTION) && !url.contains("/login"));
        assertThat(errorLines()).isEmpty();
        page.context().close();
    }

    @Test
    void aClickRightAfterLoadingThenNothingEndsTheSessionAtTheTimeoutNotLater() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        page.navigate(app.baseUrl() + ATTENTION);
        page.waitForURL(url -> url.endsWith(ATTENTION));
        page.locator("vaadin-side-nav-item").first().waitFor();

        // a click shortly after loading that asks the server something (a move to another page within the app),
        // then nothing at all: the server's clock counts from this round trip, and so must the page's
        page.locator("vaadin-side-nav-item:not([path$='" + ATTENTION.substring(1) + "'])").first().click();
        page.waitForURL(url -> !url.endsWith(ATTENTION));
        long clicked = System.nanoTime();

        // the page lands on the sign-in page about a timeout (60 s) after the click, not at the second warning
        page.waitForURL(url -> url.contains("/login"), new Page.WaitForURLOptions().setTimeout(85_000));
        long seconds = (System.nanoTime() - clicked) / 1_000_000_000L;
        assertThat(seconds).isBetween(55L, 75L);
        assertThat(page.locator("#sign-in-reason").textContent()).contains("Phiên làm việc đã hết hạn");
        page.context().close();
    }

    @Test
    void typingWithoutAnyRequestKeepsTheSession() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        page.navigate(app.baseUrl() + ATTENTION);
        page.waitForURL(url -> url.endsWith(ATTENTION));

        // a person typing for longer than the timeout, keys that send nothing to the server by themselves
        long end = System.currentTimeMillis() + 80_000;
        while (System.currentTimeMillis() < end) {
            page.keyboard().press("Shift");
            page.waitForTimeout(1_000);
            assertThat(page.locator("#session-timeout-stay").count()).isZero();
        }

        assertThat(page.url()).endsWith(ATTENTION);
        page.locator("vaadin-side-nav-item").first().click();
        page.waitForURL(url -> !url.endsWith(ATTENTION));
        assertThat(page.url()).doesNotContain("/login");
        page.context().close();
    }

    private static int port() {
        return Integer.parseInt(app.baseUrl().substring(app.baseUrl().lastIndexOf(':') + 1));
    }

    private static List<String> errorLines() throws Exception {
        return app.log().lines().filter(line -> line.matches("^\\S+\\s+ERROR\\b.*")).toList();
    }
}
