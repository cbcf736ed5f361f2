package vn.tayninh.dashboard.timeline.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.timeline.TimelineNote;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * Notes on the timeline for scripts: every signed-in user reads them, the board and the administrator record and
 * delete them, with the same rules and audit trail as the screen ({@link TimelineNotes}).
 */
@RestController
@RequestMapping("/api/v1/timeline-notes")
@Tag(name = "Ghi chú trên trục thời gian", description = "Sự kiện đánh dấu trên biểu đồ lộ trình và theo năm")
class TimelineNoteController {

    private final TimelineNotes notes;
    private final CommuneService communes;

    TimelineNoteController(TimelineNotes notes, CommuneService communes) {
        this.notes = notes;
        this.communes = communes;
    }

    /** @param commune the commune's code; null for a province-wide note */
    record NoteJson(long id, long version, LocalDate date, String title, String commune, String createdBy) {
    }

    record NoteForm(LocalDate date, String title, String commune) {
    }

    @GetMapping
    @Operation(summary = "Every note, oldest first")
    List<NoteJson> all() {
        Map<Long, String> codes = communes.findAll().stream()
                .collect(Collectors.toMap(Commune::getId, Commune::getCode, (a, b) -> a));
        return notes.findAll().stream().map(n -> json(n, codes::get)).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Records a note (board, administrator); `commune` absent for the whole province")
    NoteJson create(@RequestBody NoteForm form) {
        TimelineNote note = notes.create(form.date(), form.title(), form.commune());
        return json(note, id -> form.commune() == null || form.commune().isBlank() ? null : form.commune().strip());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes a note (board, administrator), as read at `version`")
    void delete(@PathVariable long id, @RequestParam long version) {
        notes.delete(id, version);
    }

    private static NoteJson json(TimelineNote note, Function<Long, String> code) {
        return new NoteJson(note.getId(), note.getVersion(), note.getDate(), note.getTitle(),
                note.getCommuneId() == null ? null : code.apply(note.getCommuneId()), note.getCreatedBy());
    }
}
