package vn.tayninh.dashboard.cadre;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Commune data entry: cadre profiles, appointments to titles and seats, and departures (ratings are
 * {@link RatingEditor}'s, approved seats the position package's). Every method checks, in this order and whatever the caller shows or claims: who may change the
 * commune the stored record belongs to ({@link CommuneAccess}), that the record was not changed since the caller
 * read it (its version), and every rule of {@link CadreRules} and of the seats. Then it writes, and the audit
 * trail records each changed field in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class CadreEditor {

    public static final String CADRE = "CADRE";
    public static final String HOLDING = "HOLDING";
    public static final String RATING = "RATING";

    private final CadreRepository cadres;
    private final PositionHoldingRepository holdings;
    private final AnnualRatingRepository ratings;
    private final CommuneService communes;
    private final SeatService seats;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LastChanges lastChanges;

    CadreEditor(CadreRepository cadres, PositionHoldingRepository holdings, AnnualRatingRepository ratings,
                CommuneService communes,
                SeatService seats, CommuneAccess access, ApplicationEventPublisher events, EntityManager entityManager,
                Clock clock, LastChanges lastChanges) {
        this.cadres = cadres;
        this.holdings = holdings;
        this.ratings = ratings;
        this.communes = communes;
        this.seats = seats;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.lastChanges = lastChanges;
    }

    /** Adds a cadre record to a commune. */
    @Transactional
    public Cadre create(long communeId, CadreForm form) {
        access.requireEdit(communeId);
        Commune commune = communes.findById(communeId)
                .orElseThrow(() -> new InvalidInputException("commune", "entry.commune.unknown"));
        Problems problems = profileProblems(form, null);
        problems.throwIfAny();
        Cadre cadre = new Cadre(commune, form.normalizedName(), form.getStartDate());
        form.applyTo(cadre);
        cadre = cadres.save(cadre);
        lastChanges.touch(cadre.getId());
        FieldChanges changes = FieldChanges.of(communeId, CADRE, cadre.getId(), Action.CREATE);
        CadreForm.of(cadre).values().forEach((field, value) -> changes.field(field, null, value));
        publish(changes.list());
        return cadre;
    }

    /** Changes a cadre's profile, as read at {@code expectedVersion}. */
    @Transactional
    public Cadre update(long cadreId, long expectedVersion, CadreForm form) {
        Cadre cadre = editableCadre(cadreId);
        checkVersion(cadre, expectedVersion);
        Problems problems = profileProblems(form, cadre);
        if (cadre.getEndReason() == EndReason.ENTERED_IN_ERROR) {
            problems.add("cadre", Message.of("entry.rule.alreadyRemoved"));
        }
        problems.throwIfAny();
        Map<String, String> before = CadreForm.of(cadre).values();
        form.applyTo(cadre);
        Map<String, String> after = CadreForm.of(cadre).values();
        FieldChanges changes = FieldChanges.of(cadre.getCommune().getId(), CADRE, cadre.getId(), Action.UPDATE);
        before.forEach((field, value) -> changes.field(field, value, after.get(field)));
        EditConflictException.flushOrConflict(entityManager, CADRE);
        lastChanges.touch(cadreId);
        publish(changes.list());
        return cadre;
    }

    /**
     * Appoints a cadre to a key title or a committee seat from {@code start}. Refused when the cadre already holds
     * it then, when a standing-committee seat is asked without a party-committee seat, or when the commune would
     * hold more of it than approved at any day from {@code start}.
     */
    @Transactional
    public PositionHolding appoint(long cadreId, Position position, LocalDate start, String decisionNumber) {
        Cadre cadre = editableCadre(cadreId);
        long communeId = cadre.getCommune().getId();
        LocalDate today = today();
        Problems problems = new Problems();
        problems.check("position", CadreRules.required(position));
        problems.check("startDate", CadreRules.startDate(start, today, cadre.getStartDate()));
        problems.check("decisionNumber", CadreRules.decisionNumber(decisionNumber));
        if (cadre.getEndDate() != null && (start == null || !start.isBefore(cadre.getEndDate()))) {
            problems.add("cadre", Message.of("entry.rule.cadreLeft", Formats.date(cadre.getEndDate())));
        }
        problems.throwIfAny();

        List<PositionHolding> own = holdings.findByCadreIdOrderByStartDateAsc(cadreId);
        if (own.stream().anyMatch(h -> h.getPosition() == position && runsAtOrAfter(h, start))) {
            problems.add("position", Message.of("entry.rule.heldTwice"));
        }
        if (position == Position.BTV && own.stream().noneMatch(h -> h.getPosition() == Position.BCH
                && !h.getStartDate().isAfter(start) && h.getEndDate() == null)) {
            problems.add("position", Message.of("entry.rule.btvNeedsBch"));
        }
        int approved = seats.approvedForAppointment(communeId, position);
        int held = mostHeldFrom(holdings.findRunningFrom(communeId, position, start), start);
        problems.check("position", CadreRules.seats(approved, held + 1));
        problems.throwIfAny();

        String decision = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        PositionHolding holding = holdings.save(new PositionHolding(cadre, position, start, decision));
        lastChanges.touch(cadreId);
        publish(holdingCreated(holding));
        return holding;
    }

    /** The seats of a title approved for a commune, and the most held together from a day on. */
    public record SeatCount(int approved, int held) {
    }

    /**
     * For an import whose cadres take their titles and seats today: per position of a commune, the approved number
     * and the most holders together from today on — without the holdings a replacing import ends first
     * ({@link CadreService#endActive}). Each newcomer must then pass {@link CadreRules#seats}, as an appointment does.
     * Inside a transaction ({@code lock}), the commune's approved-seat rows stay locked until it ends, so that an
     * appointment at the same moment waits and is counted.
     */
    public Map<Position, SeatCount> seatsForImport(long communeId, boolean replacing, boolean lock) {
        LocalDate today = today();
        Map<Position, Integer> approved = lock ? seats.approvedForImport(communeId) : seats.approved(communeId);
        List<PositionHolding> running = holdings.findAllRunningFrom(communeId, today).stream()
                .filter(h -> !replacing || h.getStartDate().isAfter(today) || h.getCadre().getStartDate().isAfter(today))
                .toList();
        Map<Position, SeatCount> counts = new EnumMap<>(Position.class);
        for (Position position : Position.values()) {
            counts.put(position, new SeatCount(approved.get(position), mostHeldFrom(
                    running.stream().filter(h -> h.getPosition() == position).toList(), today)));
        }
        return counts;
    }

    /** The audit lines of a title or seat taken up. */
    static List<Change> holdingCreated(PositionHolding holding) {
        return FieldChanges.of(holding.getCommune().getId(), HOLDING, holding.getId(), Action.CREATE)
                .field("cadre", null, holding.getCadre().getFullName())
                .field("position", null, holding.getPosition())
                .field("startDate", null, holding.getStartDate())
                .field("decisionNumber", null, holding.getDecisionNumber())
                .list();
    }

    /** Ends a title or seat held (a departure from that title), as read at {@code expectedVersion}. */
    @Transactional
    public void endHolding(long holdingId, long expectedVersion, LocalDate end, EndReason reason) {
        PositionHolding holding = holdings.findById(holdingId)
                .orElseThrow(() -> new UnknownRecordException("holding"));
        access.requireEdit(holding.getCommune().getId());
        checkVersion(holding, expectedVersion);
        Problems problems = new Problems();
        if (holding.getEndDate() != null) {
            problems.add("holding", Message.of("entry.rule.alreadyEnded"));
        }
        problems.check("endDate", CadreRules.endDate(end, holding.getStartDate(), today()));
        problems.check("reason", CadreRules.endReason(reason));
        if (holding.getPosition() == Position.BCH && end != null
                && holdings.findByCadreIdOrderByStartDateAsc(holding.getCadre().getId()).stream()
                .anyMatch(h -> h.getPosition() == Position.BTV && runsAtOrAfter(h, end))) {
            problems.add("holding", Message.of("entry.rule.bchWhileBtv"));
        }
        problems.throwIfAny();
        holding.end(end, reason);
        EditConflictException.flushOrConflict(entityManager, HOLDING);
        lastChanges.touch(holding.getCadre().getId());
        publish(ended(holding.getCommune().getId(), HOLDING, holding.getId(), end, reason).list());
    }

    /**
     * A cadre leaves the commune at {@code end}: the record ends, and so does every title and seat still held.
     */
    @Transactional
    public void depart(long cadreId, long expectedVersion, LocalDate end, EndReason reason) {
        Cadre cadre = editableCadre(cadreId);
        checkVersion(cadre, expectedVersion);
        long communeId = cadre.getCommune().getId();
        Problems problems = new Problems();
        if (cadre.getEndDate() != null) {
            problems.add("cadre", Message.of("entry.rule.alreadyEnded"));
        }
        problems.check("endDate", CadreRules.endDate(end, cadre.getStartDate(), today()));
        problems.check("reason", CadreRules.endReason(reason));
        List<PositionHolding> running = holdings.findByCadreIdOrderByStartDateAsc(cadreId).stream()
                .filter(h -> end != null && runsAtOrAfter(h, end)).toList();
        if (running.stream().anyMatch(h -> !end.isAfter(h.getStartDate()))) {
            problems.add("endDate", Message.of("entry.rule.endBeforeTitle"));
        }
        problems.throwIfAny();

        List<Change> changes = new ArrayList<>(ended(communeId, CADRE, cadreId, end, reason).list());
        for (PositionHolding holding : running) {
            holding.end(end, reason);
            changes.addAll(ended(communeId, HOLDING, holding.getId(), end, reason).list());
        }
        cadre.leave(end, reason);
        EditConflictException.flushOrConflict(entityManager, CADRE);
        lastChanges.touch(cadreId);
        publish(changes);
    }

    /**
     * Removes a record entered by mistake (a duplicate, a wrong person), as read at {@code expectedVersion}, with why.
     * Nothing is deleted: the record ends on its own start day with {@link EndReason#ENTERED_IN_ERROR}, and so does
     * every title or seat it still holds, so that it is active on no day — every figure, projection, data-quality
     * count and roster export counts only records active at a date, and leaves it out, for the past as well. Its
     * ratings stay with it and count nowhere either. The trail keeps who, when and why ({@code removalNote}).
     */
    @Transactional
    public void remove(long cadreId, long expectedVersion, String note) {
        Cadre cadre = editableCadre(cadreId);
        checkVersion(cadre, expectedVersion);
        Problems problems = new Problems();
        if (cadre.getEndReason() == EndReason.ENTERED_IN_ERROR) {
            problems.add("cadre", Message.of("entry.rule.alreadyRemoved"));
        }
        problems.check("removalNote", CadreRules.removalNote(note));
        problems.throwIfAny();

        long communeId = cadre.getCommune().getId();
        LocalDate start = cadre.getStartDate();
        List<Change> changes = new ArrayList<>(FieldChanges.of(communeId, CADRE, cadreId, Action.DELETE)
                .field("fullName", cadre.getFullName(), null)
                .field("endDate", cadre.getEndDate(), start)
                .field("reason", cadre.getEndReason(), EndReason.ENTERED_IN_ERROR)
                .field("removalNote", null, note.strip())
                .list());
        for (PositionHolding holding : holdings.findByCadreIdOrderByStartDateAsc(cadreId)) {
            if (holding.getEndDate() == null) {
                holding.end(holding.getStartDate(), EndReason.ENTERED_IN_ERROR);
                changes.addAll(ended(communeId, HOLDING, holding.getId(), holding.getStartDate(),
                        EndReason.ENTERED_IN_ERROR).list());
            }
        }
        cadre.leave(start, EndReason.ENTERED_IN_ERROR);
        EditConflictException.flushOrConflict(entityManager, CADRE);
        lastChanges.touch(cadreId);
        publish(changes);
    }

    private Problems profileProblems(CadreForm form, Cadre existing) {
        LocalDate today = today();
        Problems problems = new Problems();
        problems.check("fullName", CadreRules.fullName(form.getFullName()));
        problems.check("birthDate", CadreRules.birthDate(form.getBirthDate(), today));
        problems.check("ethnicity", CadreRules.ethnicity(form.getEthnicity()));
        problems.check("startDate", CadreRules.startDate(form.getStartDate(), today, form.getBirthDate()));
        problems.check("studyingFor", CadreRules.studyingFor(form.getEducation(), form.getStudyingFor()));
        problems.check("studyEnd", CadreRules.studyEnd(form.getStudyingFor(), form.getStudyEnd(), today));
        problems.check("llctStudyingFor",
                CadreRules.llctStudyingFor(form.getPoliticalTheory(), form.getLlctStudyingFor()));
        problems.check("llctStudyEnd", CadreRules.studyEnd(form.getLlctStudyingFor(), form.getLlctStudyEnd(), today));
        if (existing != null && form.getStartDate() != null) {
            if (existing.getEndDate() != null && !existing.getEndDate().isAfter(form.getStartDate())) {
                problems.add("startDate", Message.of("entry.rule.startAfterEnd"));
            }
            holdings.findByCadreIdOrderByStartDateAsc(existing.getId()).stream().findFirst()
                    .filter(first -> first.getStartDate().isBefore(form.getStartDate()))
                    .ifPresent(first -> problems.add("startDate", Message.of("entry.rule.startAfterTitle")));
            // only a start moved later: an imported record starts on the import day with earlier years' ratings
            ratings.findByCadreIdOrderByYearAsc(existing.getId()).stream().findFirst()
                    .filter(first -> form.getStartDate().isAfter(existing.getStartDate())
                            && first.getYear() < form.getStartDate().getYear())
                    .ifPresent(first -> problems.add("startDate",
                            Message.of("entry.rule.startAfterRating", String.valueOf(first.getYear()))));
        }
        return problems;
    }

    /**
     * Writes a course of the adopted training plan on a cadre's record as training in progress ({@code level} null:
     * takes off what that course wrote, leaving the record's own entry alone). Only while the record's training of
     * that kind is empty or comes from a plan's course: an entry of the commune's own is never overwritten (false).
     * The board or the administrator; audited as any change of the record.
     */
    @Transactional
    public boolean writePlannedStudy(long cadreId, boolean politicalTheory, Enum<?> level, LocalDate end, long courseId) {
        access.requireReferenceData();
        Cadre cadre = cadres.findById(cadreId).orElseThrow(() -> new UnknownRecordException("cadre"));
        Map<String, String> before = CadreForm.of(cadre).values();
        if (politicalTheory) {
            boolean own = cadre.getLlctStudyingFor() != null && cadre.getLlctStudyCourseId() == null;
            if (level == null) {
                if (!Long.valueOf(courseId).equals(cadre.getLlctStudyCourseId())) {
                    return false;
                }
                cadre.setPlannedLlctStudy(null, null, null);
            } else if (own) {
                return false;
            } else {
                cadre.setPlannedLlctStudy((PoliticalTheory) level, end, courseId);
            }
        } else {
            boolean own = cadre.getStudyingFor() != null && cadre.getStudyCourseId() == null;
            if (level == null) {
                if (!Long.valueOf(courseId).equals(cadre.getStudyCourseId())) {
                    return false;
                }
                cadre.setPlannedStudy(null, null, null);
            } else if (own) {
                return false;
            } else {
                cadre.setPlannedStudy((Education) level, end, courseId);
            }
        }
        Map<String, String> after = CadreForm.of(cadre).values();
        FieldChanges changes = FieldChanges.of(cadre.getCommune().getId(), CADRE, cadre.getId(), Action.UPDATE);
        before.forEach((field, value) -> changes.field(field, value, after.get(field)));
        lastChanges.touch(cadreId);
        if (changes.isEmpty()) {
            events.publishEvent(new vn.tayninh.dashboard.base.RostersTouched(java.util.Set.of(cadre.getCommune().getId())));
        } else {
            publish(changes.list());
        }
        return true;
    }

    private Cadre editableCadre(long cadreId) {
        Cadre cadre = cadres.findById(cadreId)
                .orElseThrow(() -> new UnknownRecordException("cadre"));
        access.requireEdit(cadre.getCommune().getId());
        return cadre;
    }

    private void checkVersion(Cadre cadre, long expected) {
        if (cadre.getVersion() != expected) {
            throw new EditConflictException(CADRE, expected, cadre.getVersion(), currentValues(cadre));
        }
    }

    private void checkVersion(PositionHolding holding, long expected) {
        if (holding.getVersion() != expected) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("position", FieldChanges.text(holding.getPosition()));
            values.put("startDate", FieldChanges.text(holding.getStartDate()));
            values.put("endDate", FieldChanges.text(holding.getEndDate()));
            values.put("reason", FieldChanges.text(holding.getEndReason()));
            throw new EditConflictException(HOLDING, expected, holding.getVersion(), values);
        }
    }

    private static Map<String, String> currentValues(Cadre cadre) {
        Map<String, String> values = CadreForm.of(cadre).values();
        values.put("endDate", FieldChanges.text(cadre.getEndDate()));
        values.put("reason", FieldChanges.text(cadre.getEndReason()));
        return values;
    }


    private void publish(List<Change> changes) {
        events.publishEvent(new ChangesMade(changes));
    }

    static FieldChanges ended(long communeId, String entity, long id, LocalDate end, EndReason reason) {
        return FieldChanges.of(communeId, entity, id, Action.END)
                .field("endDate", null, end)
                .field("reason", null, reason);
    }

    /** Whether a holding (of an active or departed cadre) still runs on {@code date} or starts later. */
    private static boolean runsAtOrAfter(PositionHolding holding, LocalDate date) {
        return date != null && (holding.getEndDate() == null || holding.getEndDate().isAfter(date));
    }

    /**
     * The most holdings running together on any day from {@code from}: they can only grow at a start, so it is
     * enough to count at {@code from} and at each later start.
     */
    static int mostHeldFrom(List<PositionHolding> running, LocalDate from) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (PositionHolding holding : running) {
            LocalDate start = effectiveStart(holding);
            if (start.isAfter(from)) {
                days.add(start);
            }
        }
        int most = 0;
        for (LocalDate day : days) {
            int count = (int) running.stream().filter(h -> runsOn(h, day)).count();
            most = Math.max(most, count);
        }
        return most;
    }

    private static LocalDate effectiveStart(PositionHolding holding) {
        LocalDate cadreStart = holding.getCadre().getStartDate();
        return cadreStart.isAfter(holding.getStartDate()) ? cadreStart : holding.getStartDate();
    }

    private static boolean runsOn(PositionHolding holding, LocalDate day) {
        LocalDate cadreEnd = holding.getCadre().getEndDate();
        return !effectiveStart(holding).isAfter(day)
                && (holding.getEndDate() == null || holding.getEndDate().isAfter(day))
                && (cadreEnd == null || cadreEnd.isAfter(day));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
