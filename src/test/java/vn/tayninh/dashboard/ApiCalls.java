package vn.tayninh.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Calls of the JSON API over real HTTP, as a client of the application would make them: HTTP Basic with
 * {@code "username:password"} (none when null) or an API key as {@code "Bearer tnk_…"}, a JSON body when given,
 * {@code X-Requested-With} on every write,
 * the answer read as UTF-8.
 */
public final class ApiCalls {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ApiCalls() {
    }

    public static HttpResponse<String> get(int port, String path, String credentials) throws Exception {
        return send(port, "GET", path, credentials, null);
    }

    public static HttpResponse<String> send(int port, String method, String path, String credentials, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (!method.equals("GET")) {
            // what a script adds to every write, and what no page of another website can send (docs/api.md)
            request.header("X-Requested-With", "script");
        }
        if (credentials != null && credentials.startsWith("Bearer ")) {
            request.header("Authorization", credentials);
        } else if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
