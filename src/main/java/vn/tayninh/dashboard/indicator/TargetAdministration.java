package vn.tayninh.dashboard.indicator;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The administrator revises a target's numbers should the province amend the resolution: the bound(s) and the
 * deadline year. The population, the rule and the figures frozen so far never change.
 */
@Service
@Transactional(readOnly = true)
public class TargetAdministration {

    public static final String ENTITY = "TARGET";
    public static final int FIRST_DEADLINE = 2027;
    public static final int LAST_DEADLINE = 2040;

    private final TargetRepository targets;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    TargetAdministration(TargetRepository targets, CommuneAccess access, ApplicationEventPublisher events,
                         EntityManager entityManager) {
        this.targets = targets;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
    }

    /**
     * @param lowerBound a share 0..1 (AT_LEAST, BAND) or a count (COUNT); ignored for ALL_OF and NONE
     * @param upperBound the top of a BAND; ignored otherwise
     */
    @Transactional
    public Target revise(String code, BigDecimal lowerBound, BigDecimal upperBound, Integer deadlineYear,
                         long expectedVersion) {
        access.requireAdministrator();
        Target target = targets.findById(code).orElseThrow(() -> new InvalidInputException("code",
                "entry.record.unknown"));
        if (target.getVersion() != expectedVersion) {
            Map<String, String> current = new LinkedHashMap<>();
            current.put("lowerBound", FieldChanges.text(target.getLowerBound()));
            current.put("upperBound", FieldChanges.text(target.getUpperBound()));
            current.put("deadlineYear", String.valueOf(target.getDeadlineYear()));
            throw new EditConflictException(ENTITY, expectedVersion, target.getVersion(), current);
        }
        List<Problem> problems = new ArrayList<>();
        BigDecimal lower = target.getLowerBound();
        BigDecimal upper = target.getUpperBound();
        switch (target.getRule()) {
            case AT_LEAST -> {
                if (lowerBound == null || lowerBound.signum() <= 0 || lowerBound.compareTo(BigDecimal.ONE) > 0) {
                    problems.add(problem("lowerBound", "target.rule.share"));
                }
                lower = lowerBound;
            }
            case BAND -> {
                if (lowerBound == null || upperBound == null || lowerBound.signum() < 0
                        || upperBound.compareTo(BigDecimal.ONE) > 0 || lowerBound.compareTo(upperBound) >= 0) {
                    problems.add(problem("upperBound", "target.rule.band"));
                }
                lower = lowerBound;
                upper = upperBound;
            }
            case COUNT -> {
                if (lowerBound == null || lowerBound.signum() <= 0 || lowerBound.stripTrailingZeros().scale() > 0) {
                    problems.add(problem("lowerBound", "target.rule.count"));
                }
                lower = lowerBound;
            }
            case ALL_OF, NONE -> {
                // a hundred per cent, or no number: only the deadline can change
            }
        }
        if (deadlineYear == null || deadlineYear < FIRST_DEADLINE || deadlineYear > LAST_DEADLINE) {
            problems.add(Problem.of("deadlineYear", "target.rule.deadline",
                    String.valueOf(FIRST_DEADLINE), String.valueOf(LAST_DEADLINE)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        FieldChanges changes = FieldChanges.of(null, ENTITY, null, Action.UPDATE)
                .field(code + ".lowerBound", plain(target.getLowerBound()), plain(lower))
                .field(code + ".upperBound", plain(target.getUpperBound()), plain(upper))
                .field(code + ".deadlineYear", target.getDeadlineYear(), deadlineYear);
        target.revise(lower, upper, deadlineYear);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        events.publishEvent(new ChangesMade(changes.list()));
        return target;
    }

    private Problem problem(String field, String key) {
        return Problem.of(field, key);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
