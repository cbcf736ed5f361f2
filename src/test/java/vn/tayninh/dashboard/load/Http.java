package vn.tayninh.dashboard.load;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of a simulated user: the API with HTTP Basic, or a browser-like session (form login, session
 * cookie) for the Vaadin pages. Every call is timed into the {@link Recorder} under its kind.
 */
final class Http {

    /** The demo accounts' password, which the load runs on the demo data use. */
    static final String DEMO_PASSWORD = "demo123";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final String baseUrl;
    private final Recorder recorder;
    private final String password;

    Http(String baseUrl, Recorder recorder, String password) {
        this.baseUrl = baseUrl;
        this.password = password;
        this.recorder = recorder;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String baseUrl() {
        return baseUrl;
    }

    HttpRequest.Builder api(String user, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT).header("X-Requested-With", "script")
                .header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    /** Sends and times a request; empty (and an error recorded) when it failed to complete. */
    Optional<HttpResponse<byte[]>> send(String kind, HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            recorder.record(kind, System.nanoTime() - started);
            return Optional.of(response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.error(kind, "interrupted");
            return Optional.empty();
        } catch (Exception e) {
            recorder.record(kind, System.nanoTime() - started);
            recorder.error(kind, request.method() + " " + request.uri().getPath() + ": " + e);
            return Optional.empty();
        }
    }

    /** Sends a request that must answer {@code expected}; anything else is recorded as an error. */
    Optional<String> expect(String kind, HttpRequest request, int expected) {
        return send(kind, request).flatMap(response -> {
            String body = new String(response.body(), StandardCharsets.UTF_8);
            if (response.statusCode() != expected) {
                recorder.error(kind, request.method() + " " + request.uri().getPath() + " → " + response.statusCode()
                        + " " + body.substring(0, Math.min(300, body.length())));
                return Optional.empty();
            }
            return Optional.of(body);
        });
    }

    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A browser's session: signs in through the login form and keeps the session cookie. */
    final class Browser {
        private String cookie;

        Http http() {
            return Http.this;
        }

        boolean signIn(String user) {
            Optional<HttpResponse<byte[]>> form = send("ui.login", HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .timeout(TIMEOUT).GET().build());
            form.ifPresent(this::keepCookie);
            // the form posts the CSRF token the sign-in page carries (Vaadin writes it into a meta tag), as a browser does
            Matcher token = CSRF_TOKEN.matcher(form.map(r -> new String(r.body(), StandardCharsets.UTF_8)).orElse(""));
            if (!token.find()) {
                recorder.error("ui.login", user + " → the sign-in page has no CSRF token");
                return false;
            }
            String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            Optional<HttpResponse<byte[]>> posted = send("ui.login", request("/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
            if (posted.isEmpty()) {
                return false;
            }
            keepCookie(posted.get());
            String location = posted.get().headers().firstValue("Location").orElse("");
            if (posted.get().statusCode() != 302 || location.contains("error")) {
                recorder.error("ui.login", user + " → " + posted.get().statusCode() + " " + location);
                return false;
            }
            return true;
        }

        /** The session cookie as the browser holds it ({@code JSESSIONID=…}); null before the first answer. */
        String cookie() {
            return cookie;
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
            if (cookie != null) {
                builder.header("Cookie", cookie);
            }
            return builder;
        }

        private void keepCookie(HttpResponse<?> response) {
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()));
        }
    }
}
