package vn.tayninh.dashboard.training;

import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.RostersTouched;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.Role;

/**
 * The training plan 2027–2030 (docs/training.md): versions, their courses and named participants; who to send; and
 * the adopted version's participants written on their records as training in progress. The board and the
 * administrator write the plan; a commune editor reads their own commune's participants and proposes only its
 * cadres; a leader reads. Every change is in the audit trail and recounts the figures of the communes it touches.
 */
@Service
@Transactional(readOnly = true)
public class TrainingPlans {

    /** The audit trail's name of a participant. */
    static final String ENTITY = "TRAINING";
    /** The plan's period. */
    public static final int FIRST_YEAR = 2027;
    public static final int LAST_YEAR = 2030;

    private final TrainingPlanRepository plans;
    private final TrainingCourseRepository courses;
    private final ParticipantRepository participants;
    private final TrainingQueries queries;
    private final TrainingSettings settings;
    private final CadreEditor editor;
    private final CommuneAccess access;
    private final AuthenticatedUser authenticatedUser;
    private final CommuneService communes;
    private final IndicatorEngine engine;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    TrainingPlans(TrainingPlanRepository plans, TrainingCourseRepository courses, ParticipantRepository participants,
                  TrainingQueries queries, TrainingSettings settings, CadreEditor editor, CommuneAccess access,
                  AuthenticatedUser authenticatedUser, CommuneService communes, IndicatorEngine engine,
                  ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.plans = plans;
        this.courses = courses;
        this.participants = participants;
        this.queries = queries;
        this.settings = settings;
        this.editor = editor;
        this.access = access;
        this.authenticatedUser = authenticatedUser;
        this.communes = communes;
        this.engine = engine;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** Every version, the newest first. Any signed-in user. */
    public List<TrainingPlan> plans() {
        authenticatedUser.require();
        return plans.findAllByOrderByIdDesc();
    }

    /** The adopted version, if any. */
    public Optional<TrainingPlan> adopted() {
        authenticatedUser.require();
        return plans.findFirstByState(PlanState.ADOPTED);
    }

    public TrainingPlan plan(long planId) {
        authenticatedUser.require();
        return plans.findById(planId).orElseThrow(() -> new UnknownRecordException("trainingPlan"));
    }

    public TrainingCourse course(long courseId) {
        authenticatedUser.require();
        return courses.findById(courseId).orElseThrow(() -> new UnknownRecordException("trainingCourse"));
    }

    /**
     * The version's courses with their participants counted: taken, proposed and taken off; for a commune editor those
     * of their own commune only.
     */
    public List<CourseView> courses(long planId) {
        plan(planId);
        Optional<Long> own = access.ownCommuneOnly();
        List<TrainingCourse> list = courses.findByPlanIdOrderByStartDateAscIdAsc(planId);
        Map<Long, List<Participant>> named = participants.findByCourseIdInOrderByIdAsc(
                        list.stream().map(TrainingCourse::getId).toList()).stream()
                .filter(p -> own.isEmpty() || own.get().equals(p.getCommuneId()))
                .collect(Collectors.groupingBy(Participant::getCourseId));
        return list.stream().map(course -> {
            List<Participant> of = named.getOrDefault(course.getId(), List.of());
            return new CourseView(course, count(of, ParticipantState.ACCEPTED), count(of, ParticipantState.PROPOSED),
                    count(of, ParticipantState.REMOVED));
        }).toList();
    }

    /** A course with its participants counted (see {@link #courses}). */
    public record CourseView(TrainingCourse course, long accepted, long proposed, long removed) {
    }

    /**
     * The persons named for a course, in the order of the Vietnamese alphabet; for a commune editor those of their
     * own commune only. Refused proposals are left out unless {@code withRefused}.
     */
    public List<ParticipantView> participants(long courseId, boolean withRefused) {
        TrainingCourse course = course(courseId);
        Optional<Long> own = access.ownCommuneOnly();
        List<Participant> list = participants.findByCourseIdOrderByIdAsc(courseId).stream()
                .filter(p -> own.isEmpty() || own.get().equals(p.getCommuneId()))
                .filter(p -> withRefused || p.getState() != ParticipantState.REFUSED)
                .toList();
        return views(course, list);
    }

    private List<ParticipantView> views(TrainingCourse course, List<Participant> list) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, TrainingQueries.Person> persons = queries.persons(today, null,
                        list.stream().map(Participant::getCadreId).toList(), true, today.getYear(), today.getYear())
                .stream().collect(Collectors.toMap(TrainingQueries.Person::id, p -> p));
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        return list.stream().map(p -> {
            TrainingQueries.Person person = persons.get(p.getCadreId());
            return new ParticipantView(p.getId(), course.getId(), p.getCadreId(), person.fullName(), p.getCommuneId(),
                    person.communeName(), person.titles(), person.education(), person.theory(), p.getState(),
                    p.getReason(), p.getProposedBy(), p.getRemoval(), p.getRemovalNote(), p.getVersion(),
                    person.active(), Admission.retirementDate(person).orElse(null),
                    Admission.retiresBeforeEnd(person, course));
        }).sorted(Comparator.comparing(ParticipantView::fullName, vietnamese).thenComparingLong(ParticipantView::id))
                .toList();
    }

