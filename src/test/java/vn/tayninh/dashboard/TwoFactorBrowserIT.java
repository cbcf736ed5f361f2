package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tayninh.dashboard.AuthenticatorApp.code;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two-step sign-in in a real Chromium against the production jar, as a new board member meets it: an account made
 * from the administrator's accounts file with a one-time password; the password, then the page that sets the
 * authenticator app up (the key shown is read here as a phone would, the code computed from it by RFC 6238), the ten
 * recovery codes shown once, the password of one's own, and the page asked for at the start. The next sign-in asks
 * only for the code, the one after takes a recovery code; after the administrator's reset the app is set up again.
 * Meanwhile no page opens, and the account's password alone opens nothing on the API. The pages have no serious
 * accessibility fault at a phone's and a desktop's width, and the server logs no error.
 */
class TwoFactorBrowserIT {

    static final Path SCREENS = Path.of("target", "screens", "two-factor");
    static final String OWN_PASSWORD = "Cau-Sai-Gon-77";

    static RunningJar app;
    static BrowserSession browsers;

    @BeforeAll
    static void start() throws Exception {
        app = RunningJar.start(Files.createTempDirectory("two-factor-test"), "app.log");
        browsers = new BrowserSession();
        Files.createDirectories(SCREENS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browsers != null) {
            browsers.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aNewBoardMemberSetsTheAppUpAndSignsInWithCodesUntilTheAdministratorResetsIt() throws Exception {
        String oneTime = newAccount("bantochuc.moi", "Thành viên Ban mới", "BOARD");

        // the password alone opens nothing on the API: a script of this account takes an API key
        HttpResponse<String> refused = get("/api/v1/communes", "bantochuc.moi:" + oneTime);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("đăng nhập hai bước").contains("khóa API");

        // 1. the password, asking for the audit trail: the second-step page comes instead, and only it
        Page page = browsers.newPage(390, 844);
        page.navigate(app.baseUrl() + "/nhat-ky");
        signIn(page, "bantochuc.moi", oneTime);
        page.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
        page.locator("#two-factor-key").waitFor();
        assertThat(page.locator("h1").textContent()).isEqualTo("Thiết lập đăng nhập hai bước");
        assertThat(page.locator("#two-factor-qr").boundingBox().width).isGreaterThan(150);
        assertThat(Axe.serious(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("setup-390.png")).setFullPage(true));
        page.navigate(app.baseUrl() + "/xa-phuong");
        page.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
        Locator key = page.locator("#two-factor-key");
        key.waitFor();
        String secret = key.textContent().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        // the QR code carries the key shown as text
        String qr = new String(Base64.getDecoder().decode(page.locator("#two-factor-qr").getAttribute("src")
                .substring("data:image/svg+xml;base64,".length())), StandardCharsets.UTF_8);
        assertThat(qr).startsWith("<svg").contains("<path");

        // 2. a wrong code is refused in Vietnamese; the right one sets the app up and shows the recovery codes
        page.locator("#two-factor-code input").fill(wrongCode(secret));
        page.locator("#two-factor-confirm").click();
        page.locator("#two-factor-code[invalid]").waitFor();
        assertThat(page.locator("#two-factor-code [slot='error-message']").textContent()).startsWith("Mã không đúng");
        page.locator("#two-factor-code input").fill(code(secret, Instant.now()));
        page.locator("#two-factor-code input").press("Enter");
        page.locator("#recovery-codes").waitFor();
        List<String> recovery = page.locator("#recovery-codes li").allTextContents();
        assertThat(recovery).hasSize(10).allMatch(c -> c.matches("[2-9a-z]{4}-[2-9a-z]{4}"));
        assertThat(Axe.serious(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("codes-390.png")).setFullPage(true));
        page.locator("#two-factor-continue").click();

        // 3. signed in, at the page asked for; but a password the administrator chose is replaced first
        page.waitForURL(url -> url.endsWith("/xa-phuong"));
        page.locator("#own-current input").fill(oneTime);
        page.locator("#own-new input").fill(OWN_PASSWORD);
        page.locator("#own-repeat input").fill(OWN_PASSWORD);
        page.locator("#own-change").click();
        page.locator("#own-current").waitFor(new Locator.WaitForOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.navigate(app.baseUrl() + "/tai-khoan-cua-toi");
        page.locator("#own-two-factor").waitFor();
        assertThat(page.locator("#own-two-factor").textContent()).contains("Đang bật").contains("10 mã khôi phục");
        assertThat(page.locator("#own-two-factor-off").count()).as("the board may not turn it off").isZero();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("own-390.png")).setFullPage(true));
        page.context().close();

        // 4. the next sign-in asks only for the code (the app's next one: a code is taken once)
        Page desktop = browsers.newPage(1366, 768);
        desktop.navigate(app.baseUrl() + "/login");
        signIn(desktop, "bantochuc.moi", OWN_PASSWORD);
        desktop.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
        desktop.locator("#two-factor-code").waitFor();
        assertThat(desktop.locator("h1").textContent()).isEqualTo("Xác thực hai bước");
        assertThat(desktop.locator("#two-factor-qr").count()).isZero();
        assertThat(Axe.serious(desktop)).isEmpty();
        desktop.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("code-1366.png")));
        desktop.locator("#two-factor-code input").fill(code(secret, Instant.now().plusSeconds(30)));
        desktop.locator("#two-factor-confirm").click();
        desktop.waitForURL(url -> !url.contains("xac-thuc-hai-buoc"));
        desktop.locator("vaadin-side-nav-item").first().waitFor();
        desktop.context().close();

