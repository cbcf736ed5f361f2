package vn.tayninh.dashboard.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.Measure;
import vn.tayninh.dashboard.indicator.ProjectionMember;
import vn.tayninh.dashboard.indicator.RosterProjection;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * The natural projection of the roster to 2030 (docs/forecast.md): no one appointed, no one trained beyond the
 * courses in progress. Who retires comes from {@link RetirementRule} as a cut-off birth date per gender; every target
 * is counted by the indicator engine's own definitions on the projected roster, for all dates in one pass.
 * A commune editor reads only their own commune, whatever a request names.
 */
@Service
@Transactional(readOnly = true)
public class ForecastService {

    /** The resolution's horizon: the projection's default date and the last yearly point. */
    public static final int LAST_YEAR = 2030;
    public static final int FIRST_YEAR = 2026;

    private final IndicatorEngine engine;
    private final ForecastQueries queries;
    private final AuthenticatedUser authenticatedUser;
    private final CommuneAccess access;

    ForecastService(IndicatorEngine engine, ForecastQueries queries, AuthenticatedUser authenticatedUser,
                    CommuneAccess access, KeptFigures kept) {
        this.access = access;
        this.engine = engine;
        this.queries = queries;
        this.authenticatedUser = authenticatedUser;
        // the province's projection to 31/12/2030, counted ahead after a start and at 00:01; nothing after 2030
        kept.readEveryDay(today -> {
            if (defaultDate().isAfter(today)) {
                SystemUser.call(() -> forecast(Scope.province(), defaultDate(), today));
            }
        });
    }

    public static LocalDate defaultDate() {
        return LocalDate.of(LAST_YEAR, 12, 31);
    }

    /** The projection of the scope's active roster at {@code asOf} to {@code to} (after {@code asOf}). */
    public Forecast forecast(Scope scope, LocalDate to, LocalDate asOf) {
        return forecast(scope, to, asOf, null);
    }

    /**
     * The projection with a training plan version: as the natural one, with the plan's participants trained at their
     * course's end ({@code trained} then counts them too); {@code planId} null is the natural projection.
     */
    public Forecast forecast(Scope scope, LocalDate to, LocalDate asOf, Long planId) {
        authorize(scope);
        engine.requireKnown(scope);
        java.util.function.UnaryOperator<RosterProjection> plan = p -> planId == null ? p : p.withPlan(planId);
        List<RosterProjection> projections = new ArrayList<>();
        projections.add(RosterProjection.current(asOf));
        projections.add(RosterProjection.leavers(to, bornBy(Gender.NAM, to), bornBy(Gender.NU, to)));
        projections.add(RosterProjection.untrained(to, bornBy(Gender.NAM, to), bornBy(Gender.NU, to)));
        projections.add(plan.apply(RosterProjection.projected(to, bornBy(Gender.NAM, to), bornBy(Gender.NU, to))));
        // a year end that is the projection date itself is counted once
        List<LocalDate> yearEnds = new ArrayList<>();
        List<Integer> yearIndex = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            if (!end.isBefore(asOf)) {
                yearEnds.add(end);
                if (end.equals(to)) {
                    yearIndex.add(3);
                } else {
                    yearIndex.add(projections.size());
                    projections.add(plan.apply(
                            RosterProjection.projected(end, bornBy(Gender.NAM, end), bornBy(Gender.NU, end))));
                }
            }
        }
        IndicatorEngine.Projections counted = engine.project(scope, asOf, projections);
        // today's figures from the same pass: the dashboard's own, without a second count
        Map<String, TargetResult> today = byCode(counted.results().get(0));
        Map<String, TargetResult> leaving = byCode(counted.results().get(1));
        Map<String, TargetResult> untrained = byCode(counted.results().get(2));
        Map<String, TargetResult> projected = byCode(counted.results().get(3));

