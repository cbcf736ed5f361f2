package vn.tayninh.dashboard.planning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Planning (quy hoạch) as the board keeps it (docs/planning.md): the entries of the planning and source pools, their
 * proposal by the commune, approval or return by the board, exits, and the terms. Every change is checked here —
 * who may do it ({@link CommuneAccess}), the version the caller read, the rules ({@link PlanningRules}) — for the
 * pages, the API and the import alike, and announced with {@link ChangesMade} in its transaction: the audit trail
 * writes it and the commune's roster version moves on, so the stored figures are counted again.
 *
 * <p>Rights: a commune editor proposes additions and exits and completes unknown titles for their own commune only;
 * the board ({@code BOARD}) and the administrator approve, return, end and correct; the administrator adds terms.
 * Everyone who may read a commune's data reads its lists (a commune editor only their own).
 */
@Service
@Transactional(readOnly = true)
public class Planning {

    /** The audit trail's name of a planning entry. */
    public static final String ENTRY = "PLANNING";
    /** The audit trail's name of a term. */
    public static final String TERM = "PLANNING_TERM";

    private final PlanningEntryRepository entries;
    private final PlanningTermRepository terms;
    private final PlanningRules rules;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    Planning(PlanningEntryRepository entries, PlanningTermRepository terms, PlanningRules rules, CommuneAccess access,
             ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.terms = terms;
        this.rules = rules;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---- terms ----

    /** Every term, earliest first. Open to every signed-in role. */
    public List<PlanningTerm> terms() {
        return terms.findAllByOrderByFirstDay();
    }

    /** The term of that code, e.g. {@code 2030-2035}. */
    public java.util.Optional<PlanningTerm> term(String code) {
        return terms.findByCode(code);
    }

    /** Adds a term (administrator only): a unique code, the first and the last day, the last after the first. */
    @Transactional
    public PlanningTerm addTerm(String code, LocalDate firstDay, LocalDate lastDay) {
        access.requireAdministrator();
        List<Problem> problems = new ArrayList<>();
        String trimmed = code == null ? "" : code.strip();
        if (trimmed.isEmpty() || trimmed.length() > 20) {
            problems.add(Problem.of("code", "planning.term.code"));
        } else if (terms.findByCode(trimmed).isPresent()) {
            problems.add(Problem.of("code", "planning.term.exists", trimmed));
        }
        if (firstDay == null) {
            problems.add(Problem.of("firstDay", "entry.rule.required"));
        }
        if (lastDay == null) {
            problems.add(Problem.of("lastDay", "entry.rule.required"));
        } else if (firstDay != null && !lastDay.isAfter(firstDay)) {
            problems.add(Problem.of("lastDay", "planning.term.order"));
        }
        throwIfAny(problems);
        PlanningTerm term = terms.saveAndFlush(new PlanningTerm(trimmed, firstDay, lastDay));
        publish(FieldChanges.of(null, TERM, term.getId(), Action.CREATE)
                .field("code", null, term.getCode())
                .field("firstDay", null, firstDay)
                .field("lastDay", null, lastDay)
                .list());
        return term;
    }

    // ---- reading ----

    /** Every entry of a commune, of every term and state (history included). */
    public List<EntryView> entries(long communeId) {
        requireRead(communeId);
        return entries.findByCommune(communeId).stream().map(EntryView::of).toList();
    }

    /**
     * The entries of today's lists: in effect on {@code date} or awaiting the board (a proposal, or an exit
     * proposed), of one commune or, with {@code communeId} null, of every commune the caller may read (a commune
     * editor: their own).
     */
    public List<EntryView> openEntries(Long communeId, LocalDate date) {
        Long scope = communeId;
        java.util.Optional<Long> own = access.ownCommuneOnly();
        if (own.isPresent()) {
            if (scope != null && !scope.equals(own.get())) {
                throw new AccessRefusedException("access.denied.commune");
            }
            scope = own.get();
        }
        List<PlanningEntry> found = scope == null ? entries.findOpen(date) : entries.findOpen(scope, date);
        return found.stream().map(EntryView::of).toList();
    }

    /** Every entry of a cadre, of every term and state. */
    public List<EntryView> entriesOfCadre(long cadreId) {
        Cadre cadre = cadre(cadreId);
        requireRead(cadre.getCommune().getId());
        return entries.findByCadre(cadreId).stream().map(EntryView::of).toList();
    }

    /** One entry. */
    public EntryView entry(long entryId) {
        PlanningEntry entry = entries.findById(entryId).orElseThrow(() -> new UnknownRecordException("id"));
        requireRead(entry.getCommune().getId());
        return EntryView.of(entry);
    }

    /**
     * What the rules say about a possible entry today, without writing anything: empty when it may be proposed. For
     * a form that warns before it is sent; the same check runs again on {@link #propose} and {@link #approve}.
     */
    public List<Problem> check(long cadreId, long termId, PlanningKind kind, PlannedTitle title) {
        Cadre cadre = cadre(cadreId);
        requireRead(cadre.getCommune().getId());
        return rules.check(cadre, term(termId), kind, title, LocalDate.now(clock), null);
    }

    /** The most persons a title may have in a commune and term ({@link PlanningSettings}). */
    public int personsLimit(long communeId, PlannedTitle title) {
        return rules.personsLimit(communeId, title);
    }

    // ---- the commune proposes ----

    /**
     * Proposes {@code cadreId} for {@code title} of {@code termId} (kind {@code PLAN}), or for the source pool (kind
     * {@code SOURCE}, title null). The commune's own editor, the board or the administrator; checked against every
     * rule today. A proposal counts in no figure until approved.
     */
    @Transactional
    public EntryView propose(long cadreId, long termId, PlanningKind kind, PlannedTitle title, String note) {
        Cadre cadre = cadre(cadreId);
        access.requireEdit(cadre.getCommune().getId());
        if (kind == null) {
            throw new InvalidInputException("kind", "entry.rule.required");
        }
        PlanningTerm term = term(termId);
        throwIfAny(rules.check(cadre, term, kind, title, LocalDate.now(clock), null));
        PlanningEntry entry = entries.saveAndFlush(new PlanningEntry(cadre, term, kind, title, access.actor(),
                clock.instant(), text(note, "note", 1000)));
        EntryView view = EntryView.of(entry);
        publish(FieldChanges.of(cadre.getCommune().getId(), ENTRY, entry.getId(), Action.CREATE)
                .field("cadre", null, cadre.getFullName())
                .field("term", null, term.getCode())
                .field("kind", null, kind)
                .field("title", null, title)
                .field("state", null, EntryState.PROPOSED)
                .field("note", null, entry.getProposalNote())
                .list());
        return view;
    }

    /**
     * Proposes that an approved entry end, for {@code reason} ({@code OTHER} needs a note). The commune's own editor,
     * the board or the administrator. The entry keeps counting until the board approves the exit.
     */
    @Transactional
    public EntryView proposeExit(long entryId, long expectedVersion, ExitReason reason, String note) {
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getState() != EntryState.APPROVED || entry.getEndDate() != null) {
            throw new InvalidInputException("id", "planning.state.notInEffect", entry.getCadre().getFullName());
        }
        if (entry.getExitState() == ExitState.PROPOSED) {
            throw new InvalidInputException("id", "planning.state.exitAlreadyProposed", entry.getCadre().getFullName());
        }
        String checkedNote = exitNote(reason, note);
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("exitState", entry.getExitState(), ExitState.PROPOSED)
                .field("exitReason", entry.getExitReason(), reason)
                .field("exitNote", entry.getExitNote(), checkedNote);
        entry.setExitState(ExitState.PROPOSED);
        entry.setExitReason(reason);
        entry.setExitNote(checkedNote);
        entry.setExitProposedBy(access.actor());
        entry.setExitReturnReason(null);
        return saved(entry, changes);
    }

