package vn.tayninh.dashboard.explanation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import jakarta.persistence.EntityManager;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;

/**
 * The request-for-explanation loop: the board (BOARD, ADMIN) asks a commune to explain a target at a reporting
 * date, the commune's editor (or the board) answers with the cause, the remedy and when the figure should move, and
 * the board accepts the answer or returns it with a comment, after which the commune answers again. Everyone signed
 * in reads, a commune editor only their own commune's requests.
 *
 * <p>Every step checks the rights and the state here, whoever calls; writes its audit entries and publishes an
 * {@link ExplanationStepTaken} in its transaction; locks the request's row, so that two steps at once happen one
 * after the other; and is refused as a conflict, with the current state, when the request changed since the caller
 * read it (the version the caller names).
 */
@Service
@Transactional(readOnly = true)
public class Explanations {

    public static final String ENTITY = "EXPLANATION";
    /** States in which a request waits for the commune, and can go overdue. */
    static final Set<ExplanationState> AWAITING_ANSWER = EnumSet.of(ExplanationState.REQUESTED,
            ExplanationState.RETURNED);
    /** States in which a request is still open: a second request for the same commune and target is refused. */
    static final Set<ExplanationState> OPEN = EnumSet.of(ExplanationState.REQUESTED, ExplanationState.ANSWERED,
            ExplanationState.RETURNED);
    /** The properties a page of requests may be sorted by: the commune's name, the target, dates, the state. */
    public static final Set<String> SORTABLE = Set.of("commune.name", "targetCode", "asOf", "dueDate", "state");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

