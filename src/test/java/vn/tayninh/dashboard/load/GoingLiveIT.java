package vn.tayninh.dashboard.load;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tayninh.dashboard.AuthenticatorApp.code;

import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.BrowserSession;
import vn.tayninh.dashboard.MultipartRoster;
import vn.tayninh.dashboard.RunningJar;

/**
 * Going live as an operator does, on an empty MariaDB database with the production profile and nothing but the
 * initial administrator's password: the administrator's first sign-in in a real browser (the password, then the
 * authenticator app set up with its QR code's key), the first-run page with every step to do, a read-and-write API key
 * issued on its page; then through the API with that key, as an operator's script: the seats and quotas of all 96
 * communes from the downloaded template filled in; 96 editors, a leader and the board from one accounts file on the
 * accounts page (a key makes no account); through the API again, two communes' first rosters and the baseline frozen; the figures of the hand-made rosters read back exactly; the first-run page with
 * every step done; and a commune editor's first sign-in on a phone, which asks for a password of their own.
 */
@EnabledIfEnvironmentVariable(named = "CLUSTER_DB_URL", matches = "jdbc:(mysql|mariadb):.+")
class GoingLiveIT {

    static final String ADMIN_PASSWORD = "Mat-khau-khoi-tao-2026";
    static final String TAN_NINH = "phuong-tan-ninh";
    static final String HUNG_DIEN = "xa-hung-dien";
    static final Path SCREENS = Path.of("target", "screens", "going-live");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private String base;
    private String key;

    @Test
    void fromAnEmptyDatabaseToCommunesAtWork() throws Exception {
        ClusterDatabase database = ClusterDatabase.emptied();
        Files.createDirectories(SCREENS);
        Path workDir = Files.createTempDirectory("going-live");
        // the production defaults: the administrator and the board sign in in two steps
        try (RunningJar app = RunningJar.launch(workDir, "app.log", RunningJar.freePort(), database.environment(Map.of(
                "APP_INITIAL_ADMIN_PASSWORD", ADMIN_PASSWORD, "APP_SECURITY_TWO_FACTOR_ROLES", "ADMIN,BOARD")), List.of());
             BrowserSession browsers = new BrowserSession()) {
            app.awaitLog(Pattern.compile("Started Application"));
            base = app.baseUrl();

            // the administrator's password alone opens nothing on the API
            assertThat(send(HttpRequest.newBuilder(uri("/api/v1/communes")).header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(("quantri:" + ADMIN_PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))).statusCode()).isEqualTo(401);

            // 1. the first sign-in, in a browser: the password, then the authenticator app
            Page admin = browsers.newPage(1366, 768);
            admin.navigate(base + "/quan-tri/khoi-tao");
            admin.locator("vaadin-login-form input[name=username]").fill("quantri");
            admin.locator("vaadin-login-form input[name=password]").fill(ADMIN_PASSWORD);
            admin.locator("vaadin-login-form input[name=password]").press("Enter");
            admin.waitForURL(url -> url.endsWith("/xac-thuc-hai-buoc"));
            String secret = admin.locator("#two-factor-key").textContent().replace(" ", "");
            admin.locator("#two-factor-code input").fill(code(secret, Instant.now()));
            admin.locator("#two-factor-confirm").click();
            admin.locator("#two-factor-continue").click();
            admin.waitForURL(url -> url.endsWith("/quan-tri/khoi-tao"));
            admin.locator("#setup-steps").waitFor();
            assertThat(admin.locator("#setup-SEATS").textContent()).contains("Chưa xong").contains("0/96");
            assertThat(admin.locator("#setup-COMMUNES").textContent()).contains("Đã xong").contains("96 xã, phường");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("setup-before.png")).setFullPage(true));

