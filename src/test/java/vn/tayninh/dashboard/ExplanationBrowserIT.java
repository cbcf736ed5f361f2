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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request-for-explanation loop in a real browser against the production jar: the board asks a commune from its
 * target card, the commune's editor answers from their start page, the board returns the answer, the editor answers
 * again, the board accepts; after each step the other side's bell counts its unread notices (none for the
 * acceptance), and the API then shows the five steps with who took each.
 */
class ExplanationBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void boardRequestsEditorAnswersBoardReturnsEditorAnswersAgainBoardAccepts() throws Exception {
        Page board = browser.signIn(app.baseUrl(), "bantochuc", 1366, 900);
        board.navigate(app.baseUrl() + "/xa-phuong/" + COMMUNE);
        board.locator(".target-card[data-target=T2] vaadin-button.card-ask").click();
        board.locator("vaadin-text-area#explanation-request textarea").fill("Đề nghị giải trình tỷ lệ đại học");
        board.locator("vaadin-button#explanation-send").click();
        board.getByText("Đã gửi yêu cầu giải trình cho Xã Hưng Điền").waitFor();

        Page editor = browser.signIn(app.baseUrl(), COMMUNE, 1366, 900);
        // an editor starts on their commune's page; the province's overview lists their requests too
        editor.navigate(app.baseUrl() + "/tong-quan");
        assertBell(editor, 1); // the new request
        open(editor.locator("vaadin-grid#dashboard-explanations"), "Chờ giải trình");
        answer(editor, "Thiếu nguồn đào tạo");
        editor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("explanation-answered.png")));

        board.navigate(app.baseUrl() + "/giai-trinh");
        assertBell(board, 1); // the answer
        open(board.locator("vaadin-grid#explanations"), "Đã giải trình");
        board.locator("vaadin-text-area#explanation-comment textarea").fill("Nêu rõ số người cần đào tạo");
        board.locator("vaadin-button#explanation-return").click();
        board.getByText("Đã trả lại giải trình").waitFor();

        editor.navigate(app.baseUrl() + "/giai-trinh");
        assertBell(editor, 2); // and the returned answer
        open(editor.locator("vaadin-grid#explanations"), "Bị trả lại");
        answer(editor, "Thiếu 3 người có bằng đại học");

        board.navigate(app.baseUrl() + "/giai-trinh");
        assertBell(board, 2); // and the second answer
        open(board.locator("vaadin-grid#explanations"), "Đã giải trình");
        board.locator("vaadin-button#explanation-accept").click();
        board.getByText("Đã chấp nhận giải trình").waitFor();
        board.locator("vaadin-grid#explanations vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Đã chấp nhận")).first().waitFor();
        board.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("explanations.png")));

        // an accepted answer tells nobody; the editor reads the notices and marks them read
        editor.navigate(app.baseUrl() + "/");
        assertBell(editor, 2);
        editor.locator("vaadin-button#notice-bell").click();
        editor.getByText("được trả lại để bổ sung", new Page.GetByTextOptions().setExact(false)).first().waitFor();
        editor.getByText("Đánh dấu tất cả đã đọc").click();
        editor.keyboard().press("Escape");
        editor.locator("vaadin-button#notice-bell[aria-label='Thông báo: không có thông báo chưa đọc']").waitFor();

        JsonNode requests = get("/api/v1/explanations?commune=" + COMMUNE);
        assertThat(requests).hasSize(1);
        JsonNode request = requests.get(0);
        assertThat(request.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(request.get("cause").asString()).isEqualTo("Thiếu 3 người có bằng đại học");
        List<String> steps = new ArrayList<>();
        request.get("history").forEach(step -> steps.add(step.get("state").asString() + " "
                + step.get("actor").asString()));
        assertThat(steps).containsExactly("REQUESTED bantochuc", "ANSWERED " + COMMUNE, "RETURNED bantochuc",
                "ANSWERED " + COMMUNE, "ACCEPTED bantochuc");
    }

    /** The bell's count, read after a navigation: in its accessible name and on the bell itself. */
    private static void assertBell(Page page, int unread) {
        Locator bell = page.locator("vaadin-button#notice-bell[aria-label='Thông báo: " + unread + " chưa đọc']");
        bell.waitFor();
        assertThat(bell.locator(".notice-count").textContent()).isEqualTo(String.valueOf(unread));
    }

    private static void open(Locator grid, String state) {
        grid.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(state)).first().click();
    }

    private static void answer(Page page, String cause) {
        page.locator("vaadin-text-area#explanation-cause textarea").fill(cause);
        page.locator("vaadin-text-area#explanation-remedy textarea").fill("Cử cán bộ đi học đại học");
        Locator date = page.locator("vaadin-date-picker#explanation-expected-by input");
        date.fill("30/09/2027");
        date.press("Enter");
        page.locator("vaadin-button#explanation-answer").click();
        page.getByText("Đã gửi giải trình").waitFor();
    }

    private static JsonNode get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lanhdao:demo123".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
