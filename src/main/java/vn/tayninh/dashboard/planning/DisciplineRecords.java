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
 * A cadre's discipline records (kỷ luật), which the planning rules read: entered, corrected and removed by the
 * commune like the ratings — the commune's own editor, the board or the administrator — with the version the caller
 * read and the audit trail in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class DisciplineRecords {

    /** The audit trail's name of a discipline record. */
    public static final String ENTITY = "DISCIPLINE";

    private final DisciplineRecordRepository records;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    DisciplineRecords(DisciplineRecordRepository records, CommuneAccess access, ApplicationEventPublisher events,
                      EntityManager entityManager, Clock clock) {
        this.records = records;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A cadre's discipline records, earliest first; read like the cadre (a commune editor only their own commune). */
    public List<DisciplineView> of(long cadreId) {
        Cadre cadre = cadre(cadreId);
        access.ownCommuneOnly().filter(own -> own != cadre.getCommune().getId().longValue()).ifPresent(own -> {
            throw new AccessRefusedException("access.denied.commune");
        });
        return records.findByCadreIdOrderByDecisionDate(cadreId).stream().map(DisciplineView::of).toList();
    }

    /** Enters a discipline: kind and date required, the date not in the future; the decision's number optional. */
    @Transactional
    public DisciplineView add(long cadreId, DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
        Cadre cadre = cadre(cadreId);
        access.requireEdit(cadre.getCommune().getId());
        String number = check(kind, decisionDate, decisionNumber);
        DisciplineRecord saved = records.saveAndFlush(new DisciplineRecord(cadre, kind, decisionDate, number));
        events.publishEvent(new ChangesMade(FieldChanges.of(cadre.getCommune().getId(), ENTITY, saved.getId(),
                        Action.CREATE)
                .field("cadre", null, cadre.getFullName())
                .field("kind", null, kind)
                .field("decisionDate", null, decisionDate)
                .field("decisionNumber", null, number)
                .list()));
        return DisciplineView.of(saved);
    }

    /** Corrects a discipline record, as read at {@code expectedVersion}. */
    @Transactional
    public DisciplineView correct(long recordId, long expectedVersion, DisciplineKind kind, LocalDate decisionDate,
                                    String decisionNumber) {
        DisciplineRecord saved = editable(recordId, expectedVersion);
        String number = check(kind, decisionDate, decisionNumber);
        FieldChanges changes = FieldChanges.of(saved.getCadre().getCommune().getId(), ENTITY, recordId, Action.UPDATE)
                .field("kind", saved.getKind(), kind)
                .field("decisionDate", saved.getDecisionDate(), decisionDate)
                .field("decisionNumber", saved.getDecisionNumber(), number);
        saved.change(kind, decisionDate, number);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        if (!changes.isEmpty()) {
            events.publishEvent(new ChangesMade(changes.list()));
        }
        return DisciplineView.of(saved);
    }

    /** Removes a record entered by mistake, as read at {@code expectedVersion}; the audit trail keeps its values. */
    @Transactional
    public void delete(long recordId, long expectedVersion) {
        DisciplineRecord saved = editable(recordId, expectedVersion);
        records.delete(saved);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        events.publishEvent(new ChangesMade(FieldChanges.of(saved.getCadre().getCommune().getId(), ENTITY, recordId,
                        Action.DELETE)
                .field("cadre", saved.getCadre().getFullName(), null)
                .field("kind", saved.getKind(), null)
                .field("decisionDate", saved.getDecisionDate(), null)
                .field("decisionNumber", saved.getDecisionNumber(), null)
                .list()));
    }

    private String check(DisciplineKind kind, LocalDate decisionDate, String decisionNumber) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(Problem.of("kind", "entry.rule.required"));
        }
        if (decisionDate == null) {
            problems.add(Problem.of("decisionDate", "entry.rule.required"));
        } else if (decisionDate.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("decisionDate", "planning.discipline.future"));
        }
        String number = decisionNumber == null || decisionNumber.isBlank() ? null : decisionNumber.strip();
        if (number != null && number.length() > 60) {
            problems.add(Problem.of("decisionNumber", "planning.text.tooLong", 60));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return number;
    }

    private DisciplineRecord editable(long recordId, long expectedVersion) {
        DisciplineRecord saved = records.findById(recordId).orElseThrow(() -> new UnknownRecordException("id"));
        access.requireEdit(saved.getCadre().getCommune().getId());
        if (saved.getVersion() != expectedVersion) {
            throw new EditConflictException(ENTITY, expectedVersion, saved.getVersion(),
                    Map.of("kind", saved.getKind().name()));
        }
        return saved;
    }

    private Cadre cadre(long cadreId) {
        Cadre cadre = entityManager.find(Cadre.class, cadreId);
        if (cadre == null) {
            throw new UnknownRecordException("cadreId");
        }
        return cadre;
    }
}