    /**
     * Completes the title of an entry whose title is not known (made from the old flags): the same group (a key title
     * for {@code KEY_UNKNOWN}, a committee seat for {@code COMMITTEE_UNKNOWN}) and the rules of titles (higher than
     * held, persons per title, titles per person). The commune's own editor, the board or the administrator.
     */
    @Transactional
    public EntryView completeTitle(long entryId, long expectedVersion, PlannedTitle title) {
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getTitle() == null || !entry.getTitle().isUnknown()) {
            throw new InvalidInputException("title", "planning.state.titleKnown", entry.getCadre().getFullName());
        }
        if (title == null || title.isUnknown() || title.isKey() != entry.getTitle().isKey()) {
            throw new InvalidInputException("title", "planning.rule.titleGroup", entry.getCadre().getFullName());
        }
        List<Problem> problems = rules.check(entry.getCadre(), entry.getTerm(), PlanningKind.PLAN, title,
                LocalDate.now(clock), entry).stream()
                .filter(p -> p.field().equals("title")).toList();
        throwIfAny(problems);
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("title", entry.getTitle(), title);
        entry.setTitle(title);
        return saved(entry, changes);
    }

    // ---- the board decides ----

    /**
     * Approves a proposed entry with its decision, which takes effect on {@code decision.effective()}; the rules are
     * checked again on that day. Board or administrator only.
     */
    @Transactional
    public EntryView approve(long entryId, long expectedVersion, Decision decision) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getState() != EntryState.PROPOSED) {
            throw new InvalidInputException("id", "planning.state.notProposed", entry.getCadre().getFullName());
        }
        Decision checked = decision(decision);
        throwIfAny(rules.check(entry.getCadre(), entry.getTerm(), entry.getKind(), entry.getTitle(),
                checked.effective(), entry));
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("state", entry.getState(), EntryState.APPROVED)
                .field("decisionNumber", null, checked.number())
                .field("decisionDate", null, checked.date())
                .field("decisionBody", null, checked.body())
                .field("effectiveDate", null, checked.effective());
        entry.setState(EntryState.APPROVED);
        entry.setDecisionNumber(checked.number());
        entry.setDecisionDate(checked.date());
        entry.setDecisionBody(checked.body());
        entry.setEffectiveDate(checked.effective());
        entry.setApprovedBy(access.actor());
        entry.setReturnReason(null);
        return saved(entry, changes);
    }

    /** Sends a proposed entry back to the commune with a reason. Board or administrator only. */
    @Transactional
    public EntryView returnProposal(long entryId, long expectedVersion, String reason) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getState() != EntryState.PROPOSED) {
            throw new InvalidInputException("id", "planning.state.notProposed", entry.getCadre().getFullName());
        }
        String checked = requiredText(reason, "reason");
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("state", entry.getState(), EntryState.RETURNED)
                .field("returnReason", entry.getReturnReason(), checked);
        entry.setState(EntryState.RETURNED);
        entry.setReturnReason(checked);
        return saved(entry, changes);
    }

    /** Approves a proposed exit: the entry ends on {@code decision.effective()} for the proposed reason. Board or administrator. */
    @Transactional
    public EntryView approveExit(long entryId, long expectedVersion, Decision decision) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getExitState() != ExitState.PROPOSED) {
            throw new InvalidInputException("id", "planning.state.noExitProposed", entry.getCadre().getFullName());
        }
        return endEntry(entry, entry.getExitReason(), entry.getExitNote(), decision(decision));
    }

    /** Sends a proposed exit back with a reason; the entry stays in effect. Board or administrator. */
    @Transactional
    public EntryView returnExit(long entryId, long expectedVersion, String reason) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getExitState() != ExitState.PROPOSED) {
            throw new InvalidInputException("id", "planning.state.noExitProposed", entry.getCadre().getFullName());
        }
        String checked = requiredText(reason, "reason");
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("exitState", entry.getExitState(), ExitState.RETURNED)
                .field("exitReturnReason", entry.getExitReturnReason(), checked);
        entry.setExitState(ExitState.RETURNED);
        entry.setExitReturnReason(checked);
        return saved(entry, changes);
    }

    /**
     * Ends an approved entry by the board's own decision (no proposal needed), for {@code reason} ({@code OTHER}
     * needs a note), on {@code decision.effective()}. Board or administrator.
     */
    @Transactional
    public EntryView end(long entryId, long expectedVersion, ExitReason reason, String note, Decision decision) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        return endEntry(entry, reason, exitNote(reason, note), decision(decision));
    }

    /**
     * Corrects the decision of an approved entry (number, date, body, the day it takes effect), e.g. a number
     * mistyped. Board or administrator; the audit trail keeps both values.
     */
    @Transactional
    public EntryView correctDecision(long entryId, long expectedVersion, Decision decision) {
        access.requireReferenceData();
        PlanningEntry entry = editable(entryId, expectedVersion);
        if (entry.getState() != EntryState.APPROVED) {
            throw new InvalidInputException("id", "planning.state.notApproved", entry.getCadre().getFullName());
        }
        Decision checked = decision(decision);
        if (entry.getEndDate() != null && !checked.effective().isBefore(entry.getEndDate())) {
            throw new InvalidInputException("effectiveDate", "planning.decision.afterEnd");
        }
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entryId, Action.UPDATE)
                .field("decisionNumber", entry.getDecisionNumber(), checked.number())
                .field("decisionDate", entry.getDecisionDate(), checked.date())
                .field("decisionBody", entry.getDecisionBody(), checked.body())
                .field("effectiveDate", entry.getEffectiveDate(), checked.effective());
        entry.setDecisionNumber(checked.number());
        entry.setDecisionDate(checked.date());
        entry.setDecisionBody(checked.body());
        entry.setEffectiveDate(checked.effective());
        return saved(entry, changes);
    }

    // ---- inside ----

    private EntryView endEntry(PlanningEntry entry, ExitReason reason, String note, Decision decision) {
        if (entry.getState() != EntryState.APPROVED || entry.getEndDate() != null) {
            throw new InvalidInputException("id", "planning.state.notInEffect", entry.getCadre().getFullName());
        }
        if (reason == null) {
            throw new InvalidInputException("reason", "entry.rule.required");
        }
        if (!decision.effective().isAfter(entry.getEffectiveDate())) {
            throw new InvalidInputException("effectiveDate", "planning.decision.endBeforeStart",
                    vn.tayninh.dashboard.base.Formats.date(entry.getEffectiveDate()));
        }
        FieldChanges changes = FieldChanges.of(entry.getCommune().getId(), ENTRY, entry.getId(), Action.END)
                .field("endDate", null, decision.effective())
                .field("endReason", null, reason)
                .field("endNote", null, note)
                .field("endDecisionNumber", null, decision.number())
                .field("endDecisionDate", null, decision.date());
        entry.setEndDate(decision.effective());
        entry.setEndReason(reason);
        entry.setEndNote(note);
        entry.setEndDecisionNumber(decision.number());
        entry.setEndDecisionDate(decision.date());
        entry.setExitState(null);
        return saved(entry, changes);
    }

    private EntryView saved(PlanningEntry entry, FieldChanges changes) {
        EditConflictException.flushOrConflict(entityManager, ENTRY);
        publish(changes.list());
        return EntryView.of(entry);
    }

    private PlanningEntry editable(long entryId, long expectedVersion) {
        PlanningEntry entry = entries.findById(entryId).orElseThrow(() -> new UnknownRecordException("id"));
        access.requireEdit(entry.getCommune().getId());
        if (entry.getVersion() != expectedVersion) {
            throw new EditConflictException(ENTRY, expectedVersion, entry.getVersion(),
                    Map.of("state", entry.getState().name()));
        }
        return entry;
    }

    private void requireRead(long communeId) {
        access.ownCommuneOnly().filter(own -> own != communeId).ifPresent(own -> {
            throw new AccessRefusedException("access.denied.commune");
        });
    }

    private Cadre cadre(long cadreId) {
        Cadre cadre = entityManager.find(Cadre.class, cadreId);
        if (cadre == null) {
            throw new UnknownRecordException("cadreId");
        }
        return cadre;
    }

    private PlanningTerm term(long termId) {
        return terms.findById(termId).orElseThrow(() -> new UnknownRecordException("termId"));
    }

    private static Decision decision(Decision decision) {
        List<Problem> problems = new ArrayList<>();
        if (decision == null) {
            throw new InvalidInputException("decisionNumber", "entry.rule.required");
        }
        String number = decision.number() == null ? "" : decision.number().strip();
        if (number.isEmpty()) {
            problems.add(Problem.of("decisionNumber", "entry.rule.required"));
        } else if (number.length() > 60) {
            problems.add(Problem.of("decisionNumber", "planning.text.tooLong", 60));
        }
        if (decision.date() == null) {
            problems.add(Problem.of("decisionDate", "entry.rule.required"));
        }
        String body = decision.body() == null || decision.body().isBlank() ? null : decision.body().strip();
        if (body != null && body.length() > 200) {
            problems.add(Problem.of("decisionBody", "planning.text.tooLong", 200));
        }
        if (decision.date() != null && decision.effectiveDate() != null
                && decision.effectiveDate().isBefore(decision.date())) {
            problems.add(Problem.of("effectiveDate", "planning.decision.effectiveBeforeDate"));
        }
        throwIfAny(problems);
        return new Decision(number, decision.date(), body, decision.effectiveDate());
    }

    private static String exitNote(ExitReason reason, String note) {
        if (reason == null) {
            throw new InvalidInputException("reason", "entry.rule.required");
        }
        String checked = text(note, "note", 1000);
        if (reason == ExitReason.OTHER && checked == null) {
            throw new InvalidInputException("note", "planning.exit.otherNeedsNote");
        }
        return checked;
    }

    private static String requiredText(String value, String field) {
        String checked = text(value, field, 1000);
        if (checked == null) {
            throw new InvalidInputException(field, "entry.rule.required");
        }
        return checked;
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(field, "planning.text.tooLong", max);
        }
        return stripped;
    }

    private static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void publish(List<Change> changes) {
        if (!changes.isEmpty()) {
            events.publishEvent(new ChangesMade(changes));
        }
    }
}
