package vn.tayninh.dashboard.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.RostersTouched;
import vn.tayninh.dashboard.cadre.CadreEditor;

/**
 * A version number per commune, bumped by every write to the commune's cadres, titles, seats held or ratings.
 * The figures kept per commune ({@link KeptFigures}) are current only while the commune's version is the one they
 * were counted at. Every write to those records announces itself with {@link ChangesMade} (the event the audit trail
 * is written from) or {@link RostersTouched}, so listening to them bumps the communes of every change, inside the
 * change's own transaction: the bump commits or rolls back with it. Once the transaction has committed, the communes
 * it bumped are announced once ({@link Committed}), on the writer's thread, so that their figures are counted again.
 */
@Service
public class RosterVersions {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    RosterVersions(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The records the kept figures count: cadres, titles held, ratings, the planning entries the pools count and the
     * discipline records the planning review reads ("PLANNING" and "DISCIPLINE", the audit names of
     * {@code planning.Planning.ENTRY} and {@code planning.DisciplineRecords.ENTITY}, which this package may not
     * import); seats approved and quotas are read as they are.
     */
    private static final Set<String> COUNTED = Set.of(CadreEditor.CADRE, CadreEditor.HOLDING, CadreEditor.RATING,
            "PLANNING", "DISCIPLINE");

    /** The communes whose versions a transaction bumped, announced after its commit (never after a rollback). */
    public record Committed(Set<Long> communeIds) {

        public Committed {
            communeIds = Set.copyOf(communeIds);
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(ChangesMade event) {
        refreshCommunes(event.changes().stream()
                .filter(change -> change.communeId() != null && COUNTED.contains(change.entity()))
                .map(Change::communeId).collect(Collectors.toSet()));
    }

    /** Records changed without a reported change (the day of last change moved): their communes are bumped too. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void touched(RostersTouched event) {
        refreshCommunes(event.communeIds());
    }

    /** The commune's records changed (or are about to, in this transaction): its kept figures are counted again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshCommune(long communeId) {
        if (jdbc.update("UPDATE roster_version SET version = version + 1 WHERE commune_id = ?", communeId) == 0) {
            try {
                jdbc.update("INSERT INTO roster_version (commune_id, version) VALUES (?, 1)", communeId);
            } catch (DuplicateKeyException inserted) {
                jdbc.update("UPDATE roster_version SET version = version + 1 WHERE commune_id = ?", communeId);
            }
        }
        afterCommit().communes.add(communeId);
    }

    /** {@link #refreshCommune} for each commune, in id order (so that concurrent writers lock rows alike). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refreshCommunes(Collection<Long> communeIds) {
        for (long communeId : new TreeSet<>(communeIds)) {
            refreshCommune(communeId);
        }
    }

    /** This transaction's announcement, registered with its first bump. */
    private Announcement afterCommit() {
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof Announcement announcement) {
                return announcement;
            }
        }
        Announcement announcement = new Announcement();
        TransactionSynchronizationManager.registerSynchronization(announcement);
        return announcement;
    }

    /** Announces the communes bumped once the transaction has committed. */
    private final class Announcement implements TransactionSynchronization {
        private final Set<Long> communes = new TreeSet<>();

        @Override
        public void afterCommit() {
            events.publishEvent(new Committed(communes));
        }
    }

    /** The current version of the given communes (null: all) that have one; the others are at 0. */
    public Map<Long, Long> versions(Collection<Long> communeIds) {
        Map<Long, Long> result = new HashMap<>();
        if (communeIds == null) {
            jdbc.query("SELECT commune_id, version FROM roster_version", rs -> {
                result.put(rs.getLong(1), rs.getLong(2));
            });
        } else if (!communeIds.isEmpty()) {
            new NamedParameterJdbcTemplate(jdbc).query("SELECT commune_id, version FROM roster_version"
                    + " WHERE commune_id IN (:ids)", Map.of("ids", communeIds), rs -> {
                        result.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return result;
    }
}
