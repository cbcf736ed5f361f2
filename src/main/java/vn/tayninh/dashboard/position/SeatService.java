package vn.tayninh.dashboard.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.security.CommuneAccess;

/** The seats approved for each commune and position; the board changes them. */
@Service
@Transactional(readOnly = true)
public class SeatService {

    public static final String ENTITY = "SEAT";
    public static final String QUOTA = "QUOTA";
    /** A staffing quota no commune could plausibly have. */
    public static final int MAX_QUOTA = 999;
    /** An approved number no commune's party committee or title could plausibly need. */
    public static final int MAX_SEATS = 99;

    private final ApprovedSeatRepository seats;
    private final StaffingQuotaRepository quotas;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final SeatHolders holders;
    private final Clock clock;

    SeatService(ApprovedSeatRepository seats, StaffingQuotaRepository quotas, CommuneAccess access,
                ApplicationEventPublisher events, EntityManager entityManager, SeatHolders holders, Clock clock) {
        this.entityManager = entityManager;
        this.holders = holders;
        this.clock = clock;
        this.seats = seats;
        this.quotas = quotas;
        this.access = access;
        this.events = events;
    }

    /** Approved seats per position of a commune (0 where none is approved). */
    public Map<Position, Integer> approved(long communeId) {
        Map<Position, Integer> result = new EnumMap<>(Position.class);
        for (Position position : Position.values()) {
            result.put(position, 0);
        }
        seats.findByCommuneId(communeId).forEach(seat -> result.put(seat.getPosition(), seat.getSeats()));
        return result;
    }

    public int approved(long communeId, Position position) {
        return seats.findByCommuneIdAndPosition(communeId, position).map(ApprovedSeat::getSeats).orElse(0);
    }

    /**
     * The seats approved for a position of a commune, with the row locked until the caller's transaction ends:
     * appointments to one title of one commune, and changes of its approved number, then happen one after the other
     * and cannot overfill it together.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int approvedForAppointment(long communeId, Position position) {
        return seats.lockByCommuneIdAndPosition(communeId, position.name()).map(ApprovedSeat::getSeats).orElse(0);
    }

    /**
     * Approved seats per position of a commune (0 where none is approved), with every row of the commune locked until
     * the caller's transaction ends, as {@link #approvedForAppointment} locks one: for an import that appoints to
     * several titles at once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Position, Integer> approvedForImport(long communeId) {
        Map<Position, Integer> result = new EnumMap<>(Position.class);
        for (Position position : Position.values()) {
            result.put(position, 0);
        }
        seats.lockByCommuneId(communeId).forEach(seat -> result.put(seat.getPosition(), seat.getSeats()));
        return result;
    }

    /**
     * A title's seats of a commune as a form or a script reads them before a change: approved, filled today and the
     * version that {@link #setApproved} names (0 while none is approved).
     */
    public record Seats(int approved, int filled, long version) {
    }

    /** Every title's seats of a commune, approved and filled today, with the versions a change names. */
    public Map<Position, Seats> seats(long communeId) {
        Map<Position, ApprovedSeat> stored = new EnumMap<>(Position.class);
        seats.findByCommuneId(communeId).forEach(seat -> stored.put(seat.getPosition(), seat));
        LocalDate today = LocalDate.now(clock);
        Map<Position, Seats> result = new EnumMap<>(Position.class);
        for (Position position : Position.values()) {
            ApprovedSeat seat = stored.get(position);
            result.put(position, new Seats(seat == null ? 0 : seat.getSeats(), holders.held(communeId, position, today),
                    seat == null ? 0 : seat.getVersion()));
        }
        return result;
    }

    /** The version of the approved-seat row (0 while there is none), for forms that guard against concurrent changes. */
    public long version(long communeId, Position position) {
        return seats.findByCommuneIdAndPosition(communeId, position).map(ApprovedSeat::getVersion).orElse(0L);
    }

    /**
     * Sets the number of seats approved for a position of a commune (BOARD, ADMIN); never below the seats filled
     * today, since a commune must not hold more than approved. The seat row is locked before the holders are
     * counted, as an appointment locks it before counting: an appointment committed meanwhile is then always counted.
     * Refused when the row changed since {@code expectedVersion} was read.
     */
    @Transactional
    public void setApproved(long communeId, Position position, int number, long expectedVersion) {
        access.requireReferenceData();
        approvedForAppointment(communeId, position);
        int filledNow = holders.held(communeId, position, LocalDate.now(clock));
        if (number < 0 || number > MAX_SEATS) {
            throw new InvalidInputException("seats", "entry.seats.range", MAX_SEATS);
        }
        if (number < filledNow) {
            throw new InvalidInputException("seats", "entry.seats.belowFilled", filledNow);
        }
        ApprovedSeat seat = seats.findByCommuneIdAndPosition(communeId, position).orElse(null);
        long current = seat == null ? 0 : seat.getVersion();
        int before = seat == null ? 0 : seat.getSeats();
        if (current != expectedVersion) {
            throw new EditConflictException(ENTITY, expectedVersion, current, Map.of("seats", String.valueOf(before)));
        }
        boolean created = seat == null;
        if (created) {
            seat = seats.save(new ApprovedSeat(entityManager.getReference(Commune.class, communeId), position, number));
        } else {
            seat.setSeats(number);
            EditConflictException.flushOrConflict(entityManager, ENTITY);
        }
        FieldChanges changes = FieldChanges.of(communeId, ENTITY, seat.getId(),
                        created ? Action.CREATE : Action.UPDATE)
                .field(position.name(), before, number);
        events.publishEvent(new ChangesMade(changes.list()));
    }

    /** The staffing quota of each bloc of a commune, with the versions its form needs (0 where there is none). */
    public Map<Bloc, StaffingQuota> quotas(long communeId) {
        Map<Bloc, StaffingQuota> result = new EnumMap<>(Bloc.class);
        quotas.findByCommuneId(communeId).forEach(quota -> result.put(quota.getBloc(), quota));
        return result;
    }

    /** Sets a commune's staffing quota for a bloc (BOARD, ADMIN), as read at {@code expectedVersion}. */
    @Transactional
    public void setQuota(long communeId, Bloc bloc, int number, long expectedVersion) {
        access.requireReferenceData();
        if (number < 0 || number > MAX_QUOTA) {
            throw new InvalidInputException("quota", "entry.quota.range", MAX_QUOTA);
        }
        StaffingQuota quota = quotas.findByCommuneId(communeId).stream().filter(q -> q.getBloc() == bloc).findFirst()
                .orElse(null);
        long current = quota == null ? 0 : quota.getVersion();
        int before = quota == null ? 0 : quota.getQuota();
        if (current != expectedVersion) {
            throw new EditConflictException(QUOTA, expectedVersion, current, Map.of("quota", String.valueOf(before)));
        }
        boolean created = quota == null;
        if (created) {
            quota = quotas.save(new StaffingQuota(entityManager.getReference(Commune.class, communeId), bloc, number));
        } else {
            quota.setQuota(number);
            EditConflictException.flushOrConflict(entityManager, QUOTA);
        }
        events.publishEvent(new ChangesMade(FieldChanges.of(communeId, QUOTA, quota.getId(),
                created ? Action.CREATE : Action.UPDATE).field(bloc.name(), before, number).list()));
    }
}
