package vn.tayninh.dashboard.indicator;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.DatabaseFailure;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * Freezing the figures at a reporting date (chốt số liệu): the x and n of every target for every commune
 * are stored and never changed, so that what a meeting saw can be shown again and trends have points.
 * Only the provincial organization board (and the administrator) may freeze.
 */
@Service
public class FreezeService {

    /** The key of the label a freeze gets when the user gives none; its parameter is the date. */
    static final String DEFAULT_LABEL = "freeze.label.default";
    /** The longest label the table holds. */
    static final int MAX_LABEL = 200;
    /** The earliest rating year a freeze may use. */
    static final int FIRST_RATING_YEAR = 2000;

    private final IndicatorEngine engine;
    private final ReportingFreezeRepository freezes;
    private final FrozenValueRepository values;
    private final AuthenticatedUser authenticatedUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FreezeService(IndicatorEngine engine, ReportingFreezeRepository freezes, FrozenValueRepository values,
                  AuthenticatedUser authenticatedUser, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.engine = engine;
        this.freezes = freezes;
        this.values = values;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ReportingFreeze> findAll() {
        return freezes.findAllByOrderByAsOfDateAsc();
    }

    /**
     * Freezes the figures as they stand at {@code asOf} (not in the future, one freeze per date), with the
     * ratings of {@code ratingYear} (null: the latest year on or before the date). A refused input is an
     * {@link InvalidInputException} naming the field ({@code asOf}, {@code ratingYear}, {@code label}); a date
     * already frozen, also by another instance at the same moment, is refused at {@code asOf}. Nothing is written
     * then.
     */
    @Transactional
    public ReportingFreeze freeze(LocalDate asOf, Integer requestedRatingYear, String label) {
        CurrentUser user = authenticatedUser.require();
        if (user.role() != Role.BOARD && user.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only the organization board may freeze reporting figures");
        }
        List<Problem> problems = new ArrayList<>();
        if (asOf == null) {
            problems.add(Problem.of("asOf", "entry.rule.required"));
        } else if (asOf.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("asOf", "freeze.error.future"));
        } else if (asOf.getYear() < FIRST_RATING_YEAR) {
            problems.add(Problem.of("asOf", "freeze.error.tooEarly", String.valueOf(FIRST_RATING_YEAR)));
        } else if (freezes.existsByAsOfDate(asOf)) {
            problems.add(Problem.of("asOf", "freeze.error.exists"));
        }
        if (requestedRatingYear != null && (requestedRatingYear < FIRST_RATING_YEAR
                || asOf != null && requestedRatingYear > asOf.getYear())) {
            problems.add(Problem.of("ratingYear", "freeze.error.ratingYear", String.valueOf(FIRST_RATING_YEAR),
                    asOf == null ? "…" : String.valueOf(asOf.getYear())));
        }
        if (label != null && label.strip().length() > MAX_LABEL) {
            problems.add(Problem.of("label", "freeze.error.labelLength", MAX_LABEL));
        } else {
            vn.tayninh.dashboard.base.FreeText.check(label, vn.tayninh.dashboard.base.FreeText.Lines.ONE)
                    .ifPresent(reason -> problems.add(new Problem("label", reason)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int ratingYear = requestedRatingYear != null ? requestedRatingYear : engine.defaultRatingYear(asOf);
        ReportingFreeze freeze;
        try {
            freeze = freezes.saveAndFlush(new ReportingFreeze(asOf, ratingYear,
                    label == null || label.isBlank() ? Translations.key(DEFAULT_LABEL) : label.strip(),
                    Instant.now(clock), user.username()));
        } catch (DataIntegrityViolationException e) {
            if (DatabaseFailure.of(e).isPresent()) {
                throw e;
            }
            // Another request (on this instance or another) froze the same date between the check above and this
            // insert: the date's unique key refused it, the transaction rolls back, and the answer is the check's.
            throw new InvalidInputException("asOf", "freeze.error.exists");
        }
        List<FrozenValue> rows = new ArrayList<>();
        for (Map.Entry<Long, Map<String, long[]>> commune : engine.measurePerCommune(asOf, ratingYear).entrySet()) {
            commune.getValue().forEach((code, xn) ->
                    rows.add(new FrozenValue(freeze.getId(), commune.getKey(), code, xn[0], xn[1])));
        }
        rows.add(new FrozenValue(freeze.getId(), null, Measure.T9d.name(), engine.courses(asOf), 0));
        values.saveAll(rows);
        events.publishEvent(new ReportingDateFrozen(asOf));
        return freeze;
    }
}
