package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The training plan in a real browser against the production jar: the board adds a course to the demo's draft, the
 * commune's editor proposes the first admissible person of their commune for a master's, the board takes them, and the
 * commune's T2 "theo kế hoạch" then counts one more person while the natural projection stays; the list of persons sent
 * downloads as XLSX with that person in it. The page for the board, a leader and the editor at a phone's, a laptop's
 * and a meeting room's size: its outcome table and courses are there, no sideways scrolling, no serious axe finding;
 * screenshots in target/screenshots.
 */
class TrainingBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";
    private static final String COURSE = "Thạc sĩ khóa 2028–2029 (thử)";

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void theBoardAddsACourseTheCommuneProposesTheBoardTakesAndT2WithThePlanCountsIt() throws Exception {
        Page board = browser.signIn(app.baseUrl(), "bantochuc", 1366, 900);
        board.navigate(app.baseUrl() + "/ke-hoach-dao-tao?xa=" + COMMUNE);
        String[] before = t2(board);

        board.locator("vaadin-button#training-course-add").click();
        board.locator("vaadin-select#training-course-kind").click();
        board.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Thạc sĩ")).first().click();
        board.locator("vaadin-text-field#training-course-title input").fill(COURSE);
        board.locator("vaadin-date-picker#training-course-start input").fill("01/09/2028");
        board.locator("vaadin-date-picker#training-course-end input").fill("31/12/2029");
        board.locator("vaadin-integer-field#training-course-places input").fill("0");
        board.locator("vaadin-checkbox#training-course-per-commune input").check();
        board.locator("vaadin-button#training-course-save").click();
        // the rule speaks at its field, and nothing is saved
        board.locator("vaadin-integer-field#training-course-places [slot='error-message']",
                new Page.LocatorOptions().setHasText("Số chỉ tiêu từ 1 đến 10.000")).waitFor();
        board.locator("vaadin-integer-field#training-course-places input").fill("2");
        board.locator("vaadin-button#training-course-save").click();
        board.getByText("Đã lưu khóa học").waitFor();

        Page editor = browser.signIn(app.baseUrl(), COMMUNE, 1366, 900);
        editor.navigate(app.baseUrl() + "/ke-hoach-dao-tao");
        editor.locator("a.training-course-open", new Page.LocatorOptions().setHasText(COURSE)).click();
        Locator propose = editor.locator("vaadin-button.training-candidate-take").first();
        propose.waitFor();
        String person = propose.getAttribute("aria-label").replace("Đề xuất: ", "");
        propose.click();
        editor.getByText("Đã đề xuất " + person + ", chờ Ban Tổ chức").waitFor();
        assertThat(t2(board)).as("a proposal counts in no figure").containsExactly(before);

        board.navigate(app.baseUrl() + "/ke-hoach-dao-tao?xa=" + COMMUNE);
        board.locator("a.training-course-open", new Page.LocatorOptions().setHasText(COURSE)).click();
        Locator row = board.locator("vaadin-grid#training-participants vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(person));
        row.first().waitFor();
        board.locator("vaadin-button.training-take").first().click();
        board.getByText("Đã chọn " + person).waitFor();

        String[] after = t2(board);
        assertThat(after[0]).as("the natural projection leaves the plan out").isEqualTo(before[0]);
        assertThat(count(after[1])).isEqualTo(count(before[1]) + 1);
        board.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("training-after-take.png")));

        Download list = board.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(60_000),
                () -> board.locator("vaadin-button[data-file^='danh-sach-cu-di-dao-tao-']").first().click());
        assertThat(list.suggestedFilename()).startsWith("danh-sach-cu-di-dao-tao-");
        try (InputStream in = Files.newInputStream(list.path()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> sheets = new ArrayList<>();
            book.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).hasSize(5);
            Sheet added = book.getSheetAt(4);
            assertThat(added.getRow(0).getCell(0).getStringCellValue()).isEqualTo("DANH SÁCH CỬ ĐI ĐÀO TẠO");
            DataFormatter format = new DataFormatter();
            List<String> names = new ArrayList<>();
            for (Row r : added) {
                if (r.getRowNum() >= 4 && r.getCell(1) != null) {
                    names.add(format.formatCellValue(r.getCell(1)) + " | " + format.formatCellValue(r.getCell(2))
                            + " | " + format.formatCellValue(r.getCell(6)));
                }
            }
            assertThat(names).containsExactly(person + " | Xã Hưng Điền | Đã chọn cử đi học");
        }
    }

    @Test
    void thePageFitsAPhoneALaptopAndAMeetingRoomScreenForEveryRole() {
        for (int[] size : new int[][] {{390, 844}, {1366, 768}, {1920, 1080}}) {
            for (String user : List.of("bantochuc", "lanhdao", COMMUNE)) {
                Page page = browser.signIn(app.baseUrl(), user, size[0], size[1]);
                page.navigate(app.baseUrl() + "/ke-hoach-dao-tao?khoa=1");
                // the main content: six targets training moves, the four courses of the demo's draft, the persons
                Locator outcome = page.locator("vaadin-grid#training-outcome");
                outcome.waitFor();
                page.waitForTimeout(500);
                assertThat(rows(page, "training-outcome")).as(user + " at " + size[0]).isEqualTo(6);
                assertThat(rows(page, "training-courses")).as(user + " at " + size[0]).isGreaterThanOrEqualTo(4);
                assertThat(page.locator("vaadin-grid#training-outcome vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("T1 · Trình độ đại học trở lên")).first().isVisible())
                        .isTrue();
                if (user.equals(COMMUNE)) {
                    // the commune's own persons only: none of Hưng Điền's leaders is on this demo course
                    page.getByText("Chưa có ai được chọn hoặc đề xuất.").waitFor();
                    assertThat(page.locator("vaadin-grid#training-candidates").isVisible()).isTrue();
                } else {
                    page.locator("vaadin-grid#training-participants").waitFor();
                    assertThat(rows(page, "training-participants")).as(user + " at " + size[0]).isPositive();
                }
                Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow.intValue()).as(user + " at " + size[0]).isLessThanOrEqualTo(0);
                assertThat(Axe.serious(page)).as(user + " at " + size[0]).isEmpty();
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(
                        "training-" + user + "-" + size[0] + ".png")));
                page.context().close();
            }
        }
    }

    /** The rows a grid holds. */
    private static int rows(Page page, String id) {
        return ((Number) page.evaluate("id => { const g = document.getElementById(id); return g && g.items ? g.items.length"
                + " : (g ? g._flatSize || 0 : 0); }", id)).intValue();
    }

    /** T2's "2030, không có kế hoạch" and "2030, theo kế hoạch" cells of the outcome table, as the page shows them. */
    private static String[] t2(Page page) {
        page.locator("vaadin-grid#training-outcome").waitFor();
        Locator cells = page.locator("vaadin-grid#training-outcome vaadin-grid-cell-content");
        cells.filter(new Locator.FilterOptions().setHasText("T2 ·")).first().waitFor();
        List<String> texts = cells.allInnerTexts();
        int t2 = texts.indexOf(texts.stream().filter(t -> t.startsWith("T2 ·")).findFirst().orElseThrow());
        return new String[] {texts.get(t2 + 2).strip(), texts.get(t2 + 3).strip()};
    }

    /** x of "97,0 % (519 / 535) …". */
    private static int count(String cell) {
        String ratio = cell.substring(cell.indexOf('(') + 1, cell.indexOf(')'));
        return Integer.parseInt(ratio.split("/")[0].strip().replace(".", ""));
    }
}
