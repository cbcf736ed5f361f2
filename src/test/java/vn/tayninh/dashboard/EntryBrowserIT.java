package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commune editor in a real browser against the production jar: records a departure from a title and an
 * appointment, sees the seat figures follow, finds both in the audit trail, and cannot reach another commune.
 */
class EntryBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";


    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void anEditorRecordsADepartureAndAnAppointmentAndFindsThemInTheAuditTrail() throws Exception {
        JsonNode before = seats("CT_UBND");
        assertThat(before.get("filled").asInt()).isEqualTo(1);
        Page page = browser.signIn(app.baseUrl(), COMMUNE, 1366, 768);

        page.navigate(app.baseUrl() + "/cap-nhat");
        page.waitForURL(url -> url.endsWith("/cap-nhat/" + COMMUNE));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chức danh, vị trí")).click();
        page.locator("vaadin-button.entry-end-holding[data-position=CT_UBND]").click();
        page.locator("vaadin-select").last().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Chuyển công tác")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        page.getByText("Đã ghi nhận thôi giữ chức danh, vị trí").waitFor();

        assertThat(seats("CT_UBND").get("vacant").asInt()).isEqualTo(before.get("vacant").asInt() + 1);
        assertThat(page.locator("vaadin-button.entry-end-holding[data-position=CT_UBND]").count()).isZero();

        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cán bộ")).click();
        page.locator("vaadin-button.entry-appoint-action").first().click();
        page.locator("vaadin-select").last().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Chủ tịch UBND")).first().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bổ nhiệm").setExact(true)).click();
        page.getByText("Đã ghi nhận bổ nhiệm").waitFor();

        assertThat(seats("CT_UBND").get("filled").asInt()).isEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("entry-" + COMMUNE + ".png")));

        page.navigate(app.baseUrl() + "/nhat-ky");
        Locator grid = page.locator("vaadin-grid#audit");
        grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("TRANSFER")).first().waitFor();
        assertThat(grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText("CT_UBND")).count())
                .isGreaterThanOrEqualTo(1);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("audit-" + COMMUNE + ".png")));

        page.navigate(app.baseUrl() + "/cap-nhat/phuong-tan-ninh");
        page.getByText("Bạn không có quyền thay đổi dữ liệu của xã, phường này").waitFor();
        assertThat(page.locator("vaadin-grid").count()).isZero();
    }

    private static JsonNode seats(String position) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/positions?commune=" + COMMUNE))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lanhdao:demo123".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).get(position);
    }
}