            // 2. a key for the operator's script, issued on its page and shown once
            admin.navigate(base + "/quan-tri/khoa-api");
            admin.locator("#token-issue").click();
            admin.locator("#token-name input").fill("khoi-tao");
            admin.locator("vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Đọc và ghi")).click();
            admin.locator("#token-save").click();
            key = admin.locator("#token-key textarea").inputValue();
            assertThat(key).startsWith("tnk_");

            // 3. seats and quotas of the 96 communes: the template filled in, checked, then written whole
            byte[] template = send(get("/api/v1/seats-file.xlsx"), HttpResponse.BodyHandlers.ofByteArray()).body();
            byte[] filled = fillSeats(template);
            JsonNode preview = json(send(MultipartRoster.post(authorized("/api/v1/seats-file?dryRun=true"),
                    "bien-che.xlsx", filled)));
            assertThat(preview.get("committed").asBoolean()).isFalse();
            JsonNode written = json(send(MultipartRoster.post(authorized("/api/v1/seats-file"), "bien-che.xlsx", filled)));
            assertThat(written.get("committed").asBoolean()).isTrue();
            JsonNode seats = json(send(get("/api/v1/communes/" + TAN_NINH + "/seats")));
            assertThat(seats.size()).isEqualTo(8);
            for (vn.tayninh.dashboard.position.Position position : vn.tayninh.dashboard.position.Position.values()) {
                JsonNode seat = seats.get(position.name());
                assertThat(seat.get("approved").asInt()).as(position.name()).isEqualTo(seatsOf(position.name()));
                assertThat(seat.get("filled").asInt()).as(position.name()).isZero();
                assertThat(seat.has("version")).as(position.name()).isTrue();
            }
            JsonNode quotas = json(send(get("/api/v1/communes/" + TAN_NINH + "/quotas")));
            assertThat(quotas.get("DANG_DOAN_THE").get("quota").asInt()).isEqualTo(20);
            assertThat(quotas.get("NHA_NUOC").get("quota").asInt()).isEqualTo(30);

            // 4. an editor for each commune, a leader and the board, from one file on the accounts page (accounts are
            // the administrator's, who signs in in two steps: no key may make them), each with a one-time password
            JsonNode communes = json(send(get("/api/v1/communes")));
            assertThat(communes.size()).isEqualTo(96);
            StringBuilder accounts = new StringBuilder("username,display_name,role,commune_code,email\n");
            for (JsonNode commune : communes) {
                String code = commune.get("code").asText();
                accounts.append("cb.").append(code).append(",Cán bộ cập nhật ").append(commune.get("name").asText()
                        .replace(",", " ")).append(",COMMUNE_EDITOR,").append(code).append(",\n");
            }
            accounts.append("lanhdao.tinh,Lãnh đạo Tỉnh ủy,LEADER,,\n").append("bantochuc.tinh,Ban Tổ chức Tỉnh ủy,BOARD,,\n");
            assertThat(send(MultipartRoster.post(authorized("/api/v1/accounts-file"), "tai-khoan.csv",
                    accounts.toString().getBytes(StandardCharsets.UTF_8))).statusCode()).as("a key makes no account")
                    .isEqualTo(403);
            Path accountsFile = workDir.resolve("tai-khoan.csv");
            Files.writeString(accountsFile, accounts);
            admin.navigate(base + "/quan-tri/nguoi-dung");
            admin.locator("#accounts-file-open").click();
            admin.locator("#accounts-upload input[type=file]").setInputFiles(accountsFile);
            admin.locator("#accounts-check").click();
            admin.locator("#accounts-status").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("98 tài khoản")).waitFor();
            admin.locator("#accounts-commit").click();
            admin.locator("#accounts-issued").waitFor();
            com.microsoft.playwright.Download list = admin.waitForDownload(() -> admin.locator("#accounts-list").click());
            String printed = Files.readString(list.path());
            String editorPassword = printed.lines().filter(line -> line.startsWith("\"cb." + HUNG_DIEN + "\","))
                    .map(line -> line.substring(line.lastIndexOf(',') + 1).replace("\"", "").strip()).findFirst()
                    .orElseThrow();
            assertThat(editorPassword).matches("[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}-[a-zA-Z2-9]{4}");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("accounts.png")));

            // 5. the first rosters of two communes, checked then written
            String roster = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,"
                    + "titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,"
                    + "rating_2025,rating_2026\n"
                    + TAN_NINH + ",Nguyễn Văn Một,NAM,1975-03-02,Kinh,DAI_HOC,CU_NHAN_CAO_CAP,false,NHA_NUOC,BI_THU,BTV,false,false,false,false,HTT,HTT\n"
                    + TAN_NINH + ",Trần Thị Hai,NU,1988-07-15,Kinh,THAC_SI,CU_NHAN_CAO_CAP,false,NHA_NUOC,CT_UBND,BTV,false,false,false,false,HTT,HTT\n"
                    + TAN_NINH + ",Lê Văn Ba,NAM,1990-01-20,Khmer,CAO_DANG,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,false,false,HT,HT\n"
                    + HUNG_DIEN + ",Phạm Thị Bốn,NU,1979-11-30,Kinh,DAI_HOC,CU_NHAN_CAO_CAP,false,NHA_NUOC,BI_THU,BTV,false,false,false,false,HTXS,HTT\n"
                    + HUNG_DIEN + ",Võ Văn Năm,NAM,1995-05-05,Kinh,TRUNG_CAP,SO_CAP,false,NHA_NUOC,,NONE,false,false,false,false,HT,HT\n";
            byte[] rosterFile = roster.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> check = send(MultipartRoster.post(authorized("/api/v1/import?mode=add&dryRun=true"),
                    "can-bo.csv", rosterFile));
            assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
            HttpResponse<String> imported = send(MultipartRoster.post(authorized("/api/v1/import?mode=add"),
                    "can-bo.csv", rosterFile));
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

            // 6. the baseline frozen today
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            HttpResponse<String> frozen = send(authorized("/api/v1/freezes").header("Content-Type", "application/json")
                    .header("X-Requested-With", "script").POST(HttpRequest.BodyPublishers.ofString(
                            "{\"asOf\":\"" + today + "\",\"label\":\"Số liệu gốc\"}")));
            assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(201);

            // 7. the figures of the hand-made rosters, counted by hand: a degree 2 of 3 and 1 of 2, 3 of 5 in all
            assertThat(indicator("T1", "?commune=" + TAN_NINH)).isEqualTo("2/3");
            assertThat(indicator("T1", "?commune=" + HUNG_DIEN)).isEqualTo("1/2");
            assertThat(indicator("T1", "")).isEqualTo("3/5");

            // 8. the first-run page: every step done but the rosters of the 94 other communes
            admin.navigate(base + "/quan-tri/khoi-tao");
            admin.locator("#setup-steps").waitFor();
            assertThat(admin.locator("#setup-SEATS").textContent()).contains("Đã xong").contains("96/96");
            assertThat(admin.locator("#setup-QUOTAS").textContent()).contains("Đã xong").contains("96/96");
            assertThat(admin.locator("#setup-ACCOUNTS").textContent()).contains("Đã xong");
            assertThat(admin.locator("#setup-ROSTERS").textContent()).contains("2/96");
            assertThat(admin.locator("#setup-BASELINE").textContent()).contains("Đã xong").contains("1/1");
            admin.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("setup-after.png")).setFullPage(true));
            admin.context().close();

            // 9. a commune editor's first sign-in on a phone: no second step, a password of their own first
            Page editor = browsers.newPhonePage(390, 844);
            editor.navigate(base + "/login");
            editor.locator("vaadin-login-form input[name=username]").fill("cb." + HUNG_DIEN);
            editor.locator("vaadin-login-form input[name=password]").fill(editorPassword);
            editor.locator("vaadin-login-form input[name=password]").press("Enter");
            editor.locator("#own-current").waitFor();
            editor.locator("#own-current input").fill(editorPassword);
            editor.locator("#own-new input").fill("Hung-dien-2026x");
            editor.locator("#own-repeat input").fill("Hung-dien-2026x");
            editor.locator("#own-change").click();
            editor.locator("#own-current").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
            editor.locator("vaadin-drawer-toggle").waitFor();
            assertThat(editor.url()).doesNotContain("xac-thuc-hai-buoc").doesNotContain("login");
            editor.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("editor-390.png")));
            editor.context().close();

            assertThat(app.errorLines()).isEmpty();
        }
    }

    /** Seats per title: two of every title but the standing committee (five) and the executive committee (fifteen). */
    private static int seatsOf(String position) {
        return switch (position) {
            case "BTV" -> 5;
            case "BCH" -> 15;
            default -> 2;
        };
    }

    /** The template with every commune's numbers filled in: {@link #seatsOf} seats, and quotas of 20 and 30. */
    private static byte[] fillSeats(byte[] template) throws Exception {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> columns = new ArrayList<>();
            for (Cell cell : header) {
                columns.add(cell.getStringCellValue());
            }
            int rows = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isBlank()) {
                    continue;
                }
                rows++;
                // the columns: the commune, the titles in their order, then the quotas of the two blocs
                vn.tayninh.dashboard.position.Position[] titles = vn.tayninh.dashboard.position.Position.values();
                for (int c = 1; c < columns.size(); c++) {
                    int value = c <= titles.length ? seatsOf(titles[c - 1].name()) : c == titles.length + 1 ? 20 : 30;
                    Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    cell.setCellValue(value);
                }
            }
            assertThat(columns).hasSize(vn.tayninh.dashboard.position.Position.values().length + 3);
            assertThat(rows).isEqualTo(96);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String indicator(String code, String query) throws Exception {
        for (JsonNode indicator : json(send(get("/api/v1/indicators" + query)))) {
            if (indicator.get("code").asText().equals(code)) {
                return indicator.get("numerator").asLong() + "/" + indicator.get("denominator").asLong();
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key);
    }

    private HttpRequest.Builder get(String path) {
        return authorized(path).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
        HttpResponse<T> response = http.send(request.build(), body);
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}
