package vn.tayninh.dashboard.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.ApiCalls;

/**
 * The OpenAPI document the server publishes, as an integrator meets it: every operation has a summary, a tag, both
 * ways of signing in, a success answer with a type other than any, and its refusals in the documented error body;
 * dates are dates and the codes of the indicator answers are enums. And Redocly's linter, with its recommended rules
 * ({@code src/test/resources/redocly.yaml}), finds neither an error nor a warning in it. An operation added without a
 * summary or an answer fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"app.demo-data=true", "app.demo-accounts=true"})
@ActiveProfiles("test")
class ApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path SERVED = Path.of("target", "api-docs.json");
    /** What the test client is generated from (pom.xml, openapi-generator-maven-plugin; GeneratedClientIT). */
    private static final Path SNAPSHOT = Path.of("src", "test", "resources", "openapi", "api-v1.json");

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void read() throws Exception {
        HttpResponse<String> answer = ApiCalls.get(port, "/v3/api-docs", "admin:demo123");
        assertThat(answer.statusCode()).isEqualTo(200);
        Files.writeString(SERVED, answer.body(), StandardCharsets.UTF_8);
        document = JSON.readTree(answer.body());
    }

    @Test
    void theDocumentSaysWhatTheProductIsAndHowToSignIn() {
        assertThat(document.at("/info/title").asString()).contains("Tây Ninh");
        assertThat(document.at("/info/version").asString()).isEqualTo("1");
        assertThat(document.at("/info/license/name").asString()).isNotBlank();
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asString()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/apiKey/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/");
    }

    @Test
    void everyOperationIsDocumentedWithItsAnswers() {
        List<String> faults = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                operations++;
                if (operation.path("summary").asString("").isBlank()) {
                    faults.add(name + ": no summary");
                }
                if (operation.path("tags").isEmpty()
                        || operation.path("tags").get(0).asString().endsWith("-controller")) {
                    faults.add(name + ": no tag of its own " + operation.path("tags"));
                }
                List<String> schemes = new ArrayList<>();
                operation.path("security").forEach(s -> s.propertyNames().forEach(schemes::add));
                if (!schemes.containsAll(List.of("basicAuth", "apiKey"))) {
                    faults.add(name + ": security " + schemes);
                }
                JsonNode responses = operation.path("responses");
                List<String> codes = new ArrayList<>(responses.propertyNames());
                if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
                    faults.add(name + ": no success answer");
                }
                for (String code : List.of("400", "401", "403", "503")) {
                    JsonNode refusal = responses.path(code).path("content").path("application/json");
                    if (!refusal.path("schema").path("$ref").asString("").endsWith("/Errors")
                            || refusal.path("examples").isEmpty()) {
                        faults.add(name + ": " + code + " without the error body and an example");
                    }
                }
                JsonNode body = operation.path("requestBody").path("content");
                if (body.path("application/json").path("schema").path("properties").valueStream()
                        .anyMatch(p -> "binary".equals(p.path("format").asString("")))) {
                    faults.add(name + ": a file sent as JSON");
                }
                if (path.getKey().contains("{") && responses.path("404").isMissingNode()) {
                    faults.add(name + ": no 404");
                }
                for (String code : codes) {
                    if (responses.path(code).path("content").has("*/*")) {
                        faults.add(name + ": " + code + " typed */*");
                    }
                }
                operation.path("parameters").forEach(parameter -> {
                    String parameterName = parameter.path("name").asString();
                    boolean date = "date".equals(parameter.at("/schema/format").asString(""));
                    if (List.of("asOf", "from", "to", "compareTo").contains(parameterName) != date) {
                        faults.add(name + ": " + parameterName + (date ? " a date" : " not a date"));
                    }
                });
            }
        }
        assertThat(operations).isGreaterThan(60);
        assertThat(faults).isEmpty();
    }

    @Test
    void theMainReadsAndWritesHaveExamples() {
        for (String schema : List.of("IndicatorJson", "SeatsJson", "RequestJson", "AnswerJson", "AcceptJson",
                "QuotaChange", "Appointment", "NewRating", "CadreForm")) {
            assertThat(document.at("/components/schemas/" + schema + "/example").isObject()).as(schema).isTrue();
        }
        assertThat(document.at("/components/schemas/IndicatorJson/example/code").asString()).isEqualTo("T2");
    }

    @Test
    void theCodesOfTheIndicatorsAreEnumsWithTheirMeaning() {
        JsonNode indicator = document.at("/components/schemas/IndicatorJson/properties");
        List<String> targets = new ArrayList<>();
        indicator.at("/code/enum").forEach(code -> targets.add(code.asString()));
        assertThat(targets).hasSize(19).contains("T1", "T7a", "T9c");
        assertThat(indicator.at("/code/description").asString()).contains("T1: Trình độ đại học trở lên");
        List<String> statuses = new ArrayList<>();
        indicator.at("/status/enum").forEach(code -> statuses.add(code.asString()));
        assertThat(statuses).contains("MET", "ON_TRACK", "NO_TARGET");
        assertThat(indicator.at("/status/description").asString()).contains("MET: Đạt");
        JsonNode position = document.at("/paths/~1api~1v1~1communes~1{code}~1seats~1{position}/put/parameters")
                .valueStream().filter(p -> p.path("name").asString().equals("position")).findFirst().orElseThrow();
        assertThat(position.at("/schema/enum").size()).isEqualTo(8);
        assertThat(position.at("/schema/description").asString()).contains("BI_THU: Bí thư");
    }

    /**
     * The client the integration tests generate is generated from the served document: its snapshot must be that
     * document. After a change of the API, {@code ./mvnw test -Dtest=ApiDocumentTest -Dapi.snapshot=write} writes it
     * again (and the change is seen in the diff).
     */
    @Test
    void theClientIsGeneratedFromTheServedDocument() throws IOException {
        if ("write".equals(System.getProperty("api.snapshot"))) {
            Files.writeString(SNAPSHOT, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(JSON.readTree(Files.readString(SNAPSHOT, StandardCharsets.UTF_8)))
                .as("%s is the served document (-Dapi.snapshot=write writes it again)", SNAPSHOT).isEqualTo(document);
    }

    /** springdoc names a schema by the class's simple name: two bodies of one name would be documented as one. */
    @Test
    void noTwoTypesOfTheApiShareAName() throws ClassNotFoundException {
        var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(
                org.springframework.web.bind.annotation.RestController.class));
        Map<String, List<String>> byName = new java.util.TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("vn.tayninh.dashboard")) {
            for (Class<?> nested : Class.forName(candidate.getBeanClassName()).getDeclaredClasses()) {
                byName.computeIfAbsent(nested.getSimpleName(), k -> new ArrayList<>()).add(nested.getName());
            }
        }
        assertThat(byName.size()).isGreaterThan(40);
        assertThat(byName.values()).allSatisfy(classes -> assertThat(classes).as("one schema name").hasSize(1));
    }

    @Test
    void redoclysRecommendedRulesFindNothing() throws IOException, InterruptedException {
        Path config = Path.of("src", "test", "resources", "redocly.yaml").toAbsolutePath();
        Process lint = new ProcessBuilder("npx", "--yes", "@redocly/cli@2.77.0", "lint", "--config", config.toString(),
                "--format", "stylish", SERVED.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(lint.exitValue()).as(output).isZero();
        assertThat(output).as(output).contains("Your API description is valid")
                .doesNotContainPattern("You have \\d+ warning").doesNotContainPattern("\\d+ errors?");
    }
}
