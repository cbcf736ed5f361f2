package vn.tayninh.dashboard.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** One API request with HTTP Basic credentials ({@code user:password}) against a running test server: its status. */
public final class BasicAuthProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private BasicAuthProbe() {
    }

    public static int status(int port, String credentials) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/communes"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
