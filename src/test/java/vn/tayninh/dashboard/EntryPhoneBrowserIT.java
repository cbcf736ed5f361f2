package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.base.SearchText;

/**
 * Commune data entry on a phone (390×844, touch) against the production jar: the editor of Xã Hưng Điền finds
 * the chairman through the titles table, finds him again by typing his name without diacritics, records his
 * departure, appoints another person in his place and corrects a rating, every date typed (d/M/yyyy and
 * dd/MM/yyyy, a date that cannot be read refused at the field); the result is read back from the audit trail and
 * the seats over the API. Screenshots of the entry page for the editor and the board at the three sizes go to
 * {@code target/screenshots}.
 */
class EntryPhoneBrowserIT extends ProductionJarBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMUNE = "xa-hung-dien";
    private static final int WIDTH = 390;
    /** The chairman's title exactly, not "Phó Chủ tịch UBND". */
    private static final java.util.regex.Pattern CHAIR = java.util.regex.Pattern.compile("^\\s*Chủ tịch UBND\\s*$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @BeforeAll
    static void outputFolder() throws Exception {
        Files.createDirectories(SCREENSHOTS);
    }

    @Test
    void anEditorOnAPhoneRecordsADepartureAnAppointmentAndARatingTypingTheDates() throws Exception {
        assertThat(seats("CT_UBND").get("filled").asInt()).isEqualTo(1);
        LocalDate today = LocalDate.now();
        LocalDate left = today.minusDays(2);
        LocalDate appointed = today.minusDays(1);
        Page page = browser.signInPhone(app.baseUrl(), COMMUNE, WIDTH, 844);
        page.navigate(app.baseUrl() + "/cap-nhat");
        page.waitForURL(url -> url.endsWith("/cap-nhat/" + COMMUNE));

        // every row opens the person: its first cell is on the screen, and the wide-screen action icons are not shown
        Locator opener = page.locator("vaadin-button.entry-open").first();
        opener.waitFor();
        BoundingBox box = opener.boundingBox();
        assertThat(box.x + box.width).isLessThanOrEqualTo(WIDTH);
        assertThat(visible(page, "vaadin-button.entry-appoint-action")).isZero();
        shot(page, "entry-phone-editor-cadres");

        // the titles table on a phone: title and figures in the row, a tap shows the holder
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chức danh, vị trí")).click();
        Locator positions = page.locator("vaadin-grid#entry-positions");
        positions.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(CHAIR)).first().click();
        Locator holder = page.locator("span.entry-holder:visible").first();
        holder.waitFor();
        String chairman = holder.innerText().strip();
        assertThat(chairman).isNotBlank();
        BoundingBox vacantHeader = positions.locator("vaadin-grid-cell-content",
                new Locator.LocatorOptions().setHasText("Còn khuyết")).first().boundingBox();
        assertThat(vacantHeader.x + vacantHeader.width).as("the vacancies column on the screen").isLessThanOrEqualTo(WIDTH);
        shot(page, "entry-phone-editor-positions");

        // found again by typing the name without diacritics, in capitals
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cán bộ")).click();
        page.locator("vaadin-text-field#entry-search input").fill(SearchText.fold(chairman).toUpperCase());
        Locator cadres = page.locator("vaadin-grid#entry-cadres");
        Locator row = cadres.locator("vaadin-grid-cell-content", new Locator.LocatorOptions().setHasText(chairman)).first();
        row.waitFor();
        row.click();
        page.locator("vaadin-button#person-depart").click();

        // the departure, its date typed as d/M/yyyy; a date that cannot be read is refused, not replaced by today
        Locator endDate = page.locator("vaadin-date-picker").last();
        endDate.locator("input").fill("31/02/" + today.getYear());
        endDate.locator("input").press("Enter");
        page.waitForCondition(() -> endDate.getAttribute("invalid") != null);
        assertThat(page.getByText("Ngày không đọc được").first().isVisible()).isTrue();
        endDate.locator("input").fill(left.getDayOfMonth() + "/" + left.getMonthValue() + "/" + left.getYear());
        endDate.locator("input").press("Enter");
        page.waitForCondition(() -> SHOWN.format(left).equals(endDate.locator("input").inputValue()));
        page.locator("vaadin-select").last().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Chuyển công tác")).click();
        shot(page, "entry-phone-editor-departure");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true)).click();
        page.getByText("Đã ghi nhận thôi công tác").waitFor();
        assertThat(seats("CT_UBND").get("filled").asInt()).isZero();

        // another person appointed in his place, the start typed as dd/MM/yyyy
        page.locator("vaadin-text-field#entry-search input").fill("");
        page.locator("vaadin-button.entry-open").first().click();
        String appointee = page.locator("vaadin-dialog#person-sheet").evaluate("d => d.headerTitle").toString();
        assertThat(appointee).isNotEqualTo(chairman);
        page.locator("vaadin-button#person-appoint").click();
        page.locator("vaadin-select").last().click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(CHAIR)).first().click();
        Locator startDate = page.locator("vaadin-date-picker").last();
        startDate.locator("input").fill(SHOWN.format(appointed));
        startDate.locator("input").press("Enter");
        page.waitForCondition(() -> SHOWN.format(appointed).equals(startDate.locator("input").inputValue()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bổ nhiệm").setExact(true)).click();
        page.getByText("Đã ghi nhận bổ nhiệm").waitFor();
        assertThat(seats("CT_UBND").get("filled").asInt()).isEqualTo(1);

        // the rating: the ratings entered are listed; 2025 removed and entered again, as "Hoàn thành xuất sắc"
        page.locator("vaadin-button.entry-open").first().click();
        page.locator("vaadin-button#person-rate").click();
        Locator lines = page.locator(".rating-line");
        lines.first().waitFor();
        assertThat(lines.count()).isEqualTo(2);
        assertThat(page.locator("vaadin-button#rating-save").isVisible()).as("every year it may have is rated").isFalse();
        shot(page, "entry-phone-editor-ratings");
        page.locator(".rating-line[data-year='2025'] vaadin-button.rating-remove").click();
        page.getByText("Đã xóa xếp loại").waitFor();
        assertThat(page.locator("vaadin-select#rating-year").innerText()).contains("2025");
        page.locator("vaadin-select#rating-value").click();
        // the open list's item (the 2026 line's select holds one of the same name)
        page.locator("vaadin-select-item[role=option]:visible",
                new Page.LocatorOptions().setHasText("Hoàn thành xuất sắc nhiệm vụ")).click();
        page.locator("vaadin-button#rating-save").click();
        page.getByText("Đã ghi nhận xếp loại").waitFor();

        List<String> trail = trail();
        assertThat(trail).contains(
                "CADRE END endDate " + SHOWN.format(left),
                "CADRE END reason TRANSFER",
                "HOLDING CREATE startDate " + SHOWN.format(appointed),
                "HOLDING CREATE position CT_UBND",
                "HOLDING CREATE cadre " + appointee,
                "RATING DELETE year 2025",
                "RATING CREATE year 2025",
                "RATING CREATE rating HTXS");
    }

    @Test
    void theEntryPageForTheEditorAndTheBoardAtThreeSizes() {
        for (String user : List.of(COMMUNE, "bantochuc")) {
            for (int[] size : new int[][] {{390, 844}, {1366, 768}, {1920, 1080}}) {
                Page page = size[0] == WIDTH ? browser.signInPhone(app.baseUrl(), user, size[0], size[1])
                        : browser.signIn(app.baseUrl(), user, size[0], size[1]);
                page.navigate(app.baseUrl() + "/cap-nhat/" + COMMUNE);
                page.locator("vaadin-button.entry-open").first().waitFor();
                String name = "entry-" + user + "-" + size[0] + "x" + size[1];
                shot(page, name);
                page.locator("vaadin-button.entry-open").first().click();
                page.locator("vaadin-dialog#person-sheet vaadin-button#person-remove").waitFor();
                // the dialog fades in: the picture is taken once it has (this waits for nothing the test checks)
                page.waitForTimeout(600);
                shot(page, name + "-person");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đóng").setExact(true)).click();
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Chức danh, vị trí")).click();
                page.locator("vaadin-grid#entry-positions").waitFor();
                shot(page, name + "-positions");
                page.context().close();
            }
        }
    }

    private static int visible(Page page, String selector) {
        return page.locator(selector + ":visible").count();
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    /** The commune's audit trail over the API, each line as "ENTITY ACTION field newValue" or "… oldValue" for a delete. */
    private static List<String> trail() throws Exception {
        JsonNode entries = get("/api/v1/audit?commune=" + COMMUNE + "&size=200", "bantochuc").get("entries");
        List<String> lines = new ArrayList<>();
        for (JsonNode e : entries) {
            if (!COMMUNE.equals(e.get("actor").asText())) {
                continue;
            }
            String value = "DELETE".equals(e.get("action").asText()) ? e.get("oldValue").asText()
                    : e.get("newValue").asText();
            lines.add(e.get("entity").asText() + " " + e.get("action").asText() + " " + e.get("field").asText() + " "
                    + value);
        }
        return lines;
    }

    private static JsonNode seats(String position) throws Exception {
        return get("/api/v1/positions?commune=" + COMMUNE, "lanhdao").get(position);
    }

    private static JsonNode get(String path, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
