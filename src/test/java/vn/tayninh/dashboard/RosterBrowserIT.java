package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A commune editor downloads their roster as Excel and uploads it again in mode add, at the three screen sizes:
 * every row matches a person already recorded, the preview says so, and by default they are skipped. The
 * screenshots stay in target/screenshots for a reviewer.
 */
class RosterBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void theDownloadedWorkbookUploadedAgainIsPreviewedAsMatchingAtEverySize() throws Exception {
        int[][] sizes = {{390, 844}, {1366, 768}, {1920, 1080}};
        for (int[] size : sizes) {
            Page page = browser.signIn(app.baseUrl(), COMMUNE, size[0], size[1]);
            page.navigate(app.baseUrl() + "/cap-nhat");
            page.waitForURL(url -> url.endsWith("/cap-nhat/" + COMMUNE));
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Tệp danh sách (Excel, CSV)")).click();

            Download download = page.waitForDownload(() -> page.locator("#roster-download-xlsx").click());
            assertThat(download.suggestedFilename()).startsWith("can-bo-" + COMMUNE).endsWith(".xlsx");
            Path workbook = SCREENSHOTS.resolve("roster-" + COMMUNE + ".xlsx");
            download.saveAs(workbook);

            page.locator("#roster-upload input[type=file]").setInputFiles(workbook);
            Locator check = page.locator("#roster-check");
            page.waitForCondition(() -> check.isEnabled());
            check.click();
            Locator matched = page.locator("#roster-matched");
            matched.waitFor();
            assertThat(matched.textContent()).startsWith("Có ").contains("dòng trùng với người đã có");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve("roster-" + COMMUNE + "-" + size[0] + "x" + size[1] + ".png")));
            page.context().close();
        }
    }
}
