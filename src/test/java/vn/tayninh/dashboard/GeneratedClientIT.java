package vn.tayninh.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tayninh.dashboard.client.ApiClient;
import vn.tayninh.dashboard.client.ApiException;
import vn.tayninh.dashboard.client.api.ChTiuApi;
import vn.tayninh.dashboard.client.api.GiiTrnhApi;
import vn.tayninh.dashboard.client.api.SCPhDuytApi;
import vn.tayninh.dashboard.client.api.TpDLiuApi;
import vn.tayninh.dashboard.client.model.AcceptJson;
import vn.tayninh.dashboard.client.model.AnswerJson;
import vn.tayninh.dashboard.client.model.Conflict;
import vn.tayninh.dashboard.client.model.Errors;
import vn.tayninh.dashboard.client.model.ExplanationJson;
import vn.tayninh.dashboard.client.model.ImportResult;
import vn.tayninh.dashboard.client.model.IndicatorJson;
import vn.tayninh.dashboard.client.model.QuotaChange;
import vn.tayninh.dashboard.client.model.QuotaJson;
import vn.tayninh.dashboard.client.model.RequestJson;
import vn.tayninh.dashboard.client.model.SeatsJson;

/**
 * A Java client generated from the API document the server publishes (openapi-generator, pom.xml), used as an
 * integrator would against the production jar: the indicators and positions read, a roster file checked as a dry run,
 * a request for explanation made by the board, answered by the commune and accepted, and a stale version (409) and a
 * bad parameter (400) read as the documented error bodies.
 */
class GeneratedClientIT {

    private static final String COMMUNE = "xa-hung-dien";

    @TempDir
    java.nio.file.Path workDir;

    @Test
    void aScenarioThroughTheGeneratedClient() throws Exception {
        try (RunningJar app = RunningJar.start(workDir, "client.log")) {
            ApiClient leader = client(app, "lanhdao");
            ApiClient board = client(app, "bantochuc");
            ApiClient editor = client(app, COMMUNE);

            List<IndicatorJson> indicators = new ChTiuApi(leader).indicators(null, null, null);
            assertThat(indicators).hasSize(19);
            assertThat(indicators.getFirst().getCode().getValue()).isEqualTo("T1");
            assertThat(indicators.getFirst().getDenominator()).isPositive();
            Map<String, SeatsJson> positions = new ChTiuApi(leader).positions(COMMUNE, null);
            assertThat(positions.get("BI_THU").getApproved()).isEqualTo(1);

            ImportResult checked = new TpDLiuApi(board).importRoster(
                    new File("src/test/resources/datasets/hand-made-roster.csv"), "replace", null, true);
            assertThat(checked.getCommitted()).isFalse();
            assertThat(checked.getCommunes()).isNotEmpty();

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            ExplanationJson asked = new GiiTrnhApi(board).request(new RequestJson().communeCode(COMMUNE)
                    .targetCode(RequestJson.TargetCodeEnum.T2).asOf(today).dueDate(today.plusDays(14)).request("Giải trình tỷ lệ sau đại học"));
            assertThat(asked.getState()).isEqualTo(ExplanationJson.StateEnum.REQUESTED);
            ExplanationJson answered = new GiiTrnhApi(editor).answer(asked.getId(), new AnswerJson()
                    .cause("Thiếu nguồn đào tạo").remedy("Cử 3 cán bộ học thạc sĩ").expectedBy(today.plusYears(1))
                    .version(asked.getVersion()));
            assertThat(answered.getState()).isEqualTo(ExplanationJson.StateEnum.ANSWERED);
            ExplanationJson accepted = new GiiTrnhApi(board).accept(asked.getId(),
                    new AcceptJson().version(answered.getVersion()));
            assertThat(accepted.getState()).isEqualTo(ExplanationJson.StateEnum.ACCEPTED);

            // a stale version: 409, the documented Conflict body
            SCPhDuytApi seats = new SCPhDuytApi(board);
            QuotaJson quota = seats.quotas(COMMUNE).get("NHA_NUOC");
            seats.setQuota(COMMUNE, "NHA_NUOC", new QuotaChange().quota(quota.getQuota() + 1).version(quota.getVersion()));
            ApiException stale = catchThrowableOfType(ApiException.class, () -> seats.setQuota(COMMUNE, "NHA_NUOC",
                    new QuotaChange().quota(quota.getQuota() + 2).version(quota.getVersion())));
            assertThat(stale.getCode()).isEqualTo(409);
            Conflict conflict = board.getObjectMapper().readValue(stale.getResponseBody(), Conflict.class);
            assertThat(conflict.getCurrentVersion()).isEqualTo(quota.getVersion() + 1);
            assertThat(conflict.getMessage()).isNotBlank();

            // a bad parameter: 400, the documented Errors body naming it
            ApiException bad = catchThrowableOfType(ApiException.class,
                    () -> new ChTiuApi(leader).indicators(null, null, "năm-nay"));
            assertThat(bad.getCode()).isEqualTo(400);
            Errors errors = leader.getObjectMapper().readValue(bad.getResponseBody(), Errors.class);
            assertThat(errors.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getParameter()).isEqualTo("year");
                assertThat(error.getMessage()).isNotBlank();
            });

            assertThat(app.errorLines()).isEmpty();
        }
    }

    /** A client of the running jar signed in as the demo account, sending what every script's write must carry. */
    private static ApiClient client(RunningJar app, String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.baseUrl());
        String basic = Base64.getEncoder().encodeToString((username + ":demo123").getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic)
                .header("X-Requested-With", "generated-client"));
        return client;
    }
}