    private final ExplanationRepository explanations;
    private final CommuneService communes;
    private final IndicatorEngine engine;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    Explanations(ExplanationRepository explanations, CommuneService communes, IndicatorEngine engine,
                 CommuneAccess access, ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.explanations = explanations;
        this.communes = communes;
        this.engine = engine;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What the board asks of one commune, or of several in one action. */
    public record NewRequest(String targetCode, LocalDate asOf, LocalDate dueDate, String request) {
    }

    /** The commune's answer. */
    public record Answer(String cause, String remedy, LocalDate expectedBy) {
    }

    /** Of the communes asked in one action, those asked now and those skipped because a request is still open. */
    public record Requested(List<ExplanationDetails> created, List<String> skippedCommuneCodes) {
    }

    /** Asks one commune (BOARD, ADMIN); refused when the commune already has an open request on the target. */
    @Transactional
    public ExplanationDetails request(String communeCode, NewRequest request) {
        CurrentUser user = access.requireReferenceData();
        List<Problem> problems = new ArrayList<>();
        Commune commune = commune(communeCode, problems);
        NewRequest valid = valid(request, problems);
        if (commune != null && problems.isEmpty() && explanations.existsByCommuneIdAndTargetCodeAndStateIn(
                commune.getId(), valid.targetCode(), OPEN)) {
            problems.add(Problem.of("communeCode", "explanation.request.open"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return details(create(commune, valid, user));
    }

    /**
     * Asks several communes the same in one action (BOARD, ADMIN), all or nothing: those with an open request on the
     * target are skipped and named in the answer.
     */
    @Transactional
    public Requested requestAll(Collection<String> communeCodes, NewRequest request) {
        CurrentUser user = access.requireReferenceData();
        List<Problem> problems = new ArrayList<>();
        List<Commune> asked = new ArrayList<>();
        for (String code : new java.util.LinkedHashSet<>(communeCodes)) {
            Commune commune = commune(code, problems);
            if (commune != null) {
                asked.add(commune);
            }
        }
        if (communeCodes.isEmpty()) {
            problems.add(Problem.of("communeCode", "entry.rule.required"));
        }
        NewRequest valid = valid(request, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<ExplanationDetails> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Commune commune : asked) {
            if (explanations.existsByCommuneIdAndTargetCodeAndStateIn(commune.getId(), valid.targetCode(), OPEN)) {
                skipped.add(commune.getCode());
            } else {
                created.add(details(create(commune, valid, user)));
            }
        }
        return new Requested(created, skipped);
    }

    /**
     * The commune's answer (its editor, BOARD, ADMIN) to a request waiting for one (requested or returned).
     *
     * @param expectedVersion the version the answer was written against; null to answer whatever is current
     */
    @Transactional
    public ExplanationDetails answer(long id, @Nullable Long expectedVersion, Answer answer) {
        Explanation explanation = readable(lock(id));
        CurrentUser user = access.requireEdit(explanation.getCommune().getId());
        checkVersion(explanation, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (!AWAITING_ANSWER.contains(explanation.getState())) {
            problems.add(wrongState("explanation.state.notAwaitingAnswer", explanation));
        }
        Answer given = answer == null ? new Answer(null, null, null) : answer;
        String cause = ExplanationRules.text("cause", given.cause(), ExplanationRules.MAX_CAUSE, problems);
        String remedy = ExplanationRules.text("remedy", given.remedy(), ExplanationRules.MAX_REMEDY, problems);
        ExplanationRules.date("expectedBy", given.expectedBy(), problems);
        if (given.expectedBy() != null && given.expectedBy().isBefore(explanation.getAsOf())) {
            problems.add(Problem.of("expectedBy", "explanation.expectedBy.beforeAsOf"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FieldChanges changes = FieldChanges.of(explanation.getCommune().getId(), ENTITY, explanation.getId(),
                        Action.UPDATE)
                .field("state", explanation.getState(), ExplanationState.ANSWERED)
                .field("cause", explanation.getCause(), cause)
                .field("remedy", explanation.getRemedy(), remedy)
                .field("expectedBy", explanation.getExpectedBy(), given.expectedBy());
        explanation.answer(cause, remedy, given.expectedBy(), user.username(), Instant.now(clock));
        return taken(explanation, changes, user);
    }

    /** The board (BOARD, ADMIN) accepts an answered request; it is then closed. */
    @Transactional
    public ExplanationDetails accept(long id, @Nullable Long expectedVersion) {
        CurrentUser user = access.requireReferenceData();
        Explanation explanation = lock(id);
        checkVersion(explanation, expectedVersion);
        requireAnswered(explanation);
        FieldChanges changes = FieldChanges.of(explanation.getCommune().getId(), ENTITY, explanation.getId(),
                Action.UPDATE).field("state", explanation.getState(), ExplanationState.ACCEPTED);
        explanation.accept(user.username(), Instant.now(clock));
        return taken(explanation, changes, user);
    }

    /** The board (BOARD, ADMIN) returns an answered request with a comment; the commune answers again. */
    @Transactional
    public ExplanationDetails giveBack(long id, @Nullable Long expectedVersion, String comment) {
        CurrentUser user = access.requireReferenceData();
        Explanation explanation = lock(id);
        checkVersion(explanation, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (explanation.getState() != ExplanationState.ANSWERED) {
            problems.add(wrongState("explanation.state.notAnswered", explanation));
        }
        String text = ExplanationRules.text("comment", comment, ExplanationRules.MAX_COMMENT, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FieldChanges changes = FieldChanges.of(explanation.getCommune().getId(), ENTITY, explanation.getId(),
                        Action.UPDATE)
                .field("state", explanation.getState(), ExplanationState.RETURNED)
                .field("returnComment", explanation.getReturnComment(), text);
        explanation.giveBack(text, user.username(), Instant.now(clock));
        return taken(explanation, changes, user);
    }

    /** One request, when the reader may see its commune. */
    public ExplanationDetails get(long id) {
        return details(readable(find(id)));
    }

    /**
     * The request when the reader may see its commune; otherwise the same answer as for a request that does not
     * exist, so that an editor cannot tell another commune's requests from missing ones.
     */
    private Explanation readable(Explanation explanation) {
        Optional<Long> own = access.ownCommuneOnly();
        if (own.isPresent() && !own.get().equals(explanation.getCommune().getId())) {
            throw new UnknownRecordException("id");
        }
        return explanation;
    }

    /** The requests the reader may see that match the filter, newest first. */
    public List<ExplanationDetails> find(ExplanationFilter filter) {
        return explanations.findAll(matching(filter), NEWEST_FIRST).stream().map(this::details).toList();
    }

    /**
     * One page of the requests the reader may see that match the filter, in the page's order (by
     * {@link #SORTABLE} properties; newest first among equals and when none is asked), for a grid of any size.
     */
    public List<ExplanationDetails> find(ExplanationFilter filter, Pageable page) {
        Sort sort = Sort.by(page.getSort().stream().filter(order -> SORTABLE.contains(order.getProperty()))
                .toList()).and(NEWEST_FIRST);
        Pageable ordered = PageRequest.of(page.getPageNumber(), page.getPageSize(), sort);
        return explanations.findAll(matching(filter), ordered).stream().map(this::details).toList();
    }

    /** How many requests the reader may see match the filter. */
    public long count(ExplanationFilter filter) {
        return explanations.count(matching(filter));
    }

    private Specification<Explanation> matching(ExplanationFilter filter) {
        Long commune = readableCommune(filter.communeId());
        LocalDate today = LocalDate.now(clock);
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (commune != null) {
                predicates.add(cb.equal(root.get("commune").get("id"), commune));
            }
            if (filter.state() != null) {
                predicates.add(cb.equal(root.get("state"), filter.state()));
            }
            if (filter.targetCode() != null) {
                predicates.add(cb.equal(root.get("targetCode"), filter.targetCode()));
            }
            if (query != null && query.getResultType() != Long.class && query.getResultType() != long.class) {
                root.fetch("commune");
            }
            if (filter.overdue() != null) {
                Predicate overdue = cb.and(root.get("state").in(AWAITING_ANSWER),
                        cb.lessThan(root.get("dueDate"), today));
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Each commune's latest request (by commune id) that the reader may see, for the target page and Cần chú ý.
     *
     * @param targetCode null for the latest on any target
     */
    public Map<Long, ExplanationDetails> latestByCommune(@Nullable String targetCode) {
        Map<Long, ExplanationDetails> latest = new LinkedHashMap<>();
        for (ExplanationDetails explanation : find(new ExplanationFilter(null, null, targetCode, null))) {
            latest.putIfAbsent(explanation.communeId(), explanation);
        }
        return latest;
    }

    /**
     * The requests made for reporting dates in a period (both ends included), oldest first, for the meeting pack.
     *
     * @param communeId null for the whole province
     */
    public List<ExplanationDetails> ofPeriod(@Nullable Long communeId, LocalDate from, LocalDate to) {
        return find(communeId == null ? ExplanationFilter.ALL : ExplanationFilter.commune(communeId)).stream()
                .filter(explanation -> !explanation.asOf().isBefore(from) && !explanation.asOf().isAfter(to))
                .sorted(Comparator.comparing(ExplanationDetails::asOf).thenComparing(ExplanationDetails::id))
                .toList();
    }

    /**
     * The accepted explanations, with their causes and remedies, of the requests made for reporting dates in a
     * period: what a progress report quotes among the shortcomings.
     *
     * @param communeId null for the whole province
     */
    public List<ExplanationDetails> accepted(@Nullable Long communeId, LocalDate from, LocalDate to) {
        return ofPeriod(communeId, from, to).stream()
                .filter(explanation -> explanation.state() == ExplanationState.ACCEPTED).toList();
    }

    /**
     * Announces, once per request, each request that went overdue (unanswered or returned past its due date):
     * marks it and publishes an {@link ExplanationStepTaken} with {@code overdue} true and no actor. Run daily and at
     * start by {@link OverdueCheck}.
     *
     * @return how many requests were announced
     */
    @Transactional
    public int announceOverdue() {
        LocalDate today = LocalDate.now(clock);
        List<ExplanationStepTaken> announced = new ArrayList<>();
        for (Explanation explanation : explanations.findNewlyOverdue(AWAITING_ANSWER, today)) {
            ExplanationStepTaken step = step(explanation, true, null);
            if (explanations.markOverdueAnnounced(explanation.getId()) == 1) {
                announced.add(step);
            }
        }
        announced.forEach(events::publishEvent);
        return announced.size();
    }

    private Explanation create(Commune commune, NewRequest request, CurrentUser user) {
        Explanation explanation;
        try {
            explanation = explanations.saveAndFlush(new Explanation(commune, request.targetCode(), request.asOf(),
                    request.dueDate(), request.request(), user.username(), Instant.now(clock)));
        } catch (DataIntegrityViolationException e) {
            // Another request on the same commune and target was written between the check and this insert: the
            // unique index of open requests refused this one, and the answer is the check's.
            throw new InvalidInputException(List.of(Problem.of("communeCode", "explanation.request.open")));
        }
        FieldChanges changes = FieldChanges.of(commune.getId(), ENTITY, explanation.getId(), Action.CREATE)
                .field("targetCode", null, request.targetCode())
                .field("asOf", null, request.asOf())
                .field("dueDate", null, request.dueDate())
                .field("request", null, request.request())
                .field("state", null, ExplanationState.REQUESTED);
        events.publishEvent(new ChangesMade(changes.list()));
        events.publishEvent(step(explanation, false, user.username()));
        return explanation;
    }

    private ExplanationDetails taken(Explanation explanation, FieldChanges changes, CurrentUser user) {
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        events.publishEvent(new ChangesMade(changes.list()));
        events.publishEvent(step(explanation, false, user.username()));
        return details(explanation);
    }

    private ExplanationStepTaken step(Explanation explanation, boolean overdue, String actor) {
        return new ExplanationStepTaken(explanation.getId(), explanation.getCommune().getCode(),
                explanation.getTargetCode(), explanation.getAsOf(), explanation.getDueDate(), explanation.getState(),
                overdue || explanation.isOverdue(LocalDate.now(clock)), actor);
    }

    private NewRequest valid(NewRequest request, List<Problem> problems) {
        NewRequest given = request == null ? new NewRequest(null, null, null, null) : request;
        String target = given.targetCode() == null ? null : given.targetCode().strip();
        if (target == null || target.isEmpty()) {
            problems.add(Problem.of("targetCode", "entry.rule.required"));
        } else if (engine.targets().stream().map(Target::getCode).noneMatch(target::equals)) {
            problems.add(Problem.of("targetCode", "explanation.target.unknown", target));
        }
        LocalDate today = LocalDate.now(clock);
        ExplanationRules.date("asOf", given.asOf(), problems);
        if (given.asOf() != null && given.asOf().isAfter(today)) {
            problems.add(Problem.of("asOf", "explanation.asOf.future"));
        }
        ExplanationRules.date("dueDate", given.dueDate(), problems);
        if (given.dueDate() != null && given.asOf() != null && given.dueDate().isBefore(given.asOf())) {
            problems.add(Problem.of("dueDate", "explanation.dueDate.beforeAsOf"));
        } else if (given.dueDate() != null && given.dueDate().isBefore(today)) {
            problems.add(Problem.of("dueDate", "explanation.dueDate.past"));
        }
        String text = ExplanationRules.text("request", given.request(), ExplanationRules.MAX_REQUEST, problems);
        return new NewRequest(target, given.asOf(), given.dueDate(), text);
    }

    private Commune commune(String code, List<Problem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(Problem.of("communeCode", "entry.rule.required"));
            return null;
        }
        Optional<Commune> commune = communes.findByCode(code.strip());
        if (commune.isEmpty()) {
            problems.add(Problem.of("communeCode", "explanation.commune.unknown", code.strip()));
        }
        return commune.orElse(null);
    }

    private Explanation lock(long id) {
        return explanations.lockById(id).orElseThrow(() -> new UnknownRecordException("id"));
    }

    private Explanation find(long id) {
        return explanations.findById(id).orElseThrow(() -> new UnknownRecordException("id"));
    }

    /** The commune to read: an editor's own whatever they ask (another commune is refused), or the one asked. */
    private Long readableCommune(Long asked) {
        Optional<Long> own = access.ownCommuneOnly();
        if (own.isEmpty()) {
            return asked;
        }
        if (asked != null && !Objects.equals(asked, own.get())) {
            throw new AccessRefusedException("access.denied.commune.read");
        }
        return own.get();
    }

    private static void checkVersion(Explanation explanation, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != explanation.getVersion()) {
            throw conflict(explanation, expectedVersion);
        }
    }

    private void requireAnswered(Explanation explanation) {
        if (explanation.getState() != ExplanationState.ANSWERED) {
            throw new InvalidInputException(List.of(wrongState("explanation.state.notAnswered", explanation)));
        }
    }

    private static Problem wrongState(String key, Explanation explanation) {
        return Problem.of("state", key, Message.of("explanation.state." + explanation.getState().name()));
    }

    private static EditConflictException conflict(Explanation explanation, long expectedVersion) {
        Map<String, String> current = new LinkedHashMap<>();
        current.put("state", explanation.getState().name());
        current.put("cause", explanation.getCause());
        current.put("remedy", explanation.getRemedy());
        current.put("expectedBy", FieldChanges.text(explanation.getExpectedBy()));
        current.put("returnComment", explanation.getReturnComment());
        return new EditConflictException(ENTITY, expectedVersion, explanation.getVersion(), current);
    }

    private ExplanationDetails details(Explanation explanation) {
        Commune commune = explanation.getCommune();
        List<ExplanationDetails.Step> history = explanation.getSteps().stream()
                .map(step -> new ExplanationDetails.Step(step.getState(), step.getActor(), step.getTakenAt(),
                        step.getNote(), step.getRemedy(), step.getExpectedBy()))
                .collect(Collectors.toList());
        return new ExplanationDetails(explanation.getId(), commune.getId(), commune.getCode(), commune.getName(),
                explanation.getTargetCode(), explanation.getAsOf(), explanation.getDueDate(),
                explanation.getRequest(), explanation.getState(), explanation.isOverdue(LocalDate.now(clock)),
                explanation.getCause(), explanation.getRemedy(), explanation.getExpectedBy(),
                explanation.getReturnComment(), explanation.getRequestedBy(), explanation.getRequestedAt(),
                explanation.getVersion(), List.copyOf(history));
    }
}
