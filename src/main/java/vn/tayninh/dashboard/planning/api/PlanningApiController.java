package vn.tayninh.dashboard.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiParameters;
import vn.tayninh.dashboard.base.api.BadRequestException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.planning.Decision;
import vn.tayninh.dashboard.planning.DisciplineKind;
import vn.tayninh.dashboard.planning.DisciplineRecords;
import vn.tayninh.dashboard.planning.DisciplineView;
import vn.tayninh.dashboard.planning.EntryView;
import vn.tayninh.dashboard.planning.ExitReason;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningKind;
import vn.tayninh.dashboard.planning.PlanningTerm;

/**
 * Planning (quy hoạch) for scripts: the terms, the entries of the planning and source pools, their proposal,
 * approval, return and exit, and the discipline records the rules read — with the same rights, rules, audit trail
 * and version checks as the pages, all decided by {@link Planning} and {@link DisciplineRecords}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Quy hoạch", description = "Quy hoạch và diện tạo nguồn: đề nghị, phê duyệt, trả lại, đưa ra; nhiệm kỳ; kỷ luật")
class PlanningApiController {

    private final Planning planning;
    private final DisciplineRecords disciplines;
    private final CommuneService communes;
    private final ApiParameters parameters;
    private final Clock clock;

    PlanningApiController(Planning planning, DisciplineRecords disciplines, CommuneService communes,
                          ApiParameters parameters, Clock clock) {
        this.planning = planning;
        this.disciplines = disciplines;
        this.communes = communes;
        this.parameters = parameters;
        this.clock = clock;
    }

    record TermJson(long id, String code, LocalDate firstDay, LocalDate lastDay) {
        static TermJson of(PlanningTerm t) {
            return new TermJson(t.getId(), t.getCode(), t.getFirstDay(), t.getLastDay());
        }
    }

    record NewTerm(String code, LocalDate firstDay, LocalDate lastDay) {
    }

    /** A proposal: {@code term} by code (e.g. {@code 2030-2035}); {@code title} null for the source pool. */
    record Proposal(Long cadreId, String term, PlanningKind kind, PlannedTitle title, String note) {
    }

    record DecisionJson(Long version, String decisionNumber, LocalDate decisionDate, String decisionBody,
                        LocalDate effectiveDate) {
        Decision decision() {
            return new Decision(decisionNumber, decisionDate, decisionBody, effectiveDate);
        }
    }

    record Reason(Long version, String reason) {
    }

    record ExitProposal(Long version, ExitReason reason, String note) {
    }

    record EntryEnding(Long version, ExitReason reason, String note, String decisionNumber, LocalDate decisionDate,
                  String decisionBody, LocalDate effectiveDate) {
    }

    record TitleJson(Long version, PlannedTitle title) {
    }

    record NewDiscipline(DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
    }

    record DisciplineChange(Long version, DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
    }

    @GetMapping("/planning/terms")
    @Operation(summary = "The terms planned for, earliest first")
    List<TermJson> terms() {
        return planning.terms().stream().map(TermJson::of).toList();
    }

    @PostMapping("/planning/terms")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Adds a term (administrator)")
    TermJson addTerm(@RequestBody NewTerm body) {
        return TermJson.of(planning.addTerm(body.code(), body.firstDay(), body.lastDay()));
    }

    @GetMapping("/planning/entries")
    @Operation(summary = "The entries in effect at `asOf` (default today) and those awaiting the board, of a commune"
            + " (`commune` code) or of every commune the caller may read; `history=true` with a commune: every entry"
            + " ever made")
    List<EntryView> entries(@RequestParam(required = false) String commune,
                            @RequestParam(required = false) LocalDate asOf,
                            @RequestParam(required = false, defaultValue = "false") boolean history) {
        Long communeId = commune == null || commune.isBlank() ? null : communeId(commune.strip());
        if (history) {
            if (communeId == null) {
                throw new BadRequestException(List.of(ApiError.parameter("commune",
                        parameters.message("entry.rule.required"))));
            }
            return planning.entries(communeId);
        }
        return planning.openEntries(communeId, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @GetMapping("/planning/entries/{id}")
    @Operation(summary = "One entry")
    EntryView entry(@PathVariable long id) {
        return planning.entry(id);
    }

    @GetMapping("/cadres/{id}/planning")
    @Operation(summary = "Every planning entry of a cadre")
    List<EntryView> ofCadre(@PathVariable long id) {
        return planning.entriesOfCadre(id);
    }

    @PostMapping("/planning/entries")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Proposes a person for a title of a term, or for the source pool (the commune's editor, the"
            + " board, the administrator); checked against every rule")
    EntryView propose(@RequestBody Proposal body) {
        long termId = planning.term(required(body.term(), "term")).map(PlanningTerm::getId)
                .orElseThrow(() -> new InvalidInputException("term", "planning.api.term.unknown", body.term()));
        return planning.propose(required(body.cadreId(), "cadreId"), termId, body.kind(), body.title(), body.note());
    }

    @PostMapping("/planning/entries/{id}/approve")
    @Operation(summary = "Approves a proposal with its decision (board, administrator), as read at `version`")
    EntryView approve(@PathVariable long id, @RequestBody DecisionJson body) {
        return planning.approve(id, required(body.version(), "version"), body.decision());
    }

    @PostMapping("/planning/entries/{id}/return")
    @Operation(summary = "Sends a proposal back with a reason (board, administrator)")
    EntryView giveBack(@PathVariable long id, @RequestBody Reason body) {
        return planning.returnProposal(id, required(body.version(), "version"), body.reason());
    }

    @PostMapping("/planning/entries/{id}/exit")
    @Operation(summary = "Proposes that an entry end, with a reason (the commune's editor, the board, the administrator)")
    EntryView proposeExit(@PathVariable long id, @RequestBody ExitProposal body) {
        return planning.proposeExit(id, required(body.version(), "version"), body.reason(), body.note());
    }

    @PostMapping("/planning/entries/{id}/exit/approve")
    @Operation(summary = "Approves a proposed exit with its decision (board, administrator)")
    EntryView approveExit(@PathVariable long id, @RequestBody DecisionJson body) {
        return planning.approveExit(id, required(body.version(), "version"), body.decision());
    }

    @PostMapping("/planning/entries/{id}/exit/return")
    @Operation(summary = "Sends a proposed exit back with a reason (board, administrator)")
    EntryView returnExit(@PathVariable long id, @RequestBody Reason body) {
        return planning.returnExit(id, required(body.version(), "version"), body.reason());
    }

    @PostMapping("/planning/entries/{id}/end")
    @Operation(summary = "Ends an entry by the board's decision, with a reason (board, administrator)")
    EntryView end(@PathVariable long id, @RequestBody EntryEnding body) {
        return planning.end(id, required(body.version(), "version"), body.reason(), body.note(),
                new Decision(body.decisionNumber(), body.decisionDate(), body.decisionBody(), body.effectiveDate()));
    }

    @PostMapping("/planning/entries/{id}/title")
    @Operation(summary = "Completes the title of an entry whose title is unknown (the commune's editor, the board)")
    EntryView completeTitle(@PathVariable long id, @RequestBody TitleJson body) {
        return planning.completeTitle(id, required(body.version(), "version"), body.title());
    }

    @PutMapping("/planning/entries/{id}/decision")
    @Operation(summary = "Corrects the decision of an approved entry (board, administrator)")
    EntryView correctDecision(@PathVariable long id, @RequestBody DecisionJson body) {
        return planning.correctDecision(id, required(body.version(), "version"), body.decision());
    }

    @GetMapping("/cadres/{id}/disciplines")
    @Operation(summary = "A cadre's discipline records")
    List<DisciplineView> disciplines(@PathVariable long id) {
        return disciplines.of(id);
    }

    @PostMapping("/cadres/{id}/disciplines")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enters a discipline (the commune's editor, the board, the administrator)")
    DisciplineView addDiscipline(@PathVariable long id, @RequestBody NewDiscipline body) {
        return disciplines.add(id, body.kind(), body.decisionDate(), body.decisionNumber());
    }

    @PutMapping("/disciplines/{id}")
    @Operation(summary = "Corrects a discipline record, as read at `version`")
    DisciplineView correctDiscipline(@PathVariable long id, @RequestBody DisciplineChange body) {
        return disciplines.correct(id, required(body.version(), "version"), body.kind(), body.decisionDate(),
                body.decisionNumber());
    }

    @DeleteMapping("/disciplines/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a discipline record entered by mistake, as read at `version`")
    void deleteDiscipline(@PathVariable long id, @RequestParam long version) {
        disciplines.delete(id, version);
    }

    private long communeId(String code) {
        return communes.findByCode(code).map(Commune::getId).orElseThrow(() ->
                new BadRequestException(List.of(ApiError.parameter("commune",
                        parameters.message("api.error.commune.unknown", code)))));
    }

    private static <T> T required(T value, String member) {
        if (value == null) {
            throw new InvalidInputException(member, "entry.rule.required");
        }
        return value;
    }
}
