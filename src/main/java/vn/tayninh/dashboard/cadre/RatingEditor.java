package vn.tayninh.dashboard.cadre;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.Change.Action;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.EditConflictException;
import vn.tayninh.dashboard.base.FieldChanges;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.Message;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Annual ratings of commune cadres: entered, corrected and removed, with the same checks as every other change —
 * who may change the commune ({@link CommuneAccess}), the version the caller read, the rules of
 * {@link CadreRules} — and the audit trail in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class RatingEditor {

    private final CadreRepository cadres;
    private final AnnualRatingRepository ratings;
    private final CommuneAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final LastChanges lastChanges;

    RatingEditor(CadreRepository cadres, AnnualRatingRepository ratings, CommuneAccess access,
                 ApplicationEventPublisher events, EntityManager entityManager, Clock clock, LastChanges lastChanges) {
        this.cadres = cadres;
        this.ratings = ratings;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.lastChanges = lastChanges;
    }

    /** The audit lines of a rating entered. */
    static List<Change> ratingCreated(AnnualRating rating) {
        return FieldChanges.of(rating.getCadre().getCommune().getId(), CadreEditor.RATING, rating.getId(), Action.CREATE)
                .field("cadre", null, rating.getCadre().getFullName())
                .field("year", null, rating.getYear())
                .field("rating", null, rating.getRating())
                .list();
    }

    /** Enters a cadre's rating for a year; one per cadre and year. */
    @Transactional
    public AnnualRating rate(long cadreId, Integer year, Rating rating) {
        Cadre cadre = editableCadre(cadreId);
        Problems problems = new Problems();
        problems.check("year", CadreRules.ratingYear(year, LocalDate.now(clock), cadre.getStartDate()));
        if (cadre.getEndReason() == EndReason.ENTERED_IN_ERROR) {
            problems.add("cadre", Message.of("entry.rule.alreadyRemoved"));
        }
        problems.check("rating", CadreRules.required(rating));
        if (year != null && ratings.existsByCadreIdAndYear(cadreId, year)) {
            problems.add("year", Message.of("entry.rule.ratingTwice", String.valueOf(year)));
        }
        problems.throwIfAny();
        AnnualRating saved;
        try {
            saved = ratings.saveAndFlush(new AnnualRating(cadre, year, rating));
        } catch (DataIntegrityViolationException e) {
            // Another request entered the same year between the check above and this insert: the unique key of
            // (cadre, year) refused it, and the answer is the check's.
            throw new InvalidInputException("year", "entry.rule.ratingTwice", String.valueOf(year));
        }
        lastChanges.touch(cadreId);
        publish(ratingCreated(saved));
        return saved;
    }

    /** Corrects a rating, as read at {@code expectedVersion}. */
    @Transactional
    public void changeRating(long ratingId, long expectedVersion, Rating rating) {
        AnnualRating saved = editableRating(ratingId);
        checkVersion(saved, expectedVersion);
        new Problems().check("rating", CadreRules.required(rating)).throwIfAny();
        Rating before = saved.getRating();
        saved.setRating(rating);
        EditConflictException.flushOrConflict(entityManager, CadreEditor.RATING);
        lastChanges.touch(saved.getCadre().getId());
        publish(FieldChanges.of(saved.getCadre().getCommune().getId(), CadreEditor.RATING, ratingId, Action.UPDATE)
                .field("rating", before, rating).list());
    }

    /** Removes a rating entered by mistake, as read at {@code expectedVersion}. */
    @Transactional
    public void deleteRating(long ratingId, long expectedVersion) {
        AnnualRating saved = editableRating(ratingId);
        checkVersion(saved, expectedVersion);
        ratings.delete(saved);
        EditConflictException.flushOrConflict(entityManager, CadreEditor.RATING);
        lastChanges.touch(saved.getCadre().getId());
        publish(FieldChanges.of(saved.getCadre().getCommune().getId(), CadreEditor.RATING, ratingId, Action.DELETE)
                .field("cadre", saved.getCadre().getFullName(), null)
                .field("year", saved.getYear(), null)
                .field("rating", saved.getRating(), null)
                .list());
    }

    private Cadre editableCadre(long cadreId) {
        Cadre cadre = cadres.findById(cadreId)
                .orElseThrow(() -> new UnknownRecordException("cadre"));
        access.requireEdit(cadre.getCommune().getId());
        return cadre;
    }

    private AnnualRating editableRating(long ratingId) {
        AnnualRating rating = ratings.findById(ratingId)
                .orElseThrow(() -> new UnknownRecordException("rating"));
        access.requireEdit(rating.getCadre().getCommune().getId());
        return rating;
    }

    private void checkVersion(AnnualRating rating, long expected) {
        if (rating.getVersion() != expected) {
            throw new EditConflictException(CadreEditor.RATING, expected, rating.getVersion(),
                    Map.of("year", String.valueOf(rating.getYear()), "rating", rating.getRating().name()));
        }
    }

    private void publish(List<Change> changes) {
        events.publishEvent(new ChangesMade(changes));
    }
}
