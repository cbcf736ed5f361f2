package vn.tayninh.dashboard.explanation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationFilter;
import vn.tayninh.dashboard.explanation.ExplanationState;
import vn.tayninh.dashboard.explanation.Explanations;

/**
 * The request-for-explanation loop for scripts, with the same rights, rules, audit trail and version checks as the
 * screens ({@link Explanations}). Every answer carries the request's state, whether it is overdue, and the history of
 * its steps with who took each and when.
 */
@RestController
@RequestMapping("/api/v1/explanations")
@Tag(name = "Giải trình", description = "Yêu cầu xã, phường giải trình chỉ tiêu chậm; trả lời, chấp nhận, trả lại")
class ExplanationApiController {

    private final Explanations explanations;
    private final CommuneService communes;
    private final ApiParameters parameters;

    ExplanationApiController(Explanations explanations, CommuneService communes, ApiParameters parameters) {
        this.explanations = explanations;
        this.communes = communes;
        this.parameters = parameters;
    }

    record RequestJson(String communeCode, String targetCode, LocalDate asOf, LocalDate dueDate, String request) {
    }

    /** {@code version}, when given, is the one the answer was written against: a stale one answers 409. */
    record AnswerJson(String cause, String remedy, LocalDate expectedBy, Long version) {
    }

    record ReturnJson(String comment, Long version) {
    }

    record AcceptJson(Long version) {
    }

    record StepJson(ExplanationState state, String actor, Instant at, String note, String remedy,
                    LocalDate expectedBy) {
    }

    record ExplanationJson(long id, String communeCode, String communeName, String targetCode, LocalDate asOf,
                           LocalDate dueDate, String request, ExplanationState state, boolean overdue, String cause,
                           String remedy, LocalDate expectedBy, String returnComment, long version,
                           List<StepJson> history) {

        static ExplanationJson of(ExplanationDetails e) {
            return new ExplanationJson(e.id(), e.communeCode(), e.communeName(), e.targetCode(), e.asOf(),
                    e.dueDate(), e.request(), e.state(), e.overdue(), e.cause(), e.remedy(), e.expectedBy(),
                    e.returnComment(), e.version(), e.history().stream().map(step -> new StepJson(step.state(),
                            step.actor(), step.at(), step.note(), step.remedy(), step.expectedBy())).toList());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Asks a commune to explain a target at a reporting date (board, administrator)")
    ExplanationJson request(@RequestBody RequestJson body) {
        return ExplanationJson.of(explanations.request(body.communeCode(),
                new Explanations.NewRequest(body.targetCode(), body.asOf(), body.dueDate(), body.request())));
    }

    @GetMapping
    @Operation(summary = "The requests the caller may read, newest first; a commune editor sees only their commune")
    List<ExplanationJson> list(@RequestParam(required = false) String commune,
                               @RequestParam(required = false) ExplanationState state,
                               @RequestParam(required = false) String target,
                               @RequestParam(required = false) Boolean overdue) {
        Long communeId = null;
        if (commune != null && !commune.isBlank()) {
            communeId = communes.findByCode(commune.strip()).map(Commune::getId).orElseThrow(() ->
                    new BadRequestException(List.of(ApiError.parameter("commune",
                            parameters.message("api.error.commune.unknown", commune)))));
        }
        String targetCode = target == null || target.isBlank() ? null : target.strip();
        return explanations.find(new ExplanationFilter(communeId, state, targetCode, overdue)).stream()
                .map(ExplanationJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its history")
    ExplanationJson get(@PathVariable long id) {
        return ExplanationJson.of(explanations.get(id));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "The commune's answer: cause, remedy, the date by which the figure should move")
    ExplanationJson answer(@PathVariable long id, @RequestBody AnswerJson body) {
        return ExplanationJson.of(explanations.answer(id, body.version(),
                new Explanations.Answer(body.cause(), body.remedy(), body.expectedBy())));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accepts an answered request (board, administrator); the body is JSON, {} or {\"version\":N}")
    ExplanationJson accept(@PathVariable long id, @RequestBody AcceptJson body) {
        return ExplanationJson.of(explanations.accept(id, body.version()));
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Returns an answered request with a comment (board, administrator); the commune answers again")
    ExplanationJson giveBack(@PathVariable long id, @RequestBody ReturnJson body) {
        return ExplanationJson.of(explanations.giveBack(id, body.version(), body.comment()));
    }
}