    /**
     * A person named for a course as the plan page lists them: {@code active} false once they left the commune's
     * service; {@code retiresBeforeEnd} when their retirement date falls on or before the course's last day (the
     * course then counts for no target).
     */
    public record ParticipantView(long id, long courseId, long cadreId, String fullName, long communeId,
                                  String communeName, List<String> titles, Education education,
                                  PoliticalTheory theory, ParticipantState state, String reason, String proposedBy,
                                  Removal removal, String removalNote, long version, boolean active,
                                  LocalDate retirementDate, boolean retiresBeforeEnd) {
    }

    // ---------------------------------------------------------------- who to send

    /**
     * Who to send on a course from a commune ({@code communeId} null: the whole province, the board only; a commune
     * editor always gets their own commune): every active cadre lacking the course's level and not yet named for it
     * or for another course of the same kind in this version, ranked by what closes the most gap (leaders below the
     * standard, then the key-title pool, the source pool, then the others; among equals the young, women and ethnic
     * minorities, then the younger) and each with why, and why not when an admission condition fails.
     */
    public List<Candidate> candidates(long courseId, Long communeId) {
        TrainingCourse course = course(courseId);
        Long scopeCommune = proposalScope(communeId);
        LocalDate today = LocalDate.now(clock);
        Scope scope = scopeCommune == null ? Scope.province()
                : Scope.commune(communes.findById(scopeCommune).map(Commune::getCode)
                .orElseThrow(() -> new UnknownRecordException("commune")));
        Set<Long> named = namedOnTrack(course);
        int startYear = course.getStartDate().getYear();
        List<TrainingQueries.Person> persons = queries.persons(today,
                scopeCommune == null ? null : List.of(scopeCommune), null, false,
                startYear - Math.max(settings.theoryRatedYears(), 1), startYear - 1).stream()
                .filter(p -> Admission.lacks(p, course.getKind()) && !named.contains(p.id()))
                .toList();
        if (persons.isEmpty()) {
            return List.of();
        }
        Map<Long, Boolean> leaders = engine.membersToday("T3", scope, today);
        Map<Long, Boolean> keyPool = engine.membersToday("T4", scope, today);
        Map<Long, Boolean> source = engine.membersToday(course.getKind() == CourseKind.LLCT_CAO_CAP ? "T9a" : "T9c",
                scope, today);
        boolean theory = course.getKind().isPoliticalTheory();
        List<Candidate> result = new ArrayList<>();
        for (TrainingQueries.Person person : persons) {
            List<Message> reasons = new ArrayList<>();
            int tier;
            // for political theory, a leader or a key-title pool member who already meets the standard is not short
            if (leaders.containsKey(person.id()) && !(theory && leaders.get(person.id()))) {
                tier = 1;
                reasons.add(Message.of(theory ? "training.why.leaderBelow" : "training.why.leader",
                        person.titles().stream().filter(t -> !t.equals("BCH") && !t.equals("BTV"))
                                .map(t -> Translations.text(titleText(t), Translations.VIETNAMESE))
                                .collect(Collectors.joining(", "))));
            } else if (keyPool.containsKey(person.id()) && !(theory && keyPool.get(person.id()))) {
                tier = 2;
                reasons.add(Message.of(theory ? "training.why.keyPoolBelow" : "training.why.keyPool"));
            } else if (source.containsKey(person.id())) {
                tier = 3;
                reasons.add(Message.of(course.getKind() == CourseKind.LLCT_CAO_CAP ? "training.why.sourceAdvanced"
                        : course.getKind() == CourseKind.THAC_SI ? "training.why.sourceMaster" : "training.why.source"));
            } else {
                tier = 4;
            }
            reasons.add(Message.of("training.why.lacks." + course.getKind().name()));
            int priorities = 0;
            if (person.birthDate() != null
                    && Period.between(person.birthDate(), today).getYears() < IndicatorEngine.YOUNG_BELOW_AGE) {
                priorities++;
                reasons.add(Message.of("training.why.young", Period.between(person.birthDate(), today).getYears()));
            }
            if (person.gender() == Gender.NU) {
                priorities++;
                reasons.add(Message.of("training.why.woman"));
            }
            if (person.minority()) {
                priorities++;
                reasons.add(Message.of("training.why.minority", person.ethnicity().trim()));
            }
            result.add(new Candidate(person.id(), person.fullName(), person.communeId(), person.communeName(),
                    person.titles(), person.gender(), person.birthDate(), person.education(), person.theory(), tier,
                    priorities, List.copyOf(reasons), Admission.failures(person, course, settings, LocalDate.now(clock))));
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        result.sort(Comparator.comparing((Candidate c) -> !c.failures().isEmpty())
                .thenComparingInt(Candidate::tier)
                .thenComparing(Comparator.comparingInt(Candidate::priorities).reversed())
                .thenComparing(Candidate::birthDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Candidate::fullName, vietnamese)
                .thenComparingLong(Candidate::cadreId));
        return result;
    }

    /**
     * A person the product proposes, or shows as not admissible with why ({@code failures} not empty): {@code tier}
     * 1 leaders, 2 the key-title pool, 3 the source pool, 4 the others; {@code priorities} how many of young, woman
     * and ethnic minority they are.
     */
    public record Candidate(long cadreId, String fullName, long communeId, String communeName, List<String> titles,
                            Gender gender, LocalDate birthDate, Education education, PoliticalTheory theory, int tier,
                            int priorities, List<Message> reasons, List<Message> failures) {

        public boolean admissible() {
            return failures.isEmpty();
        }

        /** The reasons in Vietnamese, as a participant keeps them. */
        public String reasonText() {
            return reasons.stream().map(m -> Translations.text(m, Translations.VIETNAMESE))
                    .collect(Collectors.joining("; "));
        }
    }

    private static Message titleText(String code) {
        return Message.of("position." + code);
    }

    // ---------------------------------------------------------------- writing: versions

    /** A new draft, empty or a copy of another version's courses and named persons (not the refused). */
    @Transactional
    public TrainingPlan createPlan(String name, Long copyOf) {
        CurrentUser user = access.requireReferenceData();
        String text = TrainingRules.planName(name);
        TrainingPlan plan = plans.save(new TrainingPlan(text, copyOf, clock.instant(), user.username()));
        if (copyOf != null) {
            plan(copyOf);
            Set<Long> touched = new TreeSet<>();
            for (TrainingCourse course : courses.findByPlanIdOrderByStartDateAscIdAsc(copyOf)) {
                TrainingCourse copy = courses.save(new TrainingCourse(plan.getId(), course.form()));
                for (Participant p : participants.findByCourseIdOrderByIdAsc(course.getId())) {
                    if (p.getState() == ParticipantState.ACCEPTED || p.getState() == ParticipantState.PROPOSED) {
                        participants.save(new Participant(copy.getId(), p.getCadreId(), p.getCommuneId(), p.getState(),
                                p.getReason(), p.getProposedBy()));
                        touched.add(p.getCommuneId());
                    }
                }
            }
            touch(touched);
        }
        return plan;
    }

    /**
     * Adopts a draft, read at {@code expectedVersion}: the version adopted before is replaced and what it wrote on the
     * records is taken off; this one's participants are written on their records as training in progress, unless a
     * record has its own entry of that kind (left as it is; counted in the answer).
     */
    @Transactional
    public Adoption adopt(long planId, long expectedVersion) {
        CurrentUser user = access.requireReferenceData();
        TrainingPlan plan = plans.findById(planId).orElseThrow(() -> new UnknownRecordException("trainingPlan"));
        checkVersion(plan, expectedVersion);
        if (plan.getState() != PlanState.DRAFT) {
            throw new InvalidInputException("plan", "training.plan.notDraft");
        }
        plans.findFirstByState(PlanState.ADOPTED).ifPresent(previous -> {
            previous.replace();
            for (TrainingCourse course : courses.findByPlanIdOrderByStartDateAscIdAsc(previous.getId())) {
                for (Participant p : participants.findByCourseIdOrderByIdAsc(course.getId())) {
                    if (p.getState() == ParticipantState.ACCEPTED) {
                        editor.writePlannedStudy(p.getCadreId(), course.getKind().isPoliticalTheory(), null, null,
                                course.getId());
                    }
                }
            }
        });
        plan.adopt(clock.instant(), user.username());
        int written = 0;
        int kept = 0;
        for (TrainingCourse course : courses.findByPlanIdOrderByStartDateAscIdAsc(planId)) {
            for (Participant p : participants.findByCourseIdOrderByIdAsc(course.getId())) {
                if (p.getState() == ParticipantState.ACCEPTED) {
                    if (write(course, p)) {
                        written++;
                    } else {
                        kept++;
                    }
                }
            }
        }
        EditConflictException.flushOrConflict(entityManager, "TRAINING_PLAN");
        return new Adoption(written, kept);
    }

    /** What an adoption wrote: the records now studying by the plan, and those kept with their own entry. */
    public record Adoption(int written, int keptOwn) {
    }

    // ---------------------------------------------------------------- writing: courses

    @Transactional
    public TrainingCourse addCourse(long planId, CourseForm form) {
        access.requireReferenceData();
        TrainingPlan plan = writablePlan(planId);
        TrainingRules.check(form);
        return courses.save(new TrainingCourse(plan.getId(), form));
    }

    /**
     * Changes a course read at {@code expectedVersion}. The places may not fall below the persons already taken; in the
     * adopted version the new end date is written on the participants' records.
     */
    @Transactional
    public TrainingCourse updateCourse(long courseId, long expectedVersion, CourseForm form) {
        access.requireReferenceData();
        TrainingCourse course = courses.findById(courseId).orElseThrow(() -> new UnknownRecordException("trainingCourse"));
        TrainingPlan plan = writablePlan(course.getPlanId());
        checkVersion(course, expectedVersion);
        TrainingRules.check(form);
        List<Participant> named = participants.findByCourseIdOrderByIdAsc(courseId);
        if (form.kind() != course.getKind() && named.stream().anyMatch(p -> p.getState() == ParticipantState.ACCEPTED
                || p.getState() == ParticipantState.PROPOSED)) {
            throw new InvalidInputException("kind", "training.course.kindWithParticipants");
        }
        CourseForm before = course.form();
        course.apply(form);
        if (overfull(course, named, null)) {
            throw new InvalidInputException("places", "training.course.placesBelowTaken");
        }
        if (plan.getState() == PlanState.ADOPTED && !before.endDate().equals(form.endDate())) {
            named.stream().filter(p -> p.getState() == ParticipantState.ACCEPTED).forEach(p -> write(course, p));
        }
        touch(named.stream().map(Participant::getCommuneId).collect(Collectors.toSet()));
        EditConflictException.flushOrConflict(entityManager, "TRAINING_COURSE");
        return course;
    }

    /** Deletes a course with no one taken or proposed on it. */
    @Transactional
    public void deleteCourse(long courseId, long expectedVersion) {
        access.requireReferenceData();
        TrainingCourse course = courses.findById(courseId).orElseThrow(() -> new UnknownRecordException("trainingCourse"));
        writablePlan(course.getPlanId());
        checkVersion(course, expectedVersion);
        List<Participant> named = participants.findByCourseIdOrderByIdAsc(courseId);
        if (named.stream().anyMatch(p -> p.getState() == ParticipantState.ACCEPTED
                || p.getState() == ParticipantState.PROPOSED)) {
            throw new InvalidInputException("course", "training.course.hasParticipants");
        }
        participants.deleteAll(named);
        courses.delete(course);
    }

    // ---------------------------------------------------------------- writing: participants

    /**
     * The board takes a person on a course (a proposal of the product's, or one of its own choosing), with the reason;
     * a commune's proposal for the same person is taken as it is. Refused when an admission condition fails, when the
     * person is named for another course of the same kind in this version, or when the places are taken.
     */
    @Transactional
    public Participant take(long courseId, long cadreId, String reason) {
        CurrentUser user = access.requireReferenceData();
        TrainingCourse course = lockedCourse(courseId);
        TrainingPlan plan = writablePlan(course.getPlanId());
        TrainingQueries.Person person = admissible(course, cadreId);
        Participant participant = participants.findByCourseIdAndCadreId(courseId, cadreId).orElse(null);
        String text = TrainingRules.reason(reason);
        ParticipantState before = participant == null ? null : participant.getState();
        long taken = participants.findByCourseIdOrderByIdAsc(courseId).stream()
                .filter(p -> p.getState() == ParticipantState.ACCEPTED && !p.getCadreId().equals(cadreId))
                .filter(p -> !course.isPerCommune() || p.getCommuneId().equals(person.communeId()))
                .count();
        if (taken >= course.getPlaces()) {
            throw new InvalidInputException("places", "training.course.full");
        }
        if (participant == null) {
            participant = new Participant(courseId, cadreId, person.communeId(), ParticipantState.ACCEPTED, text,
                    user.username());
        } else {
            // a commune's proposal keeps its reason unless the board gives one
            if (participant.getState() != ParticipantState.PROPOSED || !text.isEmpty()) {
                participant.propose(text, participant.getState() == ParticipantState.PROPOSED
                        ? participant.getProposedBy() : user.username());
            }
            participant.take();
        }
        participant = participants.save(participant);
        if (plan.getState() == PlanState.ADOPTED) {
            write(course, participant);
        }
        audit(participant, course, before, participant.getState(), text);
        return participant;
    }

    /**
     * A commune proposes one of its cadres for a course (the board may too): kept as a proposal for the board to take
     * or refuse. A commune editor only for their own commune, whatever the request names.
     */
    @Transactional
    public Participant propose(long courseId, long cadreId, String reason) {
        CurrentUser user = authenticatedUser.require();
        TrainingCourse course = lockedCourse(courseId);
        writablePlan(course.getPlanId());
        TrainingQueries.Person person = admissible(course, cadreId);
        access.requireEdit(person.communeId());
        if (user.role() == Role.LEADER) {
            throw new AccessRefusedException("access.denied.commune");
        }
        String text = TrainingRules.reason(reason);
        Participant participant = participants.findByCourseIdAndCadreId(courseId, cadreId).orElse(null);
        ParticipantState before = participant == null ? null : participant.getState();
        if (participant == null) {
            participant = new Participant(courseId, cadreId, person.communeId(), ParticipantState.PROPOSED, text,
                    user.username());
        } else if (participant.getState() == ParticipantState.ACCEPTED
                || participant.getState() == ParticipantState.PROPOSED) {
            throw new InvalidInputException("cadre", "training.participant.already");
        } else {
            participant.propose(text, user.username());
        }
        participant = participants.save(participant);
        audit(participant, course, before, participant.getState(), text);
        return participant;
    }

    /** The board refuses a person for a course (a commune's proposal, or one of the product's), with why. */
    @Transactional
    public Participant refuse(long courseId, long cadreId, String note) {
        access.requireReferenceData();
        TrainingCourse course = lockedCourse(courseId);
        writablePlan(course.getPlanId());
        String text = TrainingRules.note(note);
        Participant participant = participants.findByCourseIdAndCadreId(courseId, cadreId).orElse(null);
        ParticipantState before = participant == null ? null : participant.getState();
        if (participant == null) {
            TrainingQueries.Person person = person(cadreId);
            participant = new Participant(courseId, cadreId, person.communeId(), ParticipantState.REFUSED,
                    Translations.text(Message.of("training.why.refusedUnnamed"), Translations.VIETNAMESE),
                    access.actor());
        } else if (participant.getState() != ParticipantState.PROPOSED) {
            throw new InvalidInputException("cadre", "training.participant.notProposed");
        }
        participant.refuse(text);
        participant = participants.save(participant);
        audit(participant, course, before, participant.getState(), text);
        return participant;
    }

    /**
     * Takes a participant off a course, read at {@code expectedVersion}, with why: they left the commune's service,
     * dropped out, or another reason in the note (always required). In the adopted version the record's training in
     * progress from this course is taken off.
     */
    @Transactional
    public Participant takeOff(long participantId, long expectedVersion, Removal removal, String note) {
        access.requireReferenceData();
        Participant participant = participants.findById(participantId)
                .orElseThrow(() -> new UnknownRecordException("trainingParticipant"));
        TrainingCourse course = lockedCourse(participant.getCourseId());
        TrainingPlan plan = writablePlan(course.getPlanId());
        if (participant.getVersion() != expectedVersion) {
            throw new EditConflictException(ENTITY, expectedVersion, participant.getVersion(),
                    Map.of("trainingState", participant.getState().name()));
        }
        if (participant.getState() != ParticipantState.ACCEPTED) {
            throw new InvalidInputException("participant", "training.participant.notTaken");
        }
        if (removal == null) {
            throw new InvalidInputException("removal", "training.removal.required");
        }
        String text = TrainingRules.note(note);
        participant.takeOff(removal, text);
        if (plan.getState() == PlanState.ADOPTED) {
            editor.writePlannedStudy(participant.getCadreId(), course.getKind().isPoliticalTheory(), null, null,
                    course.getId());
        }
        audit(participant, course, ParticipantState.ACCEPTED, ParticipantState.REMOVED, text);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        return participant;
    }

    // ---------------------------------------------------------------- helpers

    /** A commune editor proposes only from their own commune; the whole province is the board's or a leader's. */
    private Long proposalScope(Long communeId) {
        CurrentUser user = authenticatedUser.require();
        if (user.role() == Role.COMMUNE_EDITOR) {
            return user.communeId();
        }
        return communeId;
    }

    private TrainingQueries.Person admissible(TrainingCourse course, long cadreId) {
        TrainingQueries.Person person = person(cadreId);
        int startYear = course.getStartDate().getYear();
        List<Message> failures = new ArrayList<>(Admission.failures(person, course, settings, LocalDate.now(clock)));
        Optional<Participant> here = participants.findByCourseIdAndCadreId(course.getId(), cadreId);
        if (here.map(p -> p.getState() == ParticipantState.ACCEPTED).orElse(false)) {
            failures.add(Message.of("training.participant.already"));
        } else if (namedOnTrack(course).contains(cadreId)
                && here.map(p -> p.getState() != ParticipantState.PROPOSED).orElse(true)) {
            failures.add(Message.of("training.condition.inPlan"));
        }
        if (!failures.isEmpty()) {
            throw new InvalidInputException(failures.stream()
                    .map(m -> new InvalidInputException.Problem("cadre", m)).toList());
        }
        return person;
    }

    /** A cadre in any state, with the ratings a course of the plan's period may ask for. */
    private TrainingQueries.Person person(long cadreId) {
        LocalDate today = LocalDate.now(clock);
        return queries.persons(today, null, List.of(cadreId), true, FIRST_YEAR - 10, LAST_YEAR).stream().findFirst()
                .orElseThrow(() -> new UnknownRecordException("cadre"));
    }

    /**
     * The cadres taken or proposed for a course of the same kind of level (degree or political theory) in the course's
     * version, this course included; and those refused for this course.
     */
    private Set<Long> namedOnTrack(TrainingCourse course) {
        List<TrainingCourse> sameTrack = courses.findByPlanIdOrderByStartDateAscIdAsc(course.getPlanId()).stream()
                .filter(c -> c.getKind().isPoliticalTheory() == course.getKind().isPoliticalTheory()).toList();
        Set<Long> result = new HashSet<>();
        for (Participant p : participants.findByCourseIdInOrderByIdAsc(sameTrack.stream().map(TrainingCourse::getId)
                .toList())) {
            if (p.getState() == ParticipantState.ACCEPTED || p.getState() == ParticipantState.PROPOSED
                    || p.getState() == ParticipantState.REFUSED && p.getCourseId().equals(course.getId())) {
                result.add(p.getCadreId());
            }
        }
        return result;
    }

    /** Whether the course has more persons taken than places (per commune: in the given commune, or in any). */
    private static boolean overfull(TrainingCourse course, List<Participant> named, Long commune) {
        Map<Long, Long> taken = named.stream().filter(p -> p.getState() == ParticipantState.ACCEPTED)
                .collect(Collectors.groupingBy(Participant::getCommuneId, Collectors.counting()));
        if (course.isPerCommune()) {
            return taken.entrySet().stream().anyMatch(e -> (commune == null || e.getKey().equals(commune))
                    && e.getValue() > course.getPlaces());
        }
        return taken.values().stream().mapToLong(Long::longValue).sum() > course.getPlaces();
    }

    /** Writes the course on the participant's record; false when the record has its own entry of that kind. */
    private boolean write(TrainingCourse course, Participant participant) {
        boolean theory = course.getKind().isPoliticalTheory();
        return editor.writePlannedStudy(participant.getCadreId(), theory, course.getKind().level(),
                course.getEndDate(), course.getId());
    }

    /** The course, locked for the rest of the transaction so that two boards filling its last place queue up. */
    private TrainingCourse lockedCourse(long courseId) {
        TrainingCourse course = courses.lockById(courseId)
                .orElseThrow(() -> new UnknownRecordException("trainingCourse"));
        entityManager.refresh(course);
        return course;
    }

    private TrainingPlan writablePlan(long planId) {
        TrainingPlan plan = plans.findById(planId).orElseThrow(() -> new UnknownRecordException("trainingPlan"));
        if (plan.getState() == PlanState.REPLACED) {
            throw new InvalidInputException("plan", "training.plan.replaced");
        }
        return plan;
    }

    private static void checkVersion(TrainingPlan plan, long expected) {
        if (plan.getVersion() != expected) {
            throw new EditConflictException("TRAINING_PLAN", expected, plan.getVersion(),
                    Map.of("trainingPlan", plan.getState().name()));
        }
    }

    private static void checkVersion(TrainingCourse course, long expected) {
        if (course.getVersion() != expected) {
            throw new EditConflictException("TRAINING_COURSE", expected, course.getVersion(),
                    Map.of("trainingCourse", course.getTitle()));
        }
    }

    private void audit(Participant participant, TrainingCourse course, ParticipantState before,
                       ParticipantState after, String note) {
        entityManager.flush();
        FieldChanges changes = FieldChanges.of(participant.getCommuneId(), ENTITY, participant.getId(),
                before == null ? Action.CREATE : Action.UPDATE);
        changes.field("trainingCourse", before == null ? null : course.getTitle(), course.getTitle());
        changes.field("trainingState", before == null ? null : before.name(), after.name());
        changes.field("trainingNote", null, note);
        changes.field("cadre", before == null ? null : String.valueOf(participant.getCadreId()),
                String.valueOf(participant.getCadreId()));
        events.publishEvent(new ChangesMade(changes.list()));
        touch(Set.of(participant.getCommuneId()));
    }

    /** The figures kept for these communes (their projections with a plan among them) are counted again. */
    private void touch(Collection<Long> communeIds) {
        if (!communeIds.isEmpty()) {
            events.publishEvent(new RostersTouched(new TreeSet<>(communeIds)));
        }
    }

    private static long count(List<Participant> list, ParticipantState state) {
        return list.stream().filter(p -> p.getState() == state).count();
    }
}
