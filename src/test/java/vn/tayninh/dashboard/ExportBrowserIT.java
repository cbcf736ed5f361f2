package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Meeting exports in a real browser against the production jar: a chart's PNG from its toolbar is at least
 * 1600 px wide with the title band on top, its SVG names the area and date; the meeting packs of the province
 * and of a commune download from their pages within a minute and hold every number of the cards on screen.
 * Files go to target/exports-browser; the times are printed for the README.
 */
class ExportBrowserIT extends ProductionJarBrowserTest {

    private static final Path FILES = Path.of("target", "exports-browser");


    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(FILES);
    }

    @Test
    void aChartDownloadsAsAWidePngWithItsTitleBandAndAsSvg() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
        waitForCharts(page, 8);
        Locator chart = page.locator("apex-chart").first();
        chart.locator(".apexcharts-menu-icon").click();
        // a re-render of the chart (the page settling) can lay its legend over the open menu for a moment:
        // the item is sent its click directly rather than at screen coordinates
        Download png = page.waitForDownload(() -> chart.locator(".apexcharts-menu-item.exportPNG").dispatchEvent("click"));
        Path pngFile = FILES.resolve(png.suggestedFilename());
        png.saveAs(pngFile);
        assertThat(png.suggestedFilename()).isEqualTo("trinh-do-chuyen-mon.png");
        BufferedImage image = ImageIO.read(pngFile.toFile());
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(1600);
        // the band: the blue stripe across the top, then dark title text below it, on white
        assertThat(near(new Color(image.getRGB(image.getWidth() / 2, 6)), new Color(0x1f, 0x5f, 0x99))).isTrue();
        assertThat(darkPixels(image, 40, 40, 800, 70)).as("title text in the band").isGreaterThan(500);
        assertThat(darkPixels(image, 40, 140, 800, 80)).as("area and date in the band").isGreaterThan(300);

        chart.locator(".apexcharts-menu-icon").click();
        Download svg = page.waitForDownload(() -> chart.locator(".apexcharts-menu-item.exportSVG").dispatchEvent("click"));
        String text = Files.readString(svg.path());
        assertThat(text).startsWith("<svg").contains("Trình độ chuyên môn của cán bộ",
                "Toàn tỉnh Tây Ninh (96 xã, phường)", "Số liệu đến ngày");

        // on paper there is no tooltip: a bar chart's image carries every bar's value (the screen shows none)
        Locator bars = page.locator("apex-chart").nth(1);
        bars.locator(".apexcharts-menu-icon").click();
        Download barsSvg = page.waitForDownload(() -> bars.locator(".apexcharts-menu-item.exportSVG").dispatchEvent("click"));
        String plot = java.net.URLDecoder.decode(Files.readString(barsSvg.path()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(java.util.regex.Pattern.compile("class=\"apexcharts-datalabel[\" ]").matcher(plot).results().count())
                .as("value labels").isGreaterThanOrEqualTo(10);
        assertThat(plot).containsPattern(">\\d+,\\d %<");
        page.context().close();
    }

    @Test
    void theProvincePackDownloadsWithinAMinuteAndEqualsTheCards() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "lanhdao", 1366, 768);
        waitForCharts(page, 8);
        List<String> cards = cardRatios(page);
        String pdf = downloadPack(page, "bao-cao-hop-tay-ninh-", "province");
        assertThat(pdf).contains("Toàn tỉnh Tây Ninh (96 xã, phường)");
        assertThat(cards).hasSize(18).allSatisfy(ratio -> assertThat(pdf).contains(ratio));
        page.context().close();
    }

    @Test
    void aCommunePackDownloadsWithinAMinuteAndEqualsItsPage() throws Exception {
        Page page = browser.signIn(app.baseUrl(), "bantochuc", 1366, 768);
        page.navigate(app.baseUrl() + "/xa-phuong/xa-hung-dien");
        waitForCharts(page, 2);
        List<String> cards = cardRatios(page);
        String pdf = downloadPack(page, "bao-cao-hop-xa-hung-dien-", "commune");
        assertThat(pdf).contains("Xã Hưng Điền");
        assertThat(cards).hasSize(18).allSatisfy(ratio -> assertThat(pdf).contains(ratio));
        page.context().close();
    }

    private static String downloadPack(Page page, String filePrefix, String what) throws Exception {
        long start = System.nanoTime();
        Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> exportFromMenu(page, filePrefix));
        Path file = FILES.resolve(download.suggestedFilename());
        download.saveAs(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Meeting pack of the %s: %d ms from the click to the downloaded file%n", what, millis);
        assertThat(millis).isLessThan(60_000);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** Opens the page's "Xuất" menu and chooses the export whose file name starts with {@code filePrefix}. */
    static void exportFromMenu(Page page, String filePrefix) {
        page.locator("#export-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item[data-file^='" + filePrefix + "']").click();
    }

    /** Whether the menu item of the export whose file name starts with {@code filePrefix} may be chosen now. */
    static boolean exportEnabled(Page page, String filePrefix) {
        page.locator("#export-menu vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item[data-file^='" + filePrefix + "']").waitFor();
        boolean enabled = (Boolean) page.evaluate("prefix => { const item = [...document.querySelectorAll('vaadin-menu-bar-item')]"
                + ".find(i => (i.getAttribute('data-file') || '').startsWith(prefix)); return !!item && !item.disabled; }",
                filePrefix);
        page.keyboard().press("Escape");
        return enabled;
    }

    /** "x / n" of every card with a ratio, as the page shows it. */
    private static List<String> cardRatios(Page page) {
        return page.locator(".target-card[data-target] .ratio").allInnerTexts().stream().filter(t -> !t.isBlank()).toList();
    }

    private static void waitForCharts(Page page, int count) {
        page.waitForFunction("n => document.querySelectorAll('apex-chart').length >= n"
                + " && [...document.querySelectorAll('apex-chart')].every(c => c.hasAttribute('drawn'))", count);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 24 && Math.abs(a.getGreen() - b.getGreen()) < 24
                && Math.abs(a.getBlue() - b.getBlue()) < 24;
    }

    private static int darkPixels(BufferedImage image, int x, int y, int width, int height) {
        int dark = 0;
        for (int i = x; i < x + width; i++) {
            for (int j = y; j < y + height; j++) {
                Color c = new Color(image.getRGB(i, j));
                if (c.getRed() + c.getGreen() + c.getBlue() < 3 * 110) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
