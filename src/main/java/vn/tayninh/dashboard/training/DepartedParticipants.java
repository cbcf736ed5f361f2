package vn.tayninh.dashboard.training;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.cadre.CadreEditor;

/**
 * A person taken on a course who leaves the commune's service (a departure, or a record removed as entered in error)
 * is taken off every course of the versions still in use, with the reason "left", in the departure's own transaction
 * and audit trail: the plan never counts on someone who is gone, and the board need not find them one by one.
 */
@Component
class DepartedParticipants {

    private final ParticipantRepository participants;
    private final TrainingPlanRepository plans;
    private final TrainingCourseRepository courses;
    private final ApplicationEventPublisher events;

    DepartedParticipants(ParticipantRepository participants, TrainingPlanRepository plans,
                         TrainingCourseRepository courses, ApplicationEventPublisher events) {
        this.participants = participants;
        this.plans = plans;
        this.courses = courses;
        this.events = events;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void departed(ChangesMade event) {
        Map<Long, String> left = event.changes().stream()
                .filter(c -> CadreEditor.CADRE.equals(c.entity()) && c.field() != null && c.field().equals("endDate")
                        && (c.action() == Action.END || c.action() == Action.DELETE) && c.newValue() != null)
                .collect(Collectors.toMap(Change::entityId, Change::newValue, (a, b) -> b));
        if (left.isEmpty()) {
            return;
        }
        List<Participant> taken = participants.findByCadreIdInAndState(left.keySet(), ParticipantState.ACCEPTED);
        Set<Long> replaced = plans.findAll().stream().filter(p -> p.getState() == PlanState.REPLACED)
                .map(TrainingPlan::getId).collect(Collectors.toSet());
        for (Participant participant : taken) {
            TrainingCourse course = courses.findById(participant.getCourseId()).orElseThrow();
            if (replaced.contains(course.getPlanId())) {
                continue;
            }
            String note = Translations.text(Message.of("training.removal.leftOn", left.get(participant.getCadreId())),
                    Translations.VIETNAMESE);
            participant.takeOff(Removal.LEFT, note);
            events.publishEvent(new ChangesMade(FieldChanges.of(participant.getCommuneId(), TrainingPlans.ENTITY,
                    participant.getId(), Action.UPDATE)
                    .field("trainingCourse", course.getTitle(), course.getTitle())
                    .field("trainingState", ParticipantState.ACCEPTED.name(), ParticipantState.REMOVED.name())
                    .field("trainingNote", null, note)
                    .list()));
        }
    }
}