        // 5. a lost phone: a recovery code instead, good once
        Page lost = browsers.newPage(1920, 1080);
        lost.navigate(app.baseUrl() + "/login");
        signIn(lost, "bantochuc.moi", OWN_PASSWORD);
        lost.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
        lost.locator("#two-factor-code input").fill(recovery.get(0));
        lost.locator("#two-factor-confirm").click();
        lost.waitForURL(url -> !url.contains("xac-thuc-hai-buoc"));
        lost.navigate(app.baseUrl() + "/tai-khoan-cua-toi");
        lost.locator("#own-two-factor").waitFor();
        assertThat(lost.locator("#own-two-factor").textContent()).contains("9 mã khôi phục");
        lost.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("own-1920.png")));
        // new recovery codes, shown once in a dialog
        lost.locator("#own-two-factor-codes").click();
        lost.locator("#recovery-codes").waitFor();
        assertThat(lost.locator("#recovery-codes li").count()).isEqualTo(10);
        assertThat(Axe.serious(lost)).isEmpty();
        lost.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("new-codes-1920.png")));
        lost.locator("#own-two-factor-codes-saved").click();
        lost.locator("#own-two-factor").filter(new Locator.FilterOptions().setHasText("10 mã khôi phục")).waitFor();
        lost.context().close();

        // 6. the administrator resets it from the accounts page: the next sign-in sets an app up again
        Page admin = browsers.signIn(app.baseUrl(), "admin", 1366, 768);
        admin.navigate(app.baseUrl() + "/quan-tri/nguoi-dung");
        admin.locator("vaadin-button[aria-label='Đặt lại đăng nhập hai bước: bantochuc.moi']").waitFor();
        admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("accounts-1366.png")));
        admin.locator("vaadin-button[aria-label='Đặt lại đăng nhập hai bước: bantochuc.moi']").click();
        admin.locator("vaadin-confirm-dialog#account-two-factor-reset-confirm vaadin-button[slot='confirm-button']")
                .click();
        admin.locator("vaadin-button[aria-label='Đặt lại đăng nhập hai bước: bantochuc.moi']")
                .waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        admin.context().close();
        Page after = browsers.newPage(1366, 768);
        after.navigate(app.baseUrl() + "/login");
        signIn(after, "bantochuc.moi", OWN_PASSWORD);
        after.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
        after.locator("#two-factor-qr").waitFor();
        // starting again leaves for the sign-in page, signed in as nobody
        after.locator("#two-factor-again").click();
        after.waitForURL(url -> url.endsWith("/login"));
        after.navigate(app.baseUrl() + "/xac-thuc-hai-buoc");
        after.waitForURL(url -> url.endsWith("/login"));
        after.context().close();

        assertThat(app.errorLines()).isEmpty();
    }

    /** Creates an account with the administrator's accounts file over the API; answers its one-time password. */
    private static String newAccount(String username, String name, String role) throws Exception {
        byte[] csv = ("username,display_name,role,commune_code,email\n" + username + "," + name + "," + role + ",,\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> created = HttpClient.newHttpClient().send(MultipartRoster.post(HttpRequest.newBuilder(
                URI.create(app.baseUrl() + "/api/v1/accounts-file")).header("Authorization", basic("admin:demo123")),
                "tai-khoan.csv", csv).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Matcher password = Pattern.compile("\"password\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        assertThat(password.find()).as(created.body()).isTrue();
        return password.group(1);
    }

    private static HttpResponse<String> get(String path, String credentials) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", basic(credentials)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void signIn(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form input[name=password]").press("Enter");
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A code that is none of those the server would take in the next minute. */
    private static String wrongCode(String key) throws Exception {
        Instant now = Instant.now();
        List<String> good = List.of(code(key, now.minusSeconds(60)), code(key, now.minusSeconds(30)), code(key, now),
                code(key, now.plusSeconds(30)), code(key, now.plusSeconds(60)));
        return good.contains("123456") ? "654321" : "123456";
    }
}
