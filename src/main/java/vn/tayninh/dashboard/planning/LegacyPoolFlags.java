package vn.tayninh.dashboard.planning;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The old pool columns of the roster file and the cadre form ({@code planned_key_title}, {@code planned_committee},
 * {@code source_pool}) on a record <em>created</em> — a roster import or a new record — become planning entries of the
 * term 2030–2035 with the title unknown, as the migration made them (docs/planning.md): approved and in effect from
 * the record's start when the board or the administrator created the record, proposed (not counted until the commune
 * completes the title and the board approves) when a commune editor did. A flag changed later on an existing record
 * changes nothing: entries are then made through {@link Planning}. Runs in the creating transaction.
 */
@Component
class LegacyPoolFlags {

    static final String NOTE = "Từ cột quy hoạch cũ của tệp danh sách hoặc biểu mẫu";
    static final String FILE_NOTE = "Từ cột Quy hoạch của tệp danh sách";
    private static final String TERM = "2030-2035";
    private static final int CHUNK = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final PlanningEntryRepository entries;
    private final PlanningTermRepository terms;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;

    LegacyPoolFlags(NamedParameterJdbcTemplate jdbc, PlanningEntryRepository entries, PlanningTermRepository terms,
                    CommuneAccess access, ApplicationEventPublisher events, EntityManager entityManager, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.terms = terms;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @EventListener
    void changed(ChangesMade event) {
        List<Long> created = event.changes().stream()
                .filter(c -> "CADRE".equals(c.entity()) && c.action() == Action.CREATE && "fullName".equals(c.field()))
                .map(Change::entityId).distinct().toList();
        if (created.isEmpty()) {
            return;
        }
        Optional<PlanningTerm> term = terms.findByCode(TERM);
        if (term.isEmpty()) {
            return;
        }
        entityManager.flush();
        boolean board = access.canManageReferenceData();
        String actor = access.actor();
        List<Change> changes = new ArrayList<>();
        for (int from = 0; from < created.size(); from += CHUNK) {
            List<Long> ids = created.subList(from, Math.min(created.size(), from + CHUNK));
            List<long[]> flagged = jdbc.query("SELECT id, CASE WHEN planned_key_title = TRUE THEN 1 ELSE 0 END,"
                    + " CASE WHEN planned_committee = TRUE THEN 1 ELSE 0 END, CASE WHEN source_pool = TRUE THEN 1 ELSE 0 END"
                    + " FROM cadre WHERE id IN (:ids) AND (planned_key_title = TRUE OR planned_committee = TRUE"
                    + " OR source_pool = TRUE)", new MapSqlParameterSource("ids", ids),
                    (rs, row) -> new long[] {rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)});
            for (long[] row : flagged) {
                Cadre cadre = entityManager.find(Cadre.class, row[0]);
                if (row[1] == 1) {
                    changes.addAll(add(cadre, term.get(), PlanningKind.PLAN, PlannedTitle.KEY_UNKNOWN, board, actor));
                }
                if (row[2] == 1) {
                    changes.addAll(add(cadre, term.get(), PlanningKind.PLAN, PlannedTitle.COMMITTEE_UNKNOWN, board, actor));
                }
                if (row[3] == 1) {
                    changes.addAll(add(cadre, term.get(), PlanningKind.SOURCE, null, board, actor));
                }
            }
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new ChangesMade(changes));
        }
    }

    /**
     * The entries a roster file gives a record it has just created, with their titles: approved from the record's
     * start when the board or the administrator imports, proposed when a commune editor does.
     */
    void enter(Cadre cadre, List<PlanningFromFile.Planned> planned) {
        boolean board = access.canManageReferenceData();
        String actor = access.actor();
        List<Change> changes = new ArrayList<>();
        for (PlanningFromFile.Planned entry : planned) {
            PlanningTerm term = terms.findByCode(entry.termCode()).orElseThrow();
            changes.addAll(add(cadre, term, entry.title() == null ? PlanningKind.SOURCE : PlanningKind.PLAN,
                    entry.title(), board, actor, FILE_NOTE));
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new ChangesMade(changes));
        }
    }

    private List<Change> add(Cadre cadre, PlanningTerm term, PlanningKind kind, PlannedTitle title, boolean board,
                             String actor) {
        return add(cadre, term, kind, title, board, actor, NOTE);
    }

    private List<Change> add(Cadre cadre, PlanningTerm term, PlanningKind kind, PlannedTitle title, boolean board,
                             String actor, String note) {
        PlanningEntry entry = new PlanningEntry(cadre, term, kind, title, actor, clock.instant(), note);
        if (board) {
            entry.setState(EntryState.APPROVED);
            entry.setEffectiveDate(cadre.getStartDate());
            entry.setApprovedBy(actor);
        }
        entries.save(entry);
        return FieldChanges.of(cadre.getCommune().getId(), Planning.ENTRY, entry.getId(), Action.CREATE)
                .field("cadre", null, cadre.getFullName())
                .field("term", null, term.getCode())
                .field("kind", null, kind)
                .field("title", null, title)
                .field("state", null, entry.getState())
                .field("effectiveDate", null, entry.getEffectiveDate())
                .list();
    }
}
