package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Planning in a real browser against the production jar: the commune's editor proposes a young woman of their commune
 * for the party committee, the board approves the proposal with a decision on the commune's planning page, and the
 * dashboard's T7b card (women in the planning pool) then counts one more woman in one more person. Both planning
 * pages for the board and the editor at a phone's, a laptop's and a meeting room's size: no sideways scrolling, no
 * serious axe finding; screenshots in target/screenshots.
 */
class PlanningBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void anEditorProposesTheBoardApprovesAndT7bCountsIt() throws Exception {
        String candidate = youngWomanWithoutTitleOrPlanning();
        Page board = browser.signIn(app.baseUrl(), "bantochuc", 1366, 900);
        int[] before = t7b(board);

        Page editor = browser.signIn(app.baseUrl(), COMMUNE, 1366, 900);
        editor.navigate(app.baseUrl() + "/quy-hoach/" + COMMUNE);
        editor.locator("vaadin-button#planning-propose").click();
        Locator cadre = editor.locator("vaadin-combo-box#planning-propose-cadre input");
        cadre.fill(candidate);
        editor.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(candidate)).first().click();
        editor.locator("vaadin-select#planning-propose-title").click();
        editor.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Ủy viên BCH")).click();
        editor.getByText("Đề nghị đáp ứng các quy định về quy hoạch.").waitFor();
        editor.locator("vaadin-button#planning-propose-save").click();
        editor.getByText("Đã gửi đề nghị bổ sung quy hoạch.").waitFor();
        editor.locator("vaadin-grid#planning-awaiting vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(candidate)).first().waitFor();
        assertThat(t7b(board)).as("a proposal counts in no figure").containsExactly(before);

        board.navigate(app.baseUrl() + "/quy-hoach/" + COMMUNE);
        board.locator("vaadin-button.planning-approve").first().click();
        board.locator("vaadin-text-field#planning-decision-number input").fill("25-QĐ/TU");
        board.locator("vaadin-button#planning-decision-save").click();
        board.getByText("Đã phê duyệt.").waitFor();
        board.locator("vaadin-grid#planning-titles vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(candidate)).first().waitFor();

        assertThat(t7b(board)).containsExactly(before[0] + 1, before[1] + 1);
        board.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("planning-t7b-after.png")));
    }

    @Test
    void bothPagesFitAPhoneALaptopAndAMeetingRoomScreenWithoutAxeFindings() {
        String[][] pages = {{"quy-hoach", "bantochuc"}, {"quy-hoach/" + COMMUNE, "bantochuc"},
                {"quy-hoach/" + COMMUNE, COMMUNE}};
        for (int[] size : new int[][] {{390, 844}, {1366, 768}, {1920, 1080}}) {
            for (String[] target : pages) {
                Page page = browser.signIn(app.baseUrl(), target[1], size[0], size[1]);
                page.navigate(app.baseUrl() + "/" + target[0]);
                page.locator("vaadin-grid#planning-" + (target[0].equals("quy-hoach") ? "candidates" : "titles"))
                        .waitFor();
                page.waitForTimeout(500);
                Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(overflow.intValue()).as(target[0] + " at " + size[0]).isLessThanOrEqualTo(0);
                assertThat(Axe.serious(page)).as(target[0] + " " + target[1] + " at " + size[0]).isEmpty();
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve(
                        target[0].replace('/', '-') + "-" + target[1] + "-" + size[0] + ".png")));
                page.context().close();
            }
        }
    }

    /** T7b on the dashboard's card: women and persons in the planning pool, read from "x / n". */
    private static int[] t7b(Page page) {
        page.navigate(app.baseUrl() + "/tong-quan");
        String ratio = page.locator("[data-target=T7b] .ratio").textContent().strip();
        return Arrays.stream(ratio.split("/")).map(s -> s.strip().replace(".", "")).mapToInt(Integer::parseInt)
                .toArray();
    }

    /**
     * A woman of the commune born in 1985 or later (she retires after the 2030–2035 term), holding no title and in
     * no planning list: from the roster file in its code form, as a script of the board downloads it.
     */
    private static String youngWomanWithoutTitleOrPlanning() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/roster.csv?form=codes&commune=" + COMMUNE))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("bantochuc:demo123".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = response.body().replace("\uFEFF", "").lines().toList();
        String separator = lines.getFirst().contains(";") ? ";" : ",";
        List<String> header = Arrays.asList(lines.getFirst().split(separator, -1));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = Arrays.stream(line.split(separator, -1)).map(c -> c.replace("\"", "")).toArray(String[]::new);
            String birth = cells[header.indexOf("birth_date")];
            if (cells[header.indexOf("gender")].equals("NU") && !birth.isEmpty()
                    && LocalDate.parse(birth).getYear() >= 1985 && cells[header.indexOf("titles")].isEmpty()
                    && cells[header.indexOf("committee")].equals("NONE")
                    && !header.stream().filter(h -> h.startsWith("planned") || h.equals("source_pool"))
                            .map(h -> cells[header.indexOf(h)]).anyMatch(v -> !v.isEmpty() && !v.equals("false"))) {
                return cells[header.indexOf("full_name")];
            }
        }
        throw new AssertionError("no young woman without a title or planning in " + COMMUNE);
    }
}
