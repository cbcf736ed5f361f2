package vn.tayninh.dashboard.load;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Vaadin page opened the way the browser's client does it: the bootstrap page, the UI's init request, then the
 * navigation event that builds the view on the server (the dashboard's engine pass, its charts); closing sends the
 * unload beacon a browser sends when the tab leaves the page. The UI and its view then live in the session.
 */
final class VaadinPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http.Browser browser;
    private final Recorder recorder;
    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private String view = "";

    private VaadinPage(Http.Browser browser, Recorder recorder, int uiId, String csrfToken, int syncId) {
        this.browser = browser;
        this.recorder = recorder;
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.syncId = syncId;
    }

    /** Opens a route ("" for the dashboard, "xa-phuong/CODE" for a commune); empty when any step failed. */
    static Optional<VaadinPage> open(Http http, Http.Browser browser, Recorder recorder, String route) {
        Optional<String> page = http.expect("ui.page", browser.request("/" + route).GET().build(), 200);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        if (!page.get().contains("VAADIN/build/")) {
            recorder.error("ui.page", route + ": not the application's page (signed out?)");
            return Optional.empty();
        }
        String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
        Optional<String> init = http.expect("ui.init",
                browser.request("/?v-r=init&location=" + location + "&query=").GET().build(), 200);
        if (init.isEmpty()) {
            return Optional.empty();
        }
        JsonNode config = JSON.readTree(init.get()).path("appConfig");
        if (!config.has("v-uiId")) {
            recorder.error("ui.init", route + ": no UI in " + init.get().substring(0, Math.min(200, init.get().length())));
            return Optional.empty();
        }
        VaadinPage ui = new VaadinPage(browser, recorder, config.get("v-uiId").asInt(),
                config.path("uidl").path("Vaadin-Security-Key").asString(), config.path("uidl").path("syncId").asInt());
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"",\
                "appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":%d,"clientId":%d}"""
                .formatted(ui.csrfToken, route, ui.syncId, ui.clientId);
        Optional<String> view = ui.uidl("ui.view", navigate);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        if (!view.get().contains("apex-chart")) {
            recorder.error("ui.view", route + ": the view has no chart");
            return Optional.empty();
        }
        ui.view = view.get();
        return Optional.of(ui);
    }

    private static final java.util.regex.Pattern HREF =
            java.util.regex.Pattern.compile("\\{\"uri\":\"(VAADIN/dynamic/resource/[^\"]+)\"");

    /** The outcome of asking for a file with the page's button: the file's bytes, or why there is none. */
    record Export(byte[] file, boolean refused, String problem) {
    }

    /**
     * Clicks the export button whose file name starts with {@code filePrefix}, as the browser does, then polls as the
     * page does (every 400 ms) until the file's link arrives, and downloads it once.
     */
    Export export(String filePrefix, java.time.Duration patience) throws InterruptedException {
        java.util.regex.Matcher button = java.util.regex.Pattern.compile(
                "\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"data-file\",\"feat\":3,\"value\":\""
                        + java.util.regex.Pattern.quote(filePrefix)).matcher(view);
        if (!button.find()) {
            return new Export(null, false, "no button for " + filePrefix);
        }
        String click = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":%s,"event":"click","data":{"event.shiftKey":false,\
                "event.metaKey":false,"event.detail":1,"event.ctrlKey":false,"event.clientX":0,"event.clientY":0,\
                "event.altKey":false,"event.button":0,"event.screenY":0,"event.screenX":0}}],"syncId":%d,"clientId":%d}"""
                .formatted(csrfToken, button.group(1), syncId, clientId);
        Optional<String> answer = uidl("export.click", click);
        long deadline = System.nanoTime() + patience.toNanos();
        while (answer.isPresent()) {
            String text = answer.get();
            if (text.contains("vaadin-notification")) {
                return new Export(null, true, null); // refused at once: the queue is full
            }
            java.util.regex.Matcher href = HREF.matcher(text);
            if (href.find()) {
                Optional<java.net.http.HttpResponse<byte[]>> file = browserHttp().send("export.file",
                        browser.request("/" + href.group(1)).GET().build());
                return file.map(r -> r.statusCode() == 200 ? new Export(r.body(), false, null)
                        : new Export(null, false, "file answered " + r.statusCode())).orElse(new Export(null, false, "no file"));
            }
            if (System.nanoTime() > deadline) {
                return new Export(null, false, "no file within " + patience);
            }
            Thread.sleep(400);
            answer = uidl("export.poll", """
                    {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-poll"}],"syncId":%d,"clientId":%d}"""
                    .formatted(csrfToken, syncId, clientId));
        }
        return new Export(null, false, "the page did not answer");
    }

    /** The unload beacon: the server closes this UI and lets its view go. */
    void close() {
        uidl("ui.unload", """
                {"csrfToken":"%s","rpc":[],"syncId":%d,"clientId":%d,"UNLOAD":true}""".formatted(csrfToken, syncId, clientId));
    }

    private Optional<String> uidl(String kind, String body) {
        HttpRequest request = browser.request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(Http.json(body)).build();
        return browserHttp().expect(kind, request, 200).flatMap(answer -> {
            if (answer.contains("\"appError\"") || answer.contains("sessionExpired")
                    || answer.contains("exception while trying to navigate")) {
                recorder.error(kind, answer.substring(0, Math.min(300, answer.length())));
                return Optional.empty();
            }
            JsonNode json = JSON.readTree(answer.startsWith("for(;;);") ? answer.substring(8) : answer);
            if (json.isArray()) {
                json = json.get(0);
            }
            syncId = json.path("syncId").asInt(syncId);
            clientId = json.path("clientId").asInt(clientId + 1);
            return Optional.of(answer);
        });
    }

    private Http browserHttp() {
        return browser.http();
    }
}
