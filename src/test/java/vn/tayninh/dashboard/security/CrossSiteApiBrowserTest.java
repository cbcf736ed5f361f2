package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;
import vn.tayninh.dashboard.BrowserSession;

/**
 * The probe's attack in a real Chromium: the browser holds the board's API password and sends it with every request
 * to the application (as a browser does once it was given the password at the API's prompt), and a page served from
 * another origin makes it post the roster import ({@code mode=add}, multipart) and the acceptance of a request for
 * explanation, by {@code fetch} in {@code no-cors} mode and by a submitted form. Every write is refused and nothing
 * is written; the same browser on the application's own origin, sending what a script sends, does write (so the
 * refusals are the protection's, not a broken attack).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@DirtiesContext
class CrossSiteApiBrowserTest {

    static final String BOARD = "bantochuc:demo123";
    static final String CSV = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,"
            + "bloc,titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,"
            + "studying_for,study_end,llct_studying_for,llct_study_end,rating_2026\\n"
            + "xa-hung-dien,Người Lạ Từ Trang Khác,NU,1990-01-01,Kinh,DAI_HOC,TRUNG_CAP,false,DANG_DOAN_THE,,NONE,"
            + "false,false,false,false,,,,,HTT\\n";

    static BrowserSession browsers;
    static HttpServer otherSite;
    static volatile String page = "";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private BrowserContext context;
    private long explanation;

    @BeforeAll
    static void startBrowserAndTheOtherSite() throws Exception {
        browsers = new BrowserSession();
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        otherSite.start();
    }

    @AfterAll
    static void stop() {
        if (otherSite != null) {
            otherSite.stop(0);
        }
        if (browsers != null) {
            browsers.close();
        }
    }

    @BeforeEach
    void answeredRequestAndABrowserHoldingThePassword() throws Exception {
        HttpResponse<String> created = ApiCalls.send(port, "POST", "/api/v1/explanations", BOARD, """
                {"communeCode": "xa-hung-dien", "targetCode": "T2", "asOf": "2026-06-01", "dueDate": "2026-12-15",
                 "request": "Giải trình tỷ lệ đại học thấp"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        explanation = JsonMapper.builder().build().readTree(created.body()).get("id").asLong();
        HttpResponse<String> answered = ApiCalls.send(port, "POST", "/api/v1/explanations/" + explanation + "/answer",
                "xa-hung-dien:demo123", "{\"cause\": \"Thiếu nguồn\", \"remedy\": \"Cử đi học\", \"expectedBy\": \"2027-09-30\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);

        Browser browser = browsers.browser();
        // what a browser's store of Basic credentials does: the header on every request, whoever's page made it
        context = browser.newContext(new Browser.NewContextOptions().setExtraHTTPHeaders(Map.of("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(BOARD.getBytes(StandardCharsets.UTF_8)))));
    }

    @AfterEach
    void cleanUp() {
        context.close();
        jdbc.update("DELETE FROM audit_entry WHERE entity = 'EXPLANATION'");
        jdbc.update("DELETE FROM explanation_step");
        jdbc.update("DELETE FROM explanation");
    }

    @Test
    void noWriteFromAnotherOriginGoesThrough() {
        int cadres = strangers();
        // another site (127.0.0.1 against localhost) and another origin of the same site (localhost, another port)
        for (String origin : List.of("http://127.0.0.1:" + otherSite.getAddress().getPort(),
                "http://localhost:" + otherSite.getAddress().getPort())) {
            List<String> attempts = new ArrayList<>();
            page = attackPage();
            Page attacker = context.newPage();
            attacker.navigate(origin + "/attack");
            attacker.evaluate("() => fetchAttacks()");
            attempts.add("fetch no-cors");
            for (String form : List.of("importForm", "acceptForm", "acceptJsonForm")) {
                attacker.navigate(origin + "/attack");
                attacker.waitForLoadState();
                attacker.evaluate("id => { const f = document.getElementById(id); if (id === 'importForm') {"
                        + " const t = new DataTransfer(); t.items.add(new File([CSV], 'roster.csv', {type: 'text/csv'}));"
                        + " f.querySelector('input[type=file]').files = t.files; } }", form);
                attacker.waitForNavigation(() -> attacker.evaluate("id => document.getElementById(id).submit()", form));
                attempts.add(form + " → " + attacker.content().replaceAll("<[^>]+>", " ").strip());
            }
            attacker.close();

            assertThat(strangers()).as(origin + " " + attempts).isEqualTo(cadres);
            assertThat(state()).as(origin + " " + attempts).isEqualTo("ANSWERED");
            assertThat(attempts.subList(1, attempts.size())).as(origin)
                    .allSatisfy(attempt -> assertThat(attempt).contains("không có gì được ghi"));
        }

        // the same browser on the application's own origin, sending what a script sends, writes: the password did
        // travel with the refused requests, and the file and the request were valid
        Page own = context.newPage();
        own.navigate(app() + "/api/v1/communes");
        Object status = own.evaluate("async csv => { const d = new FormData();"
                + " d.append('file', new Blob([csv], {type: 'text/csv'}), 'roster.csv');"
                + " const r = await fetch('/api/v1/import?mode=add', {method: 'POST', body: d,"
                + " headers: {'X-Requested-With': 'script'}}); return r.status + ' ' + await r.text(); }",
                CSV.replace("\\n", "\n"));
        assertThat(String.valueOf(status)).startsWith("200 ");
        assertThat(strangers()).isEqualTo(cadres + 1);
    }

    private String attackPage() {
        String app = app();
        return """
                <!doctype html><html><head><meta charset="utf-8"><title>Trang khác</title></head><body>
                <form id="importForm" method="post" enctype="multipart/form-data" action="%1$s/api/v1/import?mode=add">
                  <input type="file" name="file"></form>
                <form id="acceptForm" method="post" action="%1$s/api/v1/explanations/%2$d/accept"></form>
                <form id="acceptJsonForm" method="post" enctype="text/plain" action="%1$s/api/v1/explanations/%2$d/accept">
                  <input name='{"version":null,"x":"' value='"}'></form>
                <script>
                const CSV = "%3$s";
                async function fetchAttacks() {
                  const file = new FormData();
                  file.append('file', new Blob([CSV], {type: 'text/csv'}), 'roster.csv');
                  const shots = [
                    ['%1$s/api/v1/import?mode=add', {body: file}],
                    ['%1$s/api/v1/explanations/%2$d/accept', {}],
                    ['%1$s/api/v1/explanations/%2$d/accept', {body: '{}', headers: {'Content-Type': 'text/plain'}}]];
                  for (const [url, options] of shots) {
                    await fetch(url, Object.assign({method: 'POST', mode: 'no-cors', credentials: 'include'}, options))
                        .catch(() => null);
                  }
                }
                </script></body></html>""".formatted(app, explanation, CSV);
    }

    private String app() {
        return "http://localhost:" + port;
    }

    private int strangers() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM cadre WHERE full_name = 'Người Lạ Từ Trang Khác'", Integer.class);
    }

    private String state() {
        return jdbc.queryForObject("SELECT state FROM explanation WHERE id = ?", String.class, explanation);
    }
}
