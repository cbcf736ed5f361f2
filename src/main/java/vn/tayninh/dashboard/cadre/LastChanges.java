package vn.tayninh.dashboard.cadre;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.RostersTouched;

/**
 * Keeps the day a cadre's record last changed (its profile, a title or seat, a rating, an import), which the data
 * quality check STALE reads. Written with plain SQL in the transaction of the change, outside the entity, so that a
 * rating or a title does not raise the version of the cadre's profile and make a form open elsewhere conflict.
 * The day feeds STALE, so when it moves the communes of the records are announced ({@link RostersTouched}) and their
 * roster versions bumped in the same transaction, even when the save changed no field and reported no change.
 */
@Repository
class LastChanges {

    private static final int CHUNK = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LastChanges(NamedParameterJdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void touch(long cadreId) {
        touch(List.of(cadreId));
    }

    /** The records changed today. */
    @Transactional(propagation = Propagation.MANDATORY)
    void touch(Collection<Long> cadreIds) {
        List<Long> ids = cadreIds.stream().distinct().toList();
        Date today = Date.valueOf(LocalDate.now(clock));
        Set<Long> communes = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            MapSqlParameterSource params = new MapSqlParameterSource("today", today)
                    .addValue("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            // the communes whose records' day actually moves: a record already changed today keeps its figures
            communes.addAll(jdbc.queryForList("SELECT DISTINCT commune_id FROM cadre WHERE id IN (:ids)"
                    + " AND (last_changed IS NULL OR last_changed <> :today)", params, Long.class));
            jdbc.update("UPDATE cadre SET last_changed = :today WHERE id IN (:ids)", params);
        }
        if (!communes.isEmpty()) {
            events.publishEvent(new RostersTouched(communes));
        }
    }
}