        List<Map<String, TargetResult>> points = yearIndex.stream().map(i -> byCode(counted.results().get(i))).toList();
        List<Forecast.TargetForecast> targets = new ArrayList<>();
        for (TargetResult now : counted.results().get(3)) {
            String code = now.code();
            TargetResult current = today.get(code);
            TargetResult stay = untrained.get(code);
            TargetResult end = projected.get(code);
            long retiringX;
            long retiringN;
            if (Measure.of(code).kind() == Measure.Kind.COMMUNE_CHECK) {
                retiringX = current.numerator() - stay.numerator();
                retiringN = 0;
            } else {
                retiringX = leaving.get(code).numerator();
                retiringN = nullToZero(leaving.get(code).denominator());
            }
            long agedOut = current.numerator() - retiringX - stay.numerator();
            long trained = end.numerator() - stay.numerator();
            List<Forecast.Point> yearly = new ArrayList<>();
            for (int i = 0; i < yearEnds.size(); i++) {
                TargetResult point = points.get(i).get(code);
                yearly.add(new Forecast.Point(yearEnds.get(i), point.numerator(), nullToZero(point.denominator())));
            }
            targets.add(new Forecast.TargetForecast(code, figures(current), figures(end), retiringX, retiringN,
                    trained, agedOut, yearly, counted.provisional()));
        }
        return new Forecast(scope, asOf, to, counted.unprojectable(), targets, counted.provisional());
    }

    /**
     * Active cadres at {@code asOf} retiring in each year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, per title or
     * seat held at {@code asOf}: the successors the board must plan. A cadre already past the age counts in the first
     * year; one holding several titles counts under each, and once in {@code total}.
     */
    public Retirements retirements(Scope scope, LocalDate asOf) {
        authorize(scope);
        List<Long> communeIds = scope.isProvince() ? null
                : engine.communes(scope).stream().map(c -> c.getId()).toList();
        List<ForecastQueries.YearCut> cuts = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            cuts.add(new ForecastQueries.YearCut(year, bornBy(Gender.NAM, end), bornBy(Gender.NU, end)));
        }
        return queries.retirements(asOf, communeIds, cuts);
    }

    /**
     * For the board: the cadres behind one projected target's numbers — those of its population who retire by
     * {@code to}, who reach the numerator through a course in progress, and who age out of young — with their
     * retirement date where known.
     */
    public List<MovingCadre> movingCadres(String code, Scope scope, LocalDate to, LocalDate asOf) {
        access.requireReferenceData();
        engine.requireKnown(scope);
        LocalDate men = bornBy(Gender.NAM, to);
        LocalDate women = bornBy(Gender.NU, to);
        return engine.projectionMembers(code, scope, asOf, RosterProjection.leavers(to, men, women),
                        RosterProjection.untrained(to, men, women), RosterProjection.projected(to, men, women)).stream()
                .filter(m -> m.leaves() || m.trained() || m.agedOut())
                .map(m -> new MovingCadre(m, m.gender() == null ? null
                        : RetirementRule.retirementDate(Gender.valueOf(m.gender()), m.birthDate()).orElse(null)))
                .toList();
    }

    /** Whether the signed-in user may list the cadres behind a projection (the board, the administrator). */
    public boolean mayListCadres() {
        return access.canManageReferenceData();
    }

    /** A cadre who moves in the projection, with the day they retire (null when unknown). */
    public record MovingCadre(ProjectionMember member, LocalDate retirementDate) {
    }

    /** Retirements per year: per title or seat, and every cadre once. */
    public record Retirements(Map<Integer, Map<String, Long>> byYearAndTitle, Map<Integer, Long> total) {
    }

    /**
     * The projection to 31/12/2030 per target code, for the cards of a page showing live figures: empty for frozen
     * figures (the records keep no history of their attributes, so a projection from a past reporting date would mix
     * today's data into it), when the signed-in user may not read the scope's projection, or after 2030.
     */
    public Map<String, Forecast.TargetForecast> projectedIfReadable(Scope scope, LocalDate asOf, boolean frozen) {
        if (frozen || !defaultDate().isAfter(asOf) || !mayRead(scope)) {
            return Map.of();
        }
        return forecast(scope, defaultDate(), asOf).targets().stream()
                .collect(Collectors.toMap(Forecast.TargetForecast::code, Function.identity()));
    }

    /** Whether the signed-in user may read the scope's projection: a commune editor only their own commune's. */
    public boolean mayRead(Scope scope) {
        CurrentUser user = authenticatedUser.require();
        return user.role() != Role.COMMUNE_EDITOR || scope.isSingleCommune() && engine.communes(scope).stream()
                .allMatch(c -> c.getId().equals(user.communeId()));
    }

    /** A commune editor reads the projection of their own commune only. */
    private void authorize(Scope scope) {
        if (!mayRead(scope)) {
            throw new AccessRefusedException("access.denied.forecast");
        }
    }

    private static LocalDate bornBy(Gender gender, LocalDate date) {
        return RetirementRule.latestBirthRetiringBy(gender, date);
    }

    private static Forecast.Figures figures(TargetResult result) {
        return new Forecast.Figures(result.numerator(), result.denominator(), result.value(), result.status(),
                result.gapPersons());
    }

    private static Map<String, TargetResult> byCode(List<TargetResult> results) {
        return results.stream().collect(Collectors.toMap(TargetResult::code, Function.identity()));
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }
}
