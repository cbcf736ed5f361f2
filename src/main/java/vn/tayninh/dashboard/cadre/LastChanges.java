package vn.tayninh.dashboard.cadre;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the day a cadre's record last changed (its profile, a title or seat, a rating, an import), which the data
 * quality check STALE reads. Written with plain SQL in the transaction of the change, outside the entity, so that a
 * rating or a title does not raise the version of the cadre's profile and make a form open elsewhere conflict.
 */
@Repository
class LastChanges {

    private static final int CHUNK = 1_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LastChanges(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.update("UPDATE cadre SET last_changed = :today WHERE id IN (:ids)", new MapSqlParameterSource("today", today)
                    .addValue("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
    }
}
