package vn.tayninh.dashboard.apidoc;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.OnMatch;

/**
 * The OpenAPI document served at {@code /v3/api-docs}, as a client generated from it needs it: the product's title,
 * version and licence; the two ways of signing in (HTTP Basic for people, a Bearer API key for machines) on every
 * operation; every refusal an operation can give, with the one error body ({@code Errors}, or {@code Conflict} for a
 * stale version) and an example; dates as {@code format: date}; codes as enums, each value with its meaning in
 * Vietnamese. springdoc reads the controllers; this adds what their annotations would repeat on every operation.
 * {@code ApiDocumentTest} fails when an operation lacks any of it; {@code ApiLintIT} lints the served document with
 * Redocly's recommended rules.
 */
@Configuration
class ApiDocument {

    static final String BASIC = "basicAuth";
    static final String BEARER = "apiKey";
    private static final String ERRORS = "Errors";
    private static final String ERROR = "Error";
    private static final String CONFLICT = "Conflict";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
    private static final tools.jackson.databind.json.JsonMapper EXAMPLES =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** Query and path parameters that are dates. */
    private static final List<String> DATES = List.of("asOf", "from", "to", "compareTo", "date");
    /** The Vietnamese texts, to tell a code with a label from one without. */
    private static final java.util.ResourceBundle VIETNAMESE = java.util.ResourceBundle.getBundle(
            "vaadin-i18n.translations", java.util.Locale.ROOT,
            java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT));

    /** The code lists of the API and where their Vietnamese labels are. */
    private static final Map<Class<? extends Enum<?>>, String> LABELS = labels();

    private final Translations translations;
    private final IndicatorEngine engine;

    ApiDocument(Translations translations, IndicatorEngine engine) {
        this.translations = translations;
        this.engine = engine;
    }

    @Bean
    OpenAPI apiDocumentBase() {
        return new OpenAPI()
                .info(new Info().title("Chất lượng cán bộ cấp xã tỉnh Tây Ninh — API")
                        .version("1")
                        .description("Các chỉ tiêu của Nghị quyết 34-NQ/TU về chất lượng cán bộ cấp xã, chức danh, dự báo"
                                + " đến năm 2030, chất lượng dữ liệu, cập nhật hồ sơ, quy hoạch, giải trình và báo cáo"
                                + " của 96 xã, phường. Máy (IOC, kịch bản) dùng khóa API (Bearer); người dùng dùng tài"
                                + " khoản của mình (HTTP Basic). Mọi lỗi có dạng {\"errors\":[…]}; trong v1 chỉ bổ"
                                + " sung, không bỏ hay đổi nghĩa (docs/api.md).")
                        .contact(new Contact().name("Ban Tổ chức Tỉnh ủy Tây Ninh"))
                        .license(new License().name("Phần mềm nội bộ của Tỉnh ủy Tây Ninh — không phân phối lại")
                                .url("https://tayninh.dcs.vn")))
                .servers(List.of(new Server().url("/").description("Máy chủ đang trả lời tài liệu này")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Tài khoản của người dùng (tên đăng nhập và mật khẩu)"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("tnk_…")
                                .description("Khóa API do quản trị viên cấp: chỉ đọc, hoặc đọc và ghi"))
                )
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }

    @Bean
    OpenApiCustomizer apiDocumentAnswers() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas(ERROR, errorSchema()).addSchemas(ERRORS, errorsSchema())
                    .addSchemas(CONFLICT, conflictSchema());
            openApi.setComponents(components);
            codes(components.getSchemas());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                parameters(operation);
                answers(path, method, operation);
                operation.setSecurity(List.of(new SecurityRequirement().addList(BASIC),
                        new SecurityRequirement().addList(BEARER)));
            }));
        };
    }

    /** Dates as dates, codes as enums with their meaning. */
    private void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            String name = parameter.getName();
            if (DATES.contains(name) && isString(schema)) {
                // a schema of its own: springdoc shares one string schema between parameters
                parameter.setSchema(new StringSchema().format("date").description(schema.getDescription()));
                parameter.setExample("2026-06-01");
            }
            switch (name) {
                case "position" -> parameter.setSchema(enumSchema(Position.class));
                case "bloc" -> parameter.setSchema(enumSchema(Bloc.class));
                case "mode" -> parameter.setSchema(enumSchema(ImportMode.class));
                case "onMatch" -> parameter.setSchema(enumSchema(OnMatch.class));
                case "target" -> parameter.setSchema(targetCodes());
                case "year" -> parameter.setSchema(new StringSchema().pattern("^[0-9]{4}$").example("2025")
                        .description("năm xếp loại, bốn chữ số"));
                case "commune" -> parameter.setExample("xa-hung-dien");
                default -> {
                }
            }
            if (parameter.getSchema() != null) {
                meaning(parameter.getSchema());
            }
        }
    }

    private static boolean isString(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("string"));
    }

    /** The codes the answers hold as plain strings, by schema and member. */
    private void codes(Map<String, Schema> schemas) {
        Map<String, Function<Schema<?>, Schema<?>>> members = new LinkedHashMap<>();
        members.put("IndicatorJson.code", s -> targetCodes());
        members.put("ChangeJson.code", s -> targetCodes());
        members.put("ExplanationJson.targetCode", s -> targetCodes());
        members.put("RequestJson.targetCode", s -> targetCodes());
        members.put("IndicatorJson.status", s -> enumSchema(Status.class));
        members.put("FigureJson.status", s -> enumSchema(Status.class));
        members.put("FiguresJson.status", s -> enumSchema(Status.class));
        members.put("IndicatorJson.population", s -> enumSchema(Population.class));
        members.put("ChangeJson.population", s -> enumSchema(Population.class));
        members.put("CommuneJson.type", s -> enumSchema(CommuneType.class));
        members.forEach((member, schema) -> {
            String[] parts = member.split("\\.");
            Schema<?> owner = schemas.get(parts[0]);
            if (owner != null && owner.getProperties() != null && owner.getProperties().containsKey(parts[1])) {
                Schema<?> replaced = schema.apply(owner.getProperties().get(parts[1]));
                owner.getProperties().put(parts[1], replaced);
            }
        });
        // examples of the main reads and writes
        example(schemas, "IndicatorJson", "{\"code\":\"T2\",\"population\":\"ALL\",\"numerator\":512,\"denominator\":3395,"
                + "\"value\":0.1508,\"target\":{\"rule\":\"AT_LEAST\",\"min\":0.2},\"status\":\"BEHIND\","
                + "\"gapPersons\":167,\"requiredPath\":0.1625,\"baselineValue\":0.15}");
        example(schemas, "SeatsJson", "{\"approved\":3,\"filled\":2,\"vacant\":1}");
        example(schemas, "RequestJson", "{\"communeCode\":\"xa-hung-dien\",\"targetCode\":\"T2\",\"asOf\":\"2026-06-01\","
                + "\"dueDate\":\"2026-06-30\",\"request\":\"Giải trình tỷ lệ cán bộ có trình độ sau đại học\"}");
        example(schemas, "AnswerJson", "{\"cause\":\"Thiếu nguồn đào tạo\",\"remedy\":\"Cử 3 cán bộ học thạc sĩ\","
                + "\"expectedBy\":\"2027-09-30\",\"version\":0}");
        example(schemas, "AcceptJson", "{\"version\":1}");
        example(schemas, "QuotaChange", "{\"quota\":24,\"version\":3}");
        example(schemas, "Appointment", "{\"position\":\"PCT_UBND\",\"startDate\":\"2026-07-01\","
                + "\"decisionNumber\":\"125/QĐ-UBND\"}");
        example(schemas, "NewRating", "{\"year\":2026,\"rating\":\"HTT\"}");
        example(schemas, "CadreForm", "{\"fullName\":\"Nguyễn Thị Hoa\",\"gender\":\"NU\",\"birthDate\":\"1988-05-01\","
                + "\"ethnicity\":\"Kinh\",\"education\":\"DAI_HOC\",\"politicalTheory\":\"TRUNG_CAP\",\"stem\":false,"
                + "\"bloc\":\"NHA_NUOC\",\"startDate\":\"2020-01-01\"}");
        // enums springdoc found itself: their meaning, by the Java enum of the same values
        for (Schema<?> schema : schemas.values()) {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(this::meaning);
            }
        }
    }

    private static Map<Class<? extends Enum<?>>, String> labels() {
        Map<Class<? extends Enum<?>>, String> labels = new LinkedHashMap<>();
        labels.put(vn.tayninh.dashboard.cadre.Gender.class, "gender.");
        labels.put(vn.tayninh.dashboard.cadre.Education.class, "education.");
        labels.put(vn.tayninh.dashboard.cadre.PoliticalTheory.class, "theory.");
        labels.put(vn.tayninh.dashboard.cadre.Rating.class, "rating.");
        labels.put(vn.tayninh.dashboard.cadre.EndReason.class, "endReason.");
        labels.put(Position.class, "position.");
        labels.put(Bloc.class, "bloc.");
        labels.put(ExplanationState.class, "explanation.state.");
        labels.put(vn.tayninh.dashboard.planning.PlanningKind.class, "planningPage.kind.");
        labels.put(vn.tayninh.dashboard.planning.ExitReason.class, "planningPage.exitReason.");
        labels.put(vn.tayninh.dashboard.planning.DisciplineKind.class, "entry.discipline.kind.");
        labels.put(ImportMode.class, "entry.import.mode.");
        labels.put(OnMatch.class, "entry.import.on-match.");
        labels.put(Status.class, "status.");
        labels.put(Population.class, "export.population.");
        labels.put(CommuneType.class, "commune.type.");
        return labels;
    }

    /** A code list springdoc wrote without a description: the meaning of each code, from its Java enum. */
    private void meaning(Schema<?> property) {
        Schema<?> codes = property.getItems() != null ? property.getItems() : property;
        if (codes.getEnum() == null || codes.getEnum().isEmpty() || codes.getDescription() != null) {
            return;
        }
        List<String> values = codes.getEnum().stream().map(String::valueOf).toList();
        LABELS.forEach((type, labels) -> {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            if (codes.getDescription() == null && names.equals(values)) {
                codes.setDescription(meanings(type.getEnumConstants(), labels));
            }
        });
        if (codes.getDescription() == null && values.equals(Arrays.stream(
                vn.tayninh.dashboard.planning.PlannedTitle.values()).map(Enum::name).toList())) {
            List<String> meanings = new ArrayList<>();
            for (vn.tayninh.dashboard.planning.PlannedTitle title : vn.tayninh.dashboard.planning.PlannedTitle.values()) {
                String label = label(title.labelKey());
                meanings.add(label == null ? title.name() : title.name() + ": " + label);
            }
            codes.setDescription(String.join("; ", meanings));
        }
    }

    private static void example(Map<String, Schema> schemas, String name, String json) {
        Schema<?> schema = schemas.get(name);
        if (schema != null) {
            schema.setExample(EXAMPLES.readValue(json, Object.class));
        }
    }

    /** The code list of a Java enum, each code with its meaning ({@link #LABELS}). */
    private Schema<?> enumSchema(Class<? extends Enum<?>> type) {
        StringSchema schema = new StringSchema();
        Arrays.stream(type.getEnumConstants()).forEach(value -> schema.addEnumItem(value.name()));
        return schema.description(meanings(type.getEnumConstants(), LABELS.get(type)));
    }

    private Schema<?> targetCodes() {
        StringSchema schema = new StringSchema();
        List<String> meanings = new ArrayList<>();
        for (Target target : engine.targets()) {
            schema.addEnumItem(target.getCode());
            meanings.add(target.getCode() + ": " + label("target." + target.getCode() + ".name"));
        }
        return schema.description("Mã chỉ tiêu của Nghị quyết 34-NQ/TU — " + String.join("; ", meanings));
    }

    private String meanings(Enum<?>[] values, String labels) {
        List<String> meanings = new ArrayList<>();
        for (Enum<?> value : values) {
            String label = label(labels + value.name());
            meanings.add(label == null ? value.name() : value.name() + ": " + label);
        }
        return String.join("; ", meanings);
    }

    private String label(String key) {
        return VIETNAMESE.containsKey(key) ? translations.vietnamese(key) : null;
    }

    /**
     * Every refusal the operation can give, as docs/api.md lists them: 400 for a parameter or body, 401, 403, 404 for
     * an address naming a record, 409 for a write to a record, 413 and 415 for the import's file, 429 for a report
     * file, 503 when the database cannot answer; and JSON as the answer's type where springdoc wrote any type.
     */
    private void answers(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        responses.forEach((code, response) -> {
            if (response.getContent() != null && response.getContent().containsKey("*/*")) {
                MediaType any = response.getContent().remove("*/*");
                response.getContent().addMediaType(path.matches(".*\\.(xlsx|csv|pdf|docx|zip)$")
                        ? fileType(path) : JSON, any);
            }
        });
        uploads(operation);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean record = path.contains("{");
        boolean multipart = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
                && operation.getRequestBody().getContent().containsKey("multipart/form-data");
        add(responses, "400", "Tham số, nội dung hoặc tệp không hợp lệ; mỗi lỗi nêu tham số hoặc dòng, cột",
                ERRORS, "{\"errors\":[{\"parameter\":\"asOf\",\"message\":\"Ngày không hợp lệ: hãy nhập theo dạng"
                        + " YYYY-MM-DD\"}]}");
        add(responses, "401", "Chưa đăng nhập, sai mật khẩu, tài khoản bị khóa hoặc khóa API không hợp lệ", ERRORS,
                "{\"errors\":[{\"message\":\"Cần đăng nhập: tên đăng nhập và mật khẩu, hoặc khóa API\"}]}");
        add(responses, "403", "Vai trò không được làm việc này, hoặc yêu cầu ghi thiếu X-Requested-With", ERRORS,
                "{\"errors\":[{\"message\":\"Tài khoản không có quyền với xã, phường này\"}]}");
        if (record) {
            add(responses, "404", "Không có bản ghi này (hoặc của xã, phường khác)", ERRORS,
                    "{\"errors\":[{\"parameter\":\"id\",\"message\":\"Không tìm thấy bản ghi (có thể đã bị xóa)\"}]}");
        }
        if (write && (record || operation.getRequestBody() != null)) {
            add(responses, "409", "Bản ghi đã được người khác sửa từ khi đọc (phiên bản), hoặc trùng", CONFLICT,
                    "{\"message\":\"Bản ghi đã được người khác thay đổi\",\"currentVersion\":7,\"currentValues\":{}}");
        }
        if (multipart) {
            add(responses, "413", "Tệp quá 20 MB", ERRORS, "{\"errors\":[{\"message\":\"Tệp quá lớn\"}]}");
            add(responses, "415", "Không phải multipart/form-data", ERRORS,
                    "{\"errors\":[{\"message\":\"Kiểu nội dung không được hỗ trợ\"}]}");
        }
        if (path.startsWith("/api/v1/reports")) {
            ApiResponse busy = add(responses, "429", "Tài khoản đang có một tệp báo cáo được tạo, hoặc hàng đợi đầy:"
                    + " thử lại sau Retry-After giây", ERRORS, "{\"errors\":[{\"message\":\"Đang tạo một tệp khác\"}]}");
            busy.addHeaderObject("Retry-After", new Header().description("giây chờ trước khi thử lại")
                    .schema(new IntegerSchema()));
        }
        add(responses, "503", "Cơ sở dữ liệu tạm thời không trả lời: thử lại sau Retry-After giây", ERRORS,
                "{\"errors\":[{\"message\":\"Cơ sở dữ liệu tạm thời không phục vụ được\"}]}");
        operation.setResponses(responses);
    }

    /**
     * A body holding a file is sent as {@code multipart/form-data} (springdoc, given a {@code MultipartFile} parameter
     * and no {@code consumes}, writes the default JSON).
     */
    private static void uploads(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        Content content = operation.getRequestBody().getContent();
        MediaType json = content.get(JSON);
        if (json != null && json.getSchema() != null && json.getSchema().getProperties() != null
                && json.getSchema().getProperties().values().stream()
                        .anyMatch(p -> p instanceof Schema<?> property && "binary".equals(property.getFormat()))) {
            content.remove(JSON);
            content.addMediaType(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, json);
        }
    }

    private static String fileType(String path) {
        if (path.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        } else if (path.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        } else if (path.endsWith(".pdf")) {
            return "application/pdf";
        } else if (path.endsWith(".zip")) {
            return "application/zip";
        }
        return "text/csv";
    }

    private static ApiResponse add(ApiResponses responses, String code, String description, String schema,
                                   String example) {
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(code, response);
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.content(new Content().addMediaType(JSON, new MediaType()
                    .schema(new Schema<>().$ref("#/components/schemas/" + schema))
                    .addExamples("example", new Example().value(EXAMPLES.readValue(example, Object.class)))));
        }
        return response;
    }

    private static Schema<?> errorSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("parameter", new StringSchema().description("tham số hoặc thành phần JSON bị từ chối"));
        error.addProperty("line", new IntegerSchema().description("dòng của tệp (nhập tệp)"));
        error.addProperty("column", new StringSchema().description("cột của tệp, theo tiêu đề tiếng Việt"));
        error.addProperty("message", new StringSchema().description("lời giải thích bằng tiếng Việt"));
        error.setRequired(List.of("message"));
        error.setDescription("Một lỗi của yêu cầu");
        return error;
    }

    private static Schema<?> errorsSchema() {
        ObjectSchema errors = new ObjectSchema();
        errors.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + ERROR)));
        errors.addProperty("errorCount", new IntegerSchema().format("int64")
                .description("tổng số lỗi của tệp (chỉ 200 lỗi đầu được liệt kê)"));
        errors.setRequired(List.of("errors"));
        errors.setDescription("Mọi lời từ chối của API");
        return errors;
    }

    private static Schema<?> conflictSchema() {
        ObjectSchema conflict = new ObjectSchema();
        conflict.addProperty("message", new StringSchema());
        conflict.addProperty("currentVersion", new IntegerSchema().format("int64")
                .description("phiên bản hiện tại; −1 khi hai lần lưu cùng một lần đọc gặp nhau"));
        conflict.addProperty("currentValues", new ObjectSchema().description("giá trị hiện tại của bản ghi"));
        conflict.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + ERROR)));
        conflict.setDescription("Bản ghi đã đổi từ khi đọc: đọc lại rồi sửa lại; hoặc (chỉ có errors) một bản trùng");
        return conflict;
    }
}
