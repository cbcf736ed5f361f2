package vn.tayninh.dashboard.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The audit trail: who changed which field of which record of which commune, when, from what to what. Written
 * in the transaction of the change itself (a change and its trail commit together or not at all) and read with
 * the reader's rights: the board and the administrator see everything, a commune editor their commune.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private static final int MAX_VALUE = 500;
    private static final String INSERT = """
            INSERT INTO audit_entry (changed_at, actor, commune_id, entity, entity_id, action, field, old_value, new_value)
            VALUES (:at, :actor, :commune, :entity, :entityId, :action, :field, :old, :new)""";

    private final AuditEntryRepository entries;
    private final NamedParameterJdbcTemplate jdbc;
    private final CommuneAccess access;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, NamedParameterJdbcTemplate jdbc, CommuneAccess access, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** Writes the changes a service announces, in its transaction; there must be one. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(ChangesMade event) {
        if (event.changes().isEmpty()) {
            return;
        }
        String actor = access.actor();
        Timestamp at = Timestamp.from(Instant.now(clock));
        List<MapSqlParameterSource> rows = new ArrayList<>();
        for (Change change : event.changes()) {
            rows.add(new MapSqlParameterSource()
                    .addValue("at", at)
                    .addValue("actor", actor)
                    .addValue("commune", change.communeId())
                    .addValue("entity", change.entity())
                    .addValue("entityId", change.entityId())
                    .addValue("action", change.action().name())
                    .addValue("field", change.field())
                    .addValue("old", clip(change.oldValue()))
                    .addValue("new", clip(change.newValue())));
        }
        jdbc.batchUpdate(INSERT, rows.toArray(MapSqlParameterSource[]::new));
    }

    /** One page of the entries the signed-in user may read that match the filter, newest first. */
    public List<AuditEntry> find(AuditFilter filter, Pageable page) {
        Pageable newestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                page.getSort().isSorted() ? page.getSort().and(Sort.by(Sort.Direction.DESC, "id"))
                        : Sort.by(Sort.Direction.DESC, "id"));
        return entries.findAll(matching(readable(filter)), newestFirst).getContent();
    }

    public long count(AuditFilter filter) {
        return entries.count(matching(readable(filter)));
    }

    /** The filter narrowed to what the reader may see; an editor asking for another commune is refused. */
    private AuditFilter readable(AuditFilter filter) {
        Optional<Long> own = access.requireAuditScope();
        if (own.isEmpty()) {
            return filter;
        }
        if (filter.communeId() != null && !Objects.equals(filter.communeId(), own.get())) {
            throw new AccessRefusedException("access.denied.commune");
        }
        return filter.withCommune(own.get());
    }

    private Specification<AuditEntry> matching(AuditFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<jakarta.persistence.criteria.Predicate>();
            if (filter.communeId() != null) {
                predicates.add(cb.equal(root.get("communeId"), filter.communeId()));
            }
            if (filter.entity() != null) {
                predicates.add(cb.equal(root.get("entity"), filter.entity()));
            }
            if (filter.actor() != null && !filter.actor().isBlank()) {
                predicates.add(cb.equal(root.get("actor"), filter.actor().strip()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("changedAt"),
                        filter.from().atStartOfDay(clock.getZone()).toInstant()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("changedAt"),
                        filter.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
            }
            return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
