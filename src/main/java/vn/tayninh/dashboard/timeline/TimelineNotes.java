package vn.tayninh.dashboard.timeline;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Notes on the timeline: everyone signed in reads them (they are drawn on the charts), the board and the
 * administrator record and delete them, audited like any other change.
 */
@Service
@Transactional(readOnly = true)
public class TimelineNotes {

    public static final String ENTITY = "NOTE";

    private final TimelineNoteRepository notes;
    private final CommuneService communes;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    TimelineNotes(TimelineNoteRepository notes, CommuneService communes, CommuneAccess access,
                  ApplicationEventPublisher events, EntityManager entityManager) {
        this.notes = notes;
        this.communes = communes;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
    }

    public List<TimelineNote> findAll() {
        return notes.findAllByOrderByDateAscIdAsc();
    }

    /** What the charts of a scope show: the province's notes, and a commune's own on that commune's charts. */
    public List<TimelineNote> forScope(@Nullable String communeCode) {
        Long communeId = communeCode == null ? null : communes.findByCode(communeCode).map(Commune::getId).orElse(null);
        return notes.findForScope(communeId == null ? -1L : communeId);
    }

    /** Records a note for the province ({@code communeCode} null or blank) or one commune. */
    @Transactional
    public TimelineNote create(java.time.LocalDate date, String title, @Nullable String communeCode) {
        String actor = access.requireReferenceData().username();
        List<Problem> problems = new java.util.ArrayList<>(TimelineNoteRules.check(date, title));
        Long communeId = null;
        if (communeCode != null && !communeCode.isBlank()) {
            communeId = communes.findByCode(communeCode.strip()).map(Commune::getId).orElse(null);
            if (communeId == null) {
                problems.add(Problem.of("commune", "timeline.rule.commune", communeCode.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TimelineNote note = notes.save(new TimelineNote(date, title.strip(), communeId, actor));
        events.publishEvent(new ChangesMade(List.of(new Change(communeId, ENTITY, note.getId(), Change.Action.CREATE,
                null, null, Formats.date(date) + " " + note.getTitle()))));
        return note;
    }

    /** Deletes a note as read at {@code expectedVersion}; a note changed meanwhile is a conflict. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        access.requireReferenceData();
        TimelineNote note = notes.findById(id).orElseThrow(() -> new UnknownRecordException("id"));
        if (note.getVersion() != expectedVersion) {
            throw new EditConflictException(ENTITY, expectedVersion, note.getVersion(),
                    Map.of("date", Formats.date(note.getDate()), "title", note.getTitle()));
        }
        notes.delete(note);
        EditConflictException.flushOrConflict(entityManager, ENTITY);
        events.publishEvent(new ChangesMade(List.of(new Change(note.getCommuneId(), ENTITY, id, Change.Action.DELETE,
                null, Formats.date(note.getDate()) + " " + note.getTitle(), null))));
    }
}
