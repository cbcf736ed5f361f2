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
        return Optional.of(ui);
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
