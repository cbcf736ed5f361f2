package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A stranger's walk through the production build, once per role: every page the side navigation offers, moves
 * between two records of every page that takes one (by its own links and selectors, by addresses followed inside the
 * application, and by Back and Forward), wrong addresses, another role's page and another commune. After every step
 * the page must be inside the application frame, show no error or exception text, fit 1366 px without sideways
 * scrolling and have no critical or serious axe-core violation; the server must log no ERROR during the whole walk.
 * Every fault is collected, so one run reports them all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NavigationCrawlIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "crawl");
    /** Text that must never reach a user: framework error pages, exception names, stack traces. */
    private static final Pattern RAW_ERROR = Pattern.compile(
            "(?i)exception|could not navigate|whitelabel|error page|stack ?trace|internal error|\\bat [a-z]+\\.[a-z]+\\.|"
                    + "there was an|đã xảy ra lỗi");
    private static final String DENIED = "Không có quyền xem trang này";
    private static final String NOT_FOUND = "Không tìm thấy trang";

    private final List<String> faults = new ArrayList<>();
    private Page page;
    private String role;

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    @Order(0)
    void theSignInPageIsAccessibleAndUnknownAddressesLeadToIt() {
        role = "anonymous";
        page = browser.newPage(1366, 768);
        try {
            page.navigate(app.baseUrl() + "/khong-ton-tai");
            page.waitForURL(url -> url.endsWith("/login"));
            page.locator("vaadin-login-form").waitFor();
            page.waitForFunction("() => document.documentElement.lang === 'vi'");
            if (page.locator("main").count() != 1) {
                fault("sign-in page", "has no main landmark");
            }
            String text = page.locator("body").innerText();
            if (RAW_ERROR.matcher(text).find()) {
                fault("sign-in page", "shows error text");
            }
            Axe.serious(page).forEach(v -> fault("sign-in page", "axe: " + v));
            // the second sign-in step shows nothing without a password waiting for it
            page.navigate(app.baseUrl() + "/xac-thuc-hai-buoc");
            page.waitForURL(url -> url.endsWith("/login"));
            page.locator("vaadin-login-form").waitFor();
        } finally {
            page.context().close();
        }
        assertThat(faults).as("faults on the sign-in page").isEmpty();
    }

    @Test
    @Order(1)
    void anAdministratorWalksEveryPage() {
        walk("admin", () -> {
            everyPageOfTheNavigation();
            betweenTwoTargets();
            betweenTwoCommunes();
            entryForTwoCommunesByThePicker();
            wrongAddresses();
        });
    }

    @Test
    @Order(2)
    void theBoardWalksEveryPage() {
        walk("bantochuc", () -> {
            everyPageOfTheNavigation();
            betweenTwoTargets();
            betweenTwoCommunes();
            entryForTwoCommunesByThePicker();
            wrongAddresses();
            denied("quan-tri/nguoi-dung");
        });
    }

    @Test
    @Order(3)
    void aLeaderWalksEveryPage() {
        walk("lanhdao", () -> {
            everyPageOfTheNavigation();
            betweenTwoTargets();
            betweenTwoCommunes();
            wrongAddresses();
            denied("nhat-ky");
            denied("cap-nhat/xa-hung-dien");
            denied("chot-so-lieu");
            inEnglish();
        });
    }

    @Test
    @Order(4)
    void aCommuneEditorWalksEveryPage() {
        walk("xa-hung-dien", () -> {
            everyPageOfTheNavigation();
            betweenTwoTargets();
            betweenTwoCommunes();
            wrongAddresses();
            denied("chot-so-lieu");
            denied("quan-tri/nguoi-dung");

            // the side navigation's entry while on the editor's own entry page reuses the page
            open("cap-nhat/xa-hung-dien");
            clickNavigation("cap-nhat");
            page.waitForURL(url -> url.endsWith("/cap-nhat/xa-hung-dien"));
            check("side navigation to the entry page from the entry page");
            // another commune is refused inside the page; Back returns to the editor's own commune
            follow("cap-nhat/xa-thanh-hoa");
            page.getByText("Bạn không có quyền thay đổi dữ liệu của xã, phường này").waitFor();
            check("entry page of another commune");
            back("cap-nhat/xa-hung-dien");
            page.locator("#entry-cadres").waitFor();
            check("Back from another commune to the own entry page");
            forward("cap-nhat/xa-thanh-hoa");
        });
    }

    @Test
    @Order(5)
    void theServerLoggedNoErrorDuringTheWalk() throws Exception {
        List<String> errors = app.log().lines().filter(line -> line.matches("^\\S+\\s+ERROR\\b.*")).toList();
        assertThat(errors).as("ERROR lines in the server log").isEmpty();
    }

    // --- the walks -------------------------------------------------------------------------------------------

    private void everyPageOfTheNavigation() {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) page.evaluate(
                "() => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.path)");
        assertThat(paths).as(role + ": side navigation").isNotEmpty();
        for (String path : paths) {
            clickNavigation(path);
            check("side navigation to /" + path);
        }
    }

    private void betweenTwoTargets() {
        open("tong-quan");
        page.locator("a.target-card-link[href*='T1']").first().click();
        page.waitForURL(url -> url.contains("/chi-tieu/T1"));
        check("target T1 from its card");
        follow("chi-tieu/T2");
        check("target T2 from target T1");
        back("chi-tieu/T1");
        check("Back to target T1");
        forward("chi-tieu/T2");
        check("Forward to target T2");
        follow("chi-tieu");
        page.waitForURL(url -> url.contains("/chi-tieu/T1"));
        check("the target address without a target");
    }

    private void betweenTwoCommunes() {
        open("xa-phuong");
        page.locator("vaadin-grid").first().waitFor();
        page.waitForFunction("() => document.querySelector('vaadin-grid')?.shadowRoot?.querySelector('#items [part~=\"cell\"]')");
        page.locator("vaadin-grid").first().evaluate(
                "grid => grid.shadowRoot.querySelector('#items [part~=\"cell\"]').focus()");
        page.keyboard().press("Enter");
        page.waitForURL(url -> url.matches(".*/xa-phuong/[a-z0-9-]+.*"));
        String first = page.url().replaceAll(".*/xa-phuong/([a-z0-9-]+).*", "$1");
        check("a commune opened from the grid");
        String second = first.equals("xa-thanh-hoa") ? "xa-hung-dien" : "xa-thanh-hoa";
        follow("xa-phuong/" + second);
        page.getByText(second.equals("xa-thanh-hoa") ? "Xã Thạnh Hóa" : "Xã Hưng Điền").first().waitFor();
        check("another commune from a commune");
        back("xa-phuong/" + first);
        check("Back to the first commune");
        forward("xa-phuong/" + second);
        check("Forward to the second commune");
        follow("xa-phuong/khong-co-xa-nay");
        check("a commune that does not exist");
    }

    private void entryForTwoCommunesByThePicker() {
        open("cap-nhat/xa-hung-dien");
        page.locator("#entry-cadres").waitFor();
        check("entry page of Xã Hưng Điền");
        Locator picker = page.locator("#entry-commune input");
        picker.fill("Thạnh Hóa");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Xã Thạnh Hóa")).first().click();
        page.waitForURL(url -> url.endsWith("/cap-nhat/xa-thanh-hoa"));
        page.locator(".entry-commune-name", new Page.LocatorOptions().setHasText("Xã Thạnh Hóa")).waitFor();
        check("entry page of Xã Thạnh Hóa chosen in the picker");
        assertThat(page.locator("#entry-cadres vaadin-grid-column").count()).as("cadre grid columns").isEqualTo(6);
        back("cap-nhat/xa-hung-dien");
        page.locator(".entry-commune-name", new Page.LocatorOptions().setHasText("Xã Hưng Điền")).waitFor();
        check("Back to the entry page of Xã Hưng Điền");
        forward("cap-nhat/xa-thanh-hoa");
        check("Forward to the entry page of Xã Thạnh Hóa");
        page.locator("#cadre-add").click();
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        settle();
        for (Axe.Violation violation : Axe.serious(page)) {
            fault("the add-cadre dialog", "axe: " + violation);
        }
        page.keyboard().press("Escape");
        page.locator("vaadin-dialog[opened]").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    private void wrongAddresses() {
        for (String wrong : List.of("khong-ton-tai", "chi-tieu/T99", "xa-phuong/khong-co/them")) {
            open(wrong);
            expectText(NOT_FOUND, "/" + wrong);
            follow("tong-quan");
            follow(wrong);
            expectText(NOT_FOUND, "/" + wrong + " inside the application");
        }
        // the second sign-in step, once signed in, is the start page
        open("xac-thuc-hai-buoc");
        if (page.url().contains("xac-thuc-hai-buoc") || page.url().contains("/login")) {
            fault("/xac-thuc-hai-buoc signed in", "is not the start page: " + page.url());
        }
        check("/xac-thuc-hai-buoc signed in");
    }

    /** With English chosen, the page's language and the error pages follow; Vietnamese comes back the same way. */
    private void inEnglish() {
        open("tong-quan");
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("English")).click();
        page.waitForFunction("() => document.documentElement.lang === 'en'");
        settle();
        open("khong-ton-tai");
        if (!page.locator("main").innerText().contains("Page not found")) {
            fault("/khong-ton-tai in English", "does not say \"Page not found\"");
        }
        if (!"en".equals(page.evaluate("() => document.documentElement.lang"))) {
            fault("/khong-ton-tai in English", "the page's language is not English");
        }
        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Tiếng Việt")).click();
        page.waitForFunction("() => document.documentElement.lang === 'vi'");
        settle();
    }

    private void denied(String path) {
        open(path);
        expectText(DENIED, "/" + path);
        follow("tong-quan");
        follow(path);
        expectText(DENIED, "/" + path + " inside the application");
    }

    // --- steps and checks ------------------------------------------------------------------------------------

    private void walk(String username, Runnable steps) {
        role = username;
        page = browser.signIn(app.baseUrl(), username, 1366, 768);
        page.locator("vaadin-side-nav-item").first().waitFor();
        settle();
        try {
            steps.run();
        } finally {
            page.context().close();
        }
        assertThat(faults).as("faults met by " + username).isEmpty();
    }

    /** Opens an address as a new page load (typed in the address bar). */
    private void open(String path) {
        page.navigate(app.baseUrl() + "/" + path);
        settle();
    }

    /** Follows a link to an address inside the running application: the router, not a page load. */
    private void follow(String path) {
        page.evaluate("() => window.crawlMarker = true");
        page.evaluate("""
                path => {
                  const link = document.createElement('a');
                  link.href = path;
                  link.textContent = path;
                  document.body.appendChild(link);
                  link.click();
                  link.remove();
                }""", path);
        page.waitForURL(url -> url.contains("/" + path));
        settle();
        if (!Boolean.TRUE.equals(page.evaluate("() => window.crawlMarker === true"))) {
            fault("link to /" + path, "loaded a new page instead of moving inside the application");
        }
    }

    private void clickNavigation(String path) {
        page.locator("vaadin-side-nav-item[path='" + path + "']").click();
        page.waitForURL(url -> url.contains("/" + path));
        settle();
    }

    private void back(String expected) {
        page.goBack();
        page.waitForURL(url -> url.contains("/" + expected));
        settle();
    }

    private void forward(String expected) {
        page.goForward();
        page.waitForURL(url -> url.contains("/" + expected));
        settle();
    }

    /**
     * Waits until the server has answered every request, the charts are drawn and no finite animation runs (a dialog
     * fading in would be measured half transparent).
     */
    private void settle() {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())"
                + " && [...document.querySelectorAll('apex-chart')].every(c => c.hasAttribute('drawn'))"
                + " && document.getAnimations().every(a => a.playState !== 'running'"
                + "      || a.effect?.getComputedTiming().iterations === Infinity)");
    }

    private void expectText(String text, String where) {
        if (!page.locator("main").innerText().contains(text)) {
            fault(where, "does not say \"" + text + "\"");
        }
        checkFrame(where);
    }

    private void check(String where) {
        String main = page.locator("body").innerText();
        if (main.contains(DENIED) || main.contains(NOT_FOUND)) {
            fault(where, "shows an error page");
        }
        checkFrame(where);
    }

    private void checkFrame(String where) {
        String text = page.locator("body").innerText();
        var raw = RAW_ERROR.matcher(text);
        if (raw.find()) {
            fault(where, "shows error text: \"" + raw.group() + "\" in "
                    + text.substring(Math.max(0, raw.start() - 80), Math.min(text.length(), raw.end() + 80)));
        }
        if (page.locator("vaadin-app-layout vaadin-side-nav").count() == 0 || page.locator("main").count() != 1) {
            fault(where, "is not inside the application frame");
        }
        if (!"vi".equals(page.evaluate("() => document.documentElement.lang"))) {
            fault(where, "the page's language is not Vietnamese: " + page.evaluate("() => document.documentElement.lang"));
        }
        Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow.intValue() > 0) {
            fault(where, "scrolls sideways by " + overflow + " px at 1366 px");
        }
        for (Axe.Violation violation : Axe.serious(page)) {
            fault(where, "axe: " + violation);
        }
        checkContent(where);
        screenshot(where);
    }

    /**
     * What a user sees, not only what fails: every grid of the page shows as many rows as it has, up to what the
     * screen holds from where the grid starts (or, for a grid below the first screen, once scrolled to it), and
     * the page's main content (its target cards, or else its largest grid) starts in the first screen.
     */
    @SuppressWarnings("unchecked")
    private void checkContent(String where) {
        List<String> problems;
        try {
            // a grid lays its rows out after the server has answered (all-rows-visible grids grow as their rows
            // are measured): what is still wrong after five seconds is a fault
            page.waitForFunction("() => (" + CONTENT_CHECK + ")().length === 0", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000).setPollingInterval(250));
            problems = List.of();
        } catch (TimeoutError stillWrong) {
            problems = (List<String>) page.evaluate(CONTENT_CHECK);
        }
        problems.forEach(problem -> fault(where, problem));
    }

    /** Measured in the page, as described at {@link #checkContent}; answers the faults found. */
    static final String CONTENT_CHECK = """
            () => {
              const problems = [];
              const scroller = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~="content"]');
              const screen = window.innerHeight;
              const bar = scroller.getBoundingClientRect().top;
              const shown = el => { const b = el.getBoundingClientRect(); return b.width > 0 && b.height > 0; };
              const grids = [...document.querySelectorAll('main vaadin-grid')]
                  .filter(g => !g.closest('vaadin-dialog') && shown(g) && (g.size || 0) > 0);
              scroller.scrollTop = 0;
              for (const grid of grids) {
                const name = grid.id ? '#' + grid.id : 'grid ' + (grids.indexOf(grid) + 1);
                const head = grid.shadowRoot.querySelector('thead').getBoundingClientRect().height;
                const foot = grid.shadowRoot.querySelector('tfoot').getBoundingClientRect().height;
                let top = grid.getBoundingClientRect().top;
                const rowsOf = () => [...grid.shadowRoot.querySelectorAll('#items tr')]
                    .filter(tr => !tr.hidden && tr.getBoundingClientRect().height > 0);
                const heights = rowsOf().map(tr => tr.getBoundingClientRect().height).sort((a, b) => a - b);
                if (heights.length === 0) { problems.push(name + ' shows no row of its ' + grid.size); continue; }
                const row = heights[Math.floor(heights.length / 2)];
                if (top + head + row > screen) {
                  grid.scrollIntoView({block: 'start'});
                  top = grid.getBoundingClientRect().top;
                }
                const body = grid.shadowRoot.querySelector('#table').getBoundingClientRect();
                const from = top + head, to = Math.min(screen, body.bottom - foot);
                const visible = rowsOf().filter(tr => {
                  const b = tr.getBoundingClientRect();
                  return b.top >= from - 1 && b.bottom <= to + 1;
                }).length;
                // what the screen holds below the grid's header: its rows in order (they differ in height where
                // cells wrap), then rows of the usual height; less the page's padding, and one row of slack for a
                // row cut by the screen's edge
                let room = screen - top - head - foot - 16;
                let holds = 0;
                let full = false;
                for (const tr of rowsOf().filter(tr => tr.getBoundingClientRect().top >= from - 1)
                    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)) {
                  if (room < tr.getBoundingClientRect().height) { full = true; break; }
                  room -= tr.getBoundingClientRect().height;
                  holds++;
                }
                if (!full) holds += Math.max(0, Math.floor(room / row));
                // ... but a grid with room for a row shows at least one whole row
                const wanted = Math.max(Math.min(grid.size, holds) - 1, Math.min(grid.size, holds, 1));
                if (visible < wanted) {
                  problems.push(name + ' shows ' + visible + ' of its ' + grid.size + ' rows where the screen holds '
                      + holds + ' (' + Math.round(grid.getBoundingClientRect().height) + ' px high)');
                }
                scroller.scrollTop = 0;
              }
              const largest = grids.slice().sort((a, b) => b.size - a.size)[0];
              const main = document.querySelector('main .target-cards, main .target-summary') || largest;
              if (main) {
                const top = main.getBoundingClientRect().top;
                if (top + 100 > screen) {
                  problems.push('its main content (' + (main.id || main.className || main.localName)
                      + ') starts at ' + Math.round(top) + ' px, below the first screen of ' + screen + ' px');
                }
              }
              scroller.scrollTop = 0;
              return problems;
            }""";

    private int shots;

    /** Every page the walk meets, as the user saw it, in target/screenshots/crawl/ (named by role, step and place). */
    private void screenshot(String where) {
        String name = String.format("%s-%03d-%s.png", role, ++shots,
                where.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", ""));
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(name)));
    }

    private void fault(String where, String what) {
        faults.add(role + " at " + page.url().replace(app.baseUrl(), "") + " (" + where + "): " + what);
    }
}
