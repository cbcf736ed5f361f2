package vn.tayninh.dashboard.base.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.tayninh.dashboard.MultipartRoster;
import vn.tayninh.dashboard.cadre.AnnualRatingRepository;

/**
 * Every refusal of the API, whoever produces it (the security filters, Spring MVC, the servlet container's multipart
 * parsing, the database), answers the documented shape {@code {"errors":[{"message":"…"}]}} in Vietnamese with the
 * right status; loose JSON (numbers for codes or text, fractions for whole numbers) and control characters are
 * refused with the member named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
@DirtiesContext
class ApiRefusalsTest {

    static final String TAN_NINH = "phuong-tan-ninh";
    static final String EDITOR = TAN_NINH + ":demo123";
    static final String BOARD = "bantochuc:demo123";
    static final String PROFILE = """
            {"fullName": "Huỳnh Thị Thu Trang", "gender": "NU", "birthDate": "1991-07-15", "ethnicity": "Khmer",
             "education": "THAC_SI", "politicalTheory": "TRUNG_CAP", "bloc": "DANG_DOAN_THE",
             "plannedKeyTitle": true, "startDate": "2021-03-01"}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @MockitoSpyBean
    AnnualRatingRepository ratings;

    private final HttpClient client = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void noOrWrongCredentialsAnswer401WithTheChallengeAndTheErrorBody() throws Exception {
        for (String credentials : new String[] {null, "lanhdao:wrong", "nobody:demo123"}) {
            HttpResponse<String> response = send("GET", "/api/v1/communes", credentials, null, null);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic realm=\"Realm\""));
            assertError(response, "Cần đăng nhập: thiếu tên đăng nhập và mật khẩu (HTTP Basic), hoặc chúng không đúng");
        }
    }

    @Test
    void aBrowserIsNeverAskedForTheApiPassword() throws Exception {
        // a navigation, a page's fetch: a challenge no browser prompts for, so it never learns a password to re-send
        for (String[] header : new String[][] {{"Accept", "text/html,application/xhtml+xml"},
                {"Sec-Fetch-Mode", "navigate"}, {"Sec-Fetch-Site", "cross-site"}}) {
            HttpResponse<String> response = client.send(request("GET", "/api/v1/communes", null)
                    .header(header[0], header[1]).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().allValues("WWW-Authenticate")).as(header[0])
                    .containsExactly("CadreBasic realm=\"Realm\"");
            assertError(response, "Cần đăng nhập: thiếu tên đăng nhập và mật khẩu (HTTP Basic), hoặc chúng không đúng");
        }
    }

    @Test
    void writesFromAnotherSiteOrWithoutTheScriptHeaderAreRefusedAndWriteNothing() throws Exception {
        int cadres = count("cadre");
        String path = "/api/v1/communes/" + TAN_NINH + "/cadres";
        String crossSite = "Yêu cầu thay đổi dữ liệu đến từ một trang web khác nên bị từ chối; không có gì được ghi";
        for (String[] header : new String[][] {{"Sec-Fetch-Site", "cross-site"}, {"Sec-Fetch-Site", "same-site"},
                {"Origin", "http://127.0.0.1:1"}, {"Origin", "null"}, {"Origin", "http://localhost:" + (port + 1)}}) {
            HttpResponse<String> response = client.send(request("POST", path, EDITOR).header(header[0], header[1])
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PROFILE))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(header[0] + ": " + header[1]).isEqualTo(403);
            assertError(response, crossSite);
        }
        HttpResponse<String> withoutHeader = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/import?mode=add")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(BOARD.getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=b")
                        .POST(HttpRequest.BodyPublishers.ofString("--b\r\nContent-Disposition: form-data; name=\"file\";"
                                + " filename=\"a.csv\"\r\n\r\nx\r\n--b--\r\n")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(withoutHeader.statusCode()).isEqualTo(403);
        assertError(withoutHeader, "Yêu cầu thay đổi dữ liệu qua API phải có tiêu đề X-Requested-With (bất kỳ giá trị nào);"
                + " không có gì được ghi");
        assertThat(count("cadre")).isEqualTo(cadres);

        // the server's own origin, and a browser's same-origin request, still pass
        HttpResponse<String> sameOrigin = client.send(request("POST", path, EDITOR)
                .header("Origin", "http://localhost:" + port).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PROFILE)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
        assertThat(count("cadre")).isEqualTo(cadres + 1);
    }

    @Test
    void queriesTheServerCannotDecodeAnswerTheErrorShape() throws Exception {
        String bad = "Địa chỉ hoặc tham số của yêu cầu không hợp lệ (ký tự không được phép hoặc mã hóa sai)";
        for (String path : new String[] {"/api/v1/explanations?commune=%ff%fe", "/api/v1/audit?actor=%c3%28"}) {
            HttpResponse<String> response = send("GET", path, BOARD, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertError(response, bad);
        }
    }

    @Test
    void addressesTomcatRefusesItselfAnswerTheErrorShapeUnderTheApiOnly() throws Exception {
        String bad = "Địa chỉ hoặc tham số của yêu cầu không hợp lệ (ký tự không được phép hoặc mã hóa sai)";
        for (String path : new String[] {"/api/v1/cadres/%00", "/api/v1/cadres/%2e%2e%00x"}) {
            HttpResponse<String> response = send("GET", path, BOARD, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertError(response, bad);
        }
        // a page's address keeps Tomcat's page, without server details
        HttpResponse<String> page = send("GET", "/khong-ton-tai/%00", null, null, null);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).doesNotContain("errors").doesNotContain("Apache Tomcat/");
    }

    @Test
    void acceptingARequestTakesAJsonBody() throws Exception {
        HttpResponse<String> empty = send("POST", "/api/v1/explanations/999999/accept", BOARD, null, null);
        assertThat(empty.statusCode()).isIn(400, 415);
        assertThat(json.readTree(empty.body()).get("errors")).hasSize(1);
    }

    @Test
    void aWrongMethodAnswers405() throws Exception {
        HttpResponse<String> response = send("DELETE", "/api/v1/communes", BOARD, null, null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
        assertError(response, "Phương thức DELETE không dùng được với địa chỉ này");
    }

    @Test
    void anAnswerTheClientDoesNotAcceptIs406() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/communes", BOARD, null, "application/xml");
        assertThat(response.statusCode()).isEqualTo(406);
        assertError(response, "Không trả lời được theo định dạng yêu cầu (tiêu đề Accept)");
    }

    @Test
    void aBodyOfAnotherKindIs415() throws Exception {
        HttpResponse<String> response = client.send(request("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR)
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(PROFILE)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(415);
        assertError(response, "Kiểu nội dung text/plain không dùng được với địa chỉ này (tiêu đề Content-Type)");
    }

    @Test
    void anUnknownAddressUnderTheApiIs404Json() throws Exception {
        for (String method : new String[] {"GET", "POST"}) {
            HttpResponse<String> response = send(method, "/api/v1/no-such-thing", BOARD, method.equals("POST") ? "{}" : null, null);
            assertThat(response.statusCode()).isEqualTo(404);
            assertError(response, "Không có địa chỉ này trong API");
        }
        assertThat(send("GET", "/api/v1/no-such-thing", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aWriteToAnUnknownRecordIs404() throws Exception {
        List<HttpResponse<String>> responses = List.of(
                send("PUT", "/api/v1/cadres/999999?version=0", EDITOR, PROFILE, null),
                send("POST", "/api/v1/cadres/999999/appointments", EDITOR,
                        "{\"position\": \"CT_UBND\", \"startDate\": \"2026-07-01\"}", null),
                send("POST", "/api/v1/cadres/999999/departure", EDITOR,
                        "{\"endDate\": \"2026-07-01\", \"reason\": \"OTHER\", \"version\": 0}", null),
                send("POST", "/api/v1/holdings/999999/end", EDITOR,
                        "{\"endDate\": \"2026-07-01\", \"reason\": \"OTHER\", \"version\": 0}", null),
                send("POST", "/api/v1/cadres/999999/ratings", EDITOR, "{\"year\": 2025, \"rating\": \"HTT\"}", null),
                send("PUT", "/api/v1/ratings/999999", EDITOR, "{\"rating\": \"HTT\", \"version\": 0}", null),
                send("DELETE", "/api/v1/ratings/999999?version=0", EDITOR, null, null));
        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode error = json.readTree(response.body()).get("errors").get(0);
            assertThat(error.get("parameter").asString()).isEqualTo("id");
            assertThat(error.get("message").asString()).isEqualTo("Không tìm thấy bản ghi (có thể đã bị xóa)");
        }
    }

    @Test
    void aJsonBodyOver64KilobytesIs413WithOrWithoutItsLength() throws Exception {
        int cadres = count("cadre");
        String large = PROFILE.replace("\"Khmer\"", "\"" + "x".repeat(70_000) + "\"");
        HttpResponse<String> counted = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, large, null);
        assertThat(counted.statusCode()).isEqualTo(413);
        assertError(counted, "Nội dung yêu cầu quá lớn: JSON tối đa 64 KB, tệp nhập tối đa 20 MB");

        byte[] bytes = large.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = client.send(request("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertError(chunked, "Nội dung yêu cầu quá lớn: JSON tối đa 64 KB, tệp nhập tối đa 20 MB");
        assertThat(count("cadre")).isEqualTo(cadres);
    }

    @Test
    void aRosterFileOver20MegabytesIs413() throws Exception {
        byte[] file = new byte[20 * 1024 * 1024 + 1024];
        java.util.Arrays.fill(file, (byte) 'a');
        HttpResponse<String> response = client.send(MultipartRoster.post(request("POST", "/api/v1/import", BOARD), file)
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertError(response, "Nội dung yêu cầu quá lớn: JSON tối đa 64 KB, tệp nhập tối đa 20 MB");
    }

    @Test
    void anAuditPageBeyondTheLimitIsRefusedByName() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/audit?page=3000000&size=1000", BOARD, null, null);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("parameter").asString()).isEqualTo("page");
        assertThat(error.get("message").asString()).isEqualTo("Số trang (page) phải từ 0 đến 100000");
        assertThat(send("GET", "/api/v1/audit?page=100000&size=1000", BOARD, null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void numbersAreNeitherCodesNorTextAndFractionsAreNotWholeNumbers() throws Exception {
        int cadres = count("cadre");
        assertRefused(PROFILE.replace("\"NU\"", "1"), "gender");
        assertRefused(PROFILE.replace("\"Huỳnh Thị Thu Trang\"", "12345"), "fullName");
        assertRefused(PROFILE.replace("\"Khmer\"", "true"), "ethnicity");
        assertRefused(PROFILE.replace("\"plannedKeyTitle\": true", "\"plannedKeyTitle\": 1"), "plannedKeyTitle");
        assertRefused(PROFILE.replace("\"plannedKeyTitle\": true", "\"plannedKeyTitle\": \"true\""), "plannedKeyTitle");
        assertThat(count("cadre")).isEqualTo(cadres);

        long id = created();
        HttpResponse<String> fraction = send("POST", "/api/v1/cadres/" + id + "/ratings", EDITOR,
                "{\"year\": 2025.5, \"rating\": \"HTT\"}", null);
        assertMemberRefused(fraction, "year", "Giá trị của trường year không hợp lệ");
        assertMemberRefused(send("POST", "/api/v1/cadres/" + id + "/ratings", EDITOR,
                "{\"year\": \"2025\", \"rating\": \"HTT\"}", null), "year", "Giá trị của trường year không hợp lệ");
        assertMemberRefused(send("POST", "/api/v1/cadres/" + id + "/ratings", EDITOR,
                "{\"year\": 2025, \"rating\": 1}", null), "rating", "Giá trị của trường rating không hợp lệ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_rating WHERE cadre_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void controlCharactersAreRefusedInEveryTextField() throws Exception {
        int cadres = count("cadre");
        assertMemberRefused(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR,
                        PROFILE.replace("Thu Trang", "Thu\\u0000Trang"), null),
                "fullName", "Không được có ký tự điều khiển (như U+0000, tab, xuống dòng)");
        assertMemberRefused(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR,
                        PROFILE.replace("Khmer", "Khm\\u0007er"), null),
                "ethnicity", "Không được có ký tự điều khiển (như U+0000, tab, xuống dòng)");
        assertThat(count("cadre")).isEqualTo(cadres);

        jdbc.update("DELETE FROM approved_seat");
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) SELECT id, 'CT_UBND', 1 FROM commune"
                + " WHERE code = ?", TAN_NINH);
        long id = created();
        assertMemberRefused(send("POST", "/api/v1/cadres/" + id + "/appointments", EDITOR,
                        "{\"position\": \"CT_UBND\", \"startDate\": \"2026-07-01\", \"decisionNumber\": \"12/Q\\nĐ\"}", null),
                "decisionNumber", "Không được có ký tự điều khiển (như U+0000, tab, xuống dòng)");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM position_holding WHERE cadre_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void aProfileReadCanBeSentBackUnchanged() throws Exception {
        long id = created();
        JsonNode read = json.readTree(send("GET", "/api/v1/cadres/" + id, EDITOR, null, null).body());
        JsonNode profile = read.get("profile");
        assertThat(profile.get("birthDate").asString()).isEqualTo("1991-07-15");
        assertThat(profile.get("plannedKeyTitle").isBoolean()).isTrue();

        HttpResponse<String> saved = send("PUT", "/api/v1/cadres/" + id + "?version=" + read.get("version").asLong(),
                EDITOR, json.writeValueAsString(profile), null);
        assertThat(saved.statusCode()).isEqualTo(200);
        JsonNode again = json.readTree(send("GET", "/api/v1/cadres/" + id, EDITOR, null, null).body());
        assertThat(again.get("profile")).isEqualTo(profile);

        ObjectNode changed = (ObjectNode) profile.deepCopy();
        changed.put("stem", true);
        assertThat(send("PUT", "/api/v1/cadres/" + id + "?version=" + again.get("version").asLong(), EDITOR,
                json.writeValueAsString(changed), null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT stem FROM cadre WHERE id = ?", Boolean.class, id)).isTrue();
    }

    /**
     * Two requests rate the same cadre and year at once: both pass the service's check for an existing rating before
     * either writes, so the second is stopped by the database's unique key — and answers as the check would.
     */
    @Test
    void twoIdenticalRatingsAtOnceGiveOneRatingAndARefusal() throws Exception {
        long id = created();
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        doAnswer(invocation -> {
            // what the repository would answer: the ratings committed so far
            boolean exists = jdbc.queryForObject("SELECT COUNT(*) FROM annual_rating WHERE cadre_id = ? AND rating_year = ?",
                    Integer.class, invocation.getArgument(0), invocation.getArgument(1)) > 0;
            bothChecked.await(30, TimeUnit.SECONDS);
            return exists;
        }).when(ratings).existsByCadreIdAndYear(anyLong(), anyInt());

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(threads.submit(() -> send("POST", "/api/v1/cadres/" + id + "/ratings", EDITOR,
                        "{\"year\": 2025, \"rating\": \"HTT\"}", null)));
            }
            List<Integer> statuses = new ArrayList<>();
            HttpResponse<String> refused = null;
            for (Future<HttpResponse<String>> future : sent) {
                HttpResponse<String> response = future.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() != 201) {
                    refused = response;
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 400);
            JsonNode error = json.readTree(refused.body()).get("errors").get(0);
            assertThat(error.get("parameter").asString()).isEqualTo("year");
            assertThat(error.get("message").asString()).isEqualTo("Cán bộ đã có xếp loại năm 2025");
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM annual_rating WHERE cadre_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private long created() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, PROFILE, null);
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asLong();
    }

    private void assertRefused(String profile, String member) throws Exception {
        assertMemberRefused(send("POST", "/api/v1/communes/" + TAN_NINH + "/cadres", EDITOR, profile, null), member,
                "Giá trị của trường " + member + " không hợp lệ");
    }

    private void assertMemberRefused(HttpResponse<String> response, String member, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode errors = json.readTree(response.body()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("parameter").asString()).isEqualTo(member);
        assertThat(errors.get(0).get("message").asString()).isEqualTo(message);
    }

    private void assertError(HttpResponse<String> response, String message) throws Exception {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json.readTree(response.body());
        assertThat(body.properties()).hasSize(1);
        assertThat(body.get("errors")).hasSize(1);
        assertThat(body.get("errors").get(0).get("message").asString()).isEqualTo(message);
    }

    private HttpRequest.Builder request(String method, String path, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Requested-With", "script");
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(String method, String path, String credentials, String body, String accept)
            throws Exception {
        HttpRequest.Builder request = request(method, path, credentials)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
