package vn.tayninh.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.Map;

/** Headless Debian Chromium driven by Playwright; no browser is ever downloaded. */
public final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("chromium.path", "/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(java.nio.file.Path.of(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /** The browser itself, for contexts of particular settings. */
    public Browser browser() {
        return browser;
    }

    /** A page in a new browser context (its own cookies), not signed in. */
    public Page newPage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("vi-VN")).newPage();
    }

    /** A page as a phone shows it: the viewport, touch and a mobile browser's layout. */
    public Page newPhonePage(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setIsMobile(true).setHasTouch(true).setLocale("vi-VN")).newPage();
    }

    /** A phone's browser context signed in as {@code username}. */
    public Page signInPhone(String baseUrl, String username, int width, int height) {
        return signIn(baseUrl, username, newPhonePage(width, height));
    }

    /** A new browser context (its own cookies, so its own server session) signed in as {@code username}. */
    public Page signIn(String baseUrl, String username, int width, int height) {
        return signIn(baseUrl, username, newPage(width, height));
    }

    private Page signIn(String baseUrl, String username, Page page) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill("demo123");
        page.locator("vaadin-login-form input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
