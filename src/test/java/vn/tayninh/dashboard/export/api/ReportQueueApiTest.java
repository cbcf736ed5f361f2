package vn.tayninh.dashboard.export.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tayninh.dashboard.export.ui.ExportJobs;

/**
 * The report files of the API go through the bounded queue of the screens' exports, here one worker and one place
 * waiting, held while a file exists: a second file for the same account, and any file once the queue is full, are
 * answered 429 with {@code Retry-After} at once; the others get their files once the queue moves. A client that
 * hangs up before its ZIP is sent leaves no ERROR in the log (every test fails on one, {@code ErrorLog}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "app.exports.workers=1", "app.exports.max-waiting=1"})
@ActiveProfiles("test")
@DirtiesContext
class ReportQueueApiTest {

    static final Path HOLD = hold();

    @DynamicPropertySource
    static void holdFile(DynamicPropertyRegistry registry) {
        registry.add("app.exports.hold-file", HOLD::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    ExportJobs jobs;
    @Autowired
    MeterRegistry meters;

    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void release() throws IOException {
        Files.deleteIfExists(HOLD);
    }

    @Test
    void aFullQueueAnswers429WithRetryAfterAndTheOthersGetTheirFiles() throws Exception {
        Files.createFile(HOLD);
        CompletableFuture<HttpResponse<byte[]>> leader = download("lanhdao");
        await(() -> jobs.activeCount() == 1);

        HttpResponse<String> again = client.send(request("lanhdao"), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(again.body()).isEqualTo("{\"errors\":[{\"message\":\"Tài khoản này đang có một tệp báo cáo được"
                + " tạo hoặc đang chờ; hãy đợi tệp đó xong rồi yêu cầu tiếp\"}]}");

        CompletableFuture<HttpResponse<byte[]>> board = download("bantochuc");
        await(() -> jobs.activeCount() == 2);
        HttpResponse<String> full = client.send(request("admin"), HttpResponse.BodyHandlers.ofString());
        assertThat(full.statusCode()).isEqualTo(429);
        assertThat(full.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(full.body()).contains("Đang có nhiều tệp báo cáo được tạo");

        Files.delete(HOLD);
        for (HttpResponse<byte[]> answer : new HttpResponse[] {leader.get(), board.get()}) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(new String(answer.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        }
        // the queue is free again: the administrator now gets theirs
        assertThat(client.send(request("admin"), HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatHangsUpBeforeItsZipIsSentIsNoError() throws Exception {
        String path = "/api/v1/reports/meeting-packs.zip";
        Timer before = meters.find("http.server.requests").tag("uri", path).timer();
        long answered = before == null ? 0 : before.count();
        Files.createFile(HOLD);
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString("lanhdao:demo123".getBytes(StandardCharsets.UTF_8))
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await(() -> jobs.activeCount() == 1);
        }
        Files.delete(HOLD);
        // the request has ended, its error handling included, once the server has timed it
        await(() -> {
            Timer timer = meters.find("http.server.requests").tag("uri", path).timer();
            return timer != null && timer.count() > answered;
        });
        assertThat(jobs.files().waiting()).isEmpty();
    }

    private CompletableFuture<HttpResponse<byte[]>> download(String user) {
        return client.sendAsync(request(user), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports/statistics.xlsx"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8))).build();
    }

    /** Waits for a state of the queue (not for time): fails after a minute. */
    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the queue did not reach the state awaited within a minute");
            }
            Thread.onSpinWait();
        }
    }

    private static Path hold() {
        try {
            Path dir = Files.createTempDirectory("report-queue");
            return dir.resolve("hold");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
