package vn.tayninh.dashboard.planning;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.forecast.RetirementRule;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The yearly review of planning (rà soát hằng năm) for one commune or the province, on today's records: the entries in
 * effect that the rules now exclude, each proposed for exit with its reason (left the commune, appointed to the
 * planned title — an exit as a success —, a discipline decided after the entry took effect, rated "Không hoàn thành
 * nhiệm vụ" in the latest year rated, retirement before the term's end); and the gaps of the term: each key title with
 * no candidate or a single one, a commune without a woman in its key-title pool (T7e), each pool ratio below its
 * target with the persons that would close it (the engine's gap, as on the cards). The board approves the chosen
 * exits with one decision ({@link #approveExits}), through {@link Planning#end} and its rights and audit.
 */
@Service
@Transactional(readOnly = true)
public class PlanningReview {

    /** The ratios of the pools the review checks, in the cards' order. */
    public static final List<String> POOL_TARGETS = List.of("T4", "T7a", "T7b", "T7c", "T9a", "T9c");
    /** Every target counted on the planning and source pools: the ratios and T7d (shown) and T7e (per commune). */
    public static final List<String> POOL_CARDS = List.of("T4", "T7a", "T7b", "T7c", "T7d", "T7e", "T9a", "T9c");
    /** The key titles whose candidates are counted. */
    public static final List<Position> KEY_TITLES = List.of(Position.BI_THU, Position.PHO_BI_THU_TT,
            Position.CT_HDND, Position.CT_UBND, Position.PCT_HDND, Position.PCT_UBND);

    /** One entry the rules now exclude, with the reason its exit is proposed for and what shows it. */
    public record ProposedExit(long entryId, long version, long communeId, String communeName, long cadreId,
                               String cadreName, PlanningKind kind, PlannedTitle title, String termCode,
                               LocalDate effectiveDate, ExitReason reason, LocalDate since, String detail,
                               boolean exitProposed) {
    }

    public enum GapKind {
        /** A key title without a candidate. */
        NO_CANDIDATE,
        /** A key title with a single candidate. */
        ONE_CANDIDATE,
        /** No woman in the commune's key-title pool (T7e). */
        NO_WOMAN,
        /** A pool ratio below its target: {@code persons} more would close it. */
        BELOW_TARGET
    }

    /** A gap of a commune ({@code communeId} null: of the province as a whole). */
    public record Gap(Long communeId, String communeName, GapKind kind, Position title, String targetCode,
                      long persons, TargetResult result) {
    }

    /**
     * The review: the date, the term, the exits proposed, the gaps, and per key title how many communes of the scope
     * have 0, 1, 2 and 3 or more candidates (index 3), and the scope's results of the {@link #POOL_CARDS} targets.
     */
    public record Review(LocalDate date, PlanningTerm term, List<ProposedExit> exits, List<Gap> gaps,
                         Map<Position, int[]> candidates, List<TargetResult> ratios, int communes) {
    }

    private static final String IN_EFFECT = "pe.state = 'APPROVED' AND pe.effective_date <= :today"
            + " AND (pe.end_date IS NULL OR pe.end_date > :today)";

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorEngine engine;
    private final PlanningTermRepository terms;
    private final PlanningSettings settings;
    private final CommuneAccess access;
    private final Planning planning;
    private final Clock clock;

    PlanningReview(NamedParameterJdbcTemplate jdbc, IndicatorEngine engine, PlanningTermRepository terms,
                   PlanningSettings settings, CommuneAccess access, Planning planning, Clock clock) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.terms = terms;
        this.settings = settings;
        this.access = access;
        this.planning = planning;
        this.clock = clock;
    }

    /** The term being planned for today: the first that starts after today, else the latest. */
    public PlanningTerm defaultTerm() {
        LocalDate today = LocalDate.now(clock);
        List<PlanningTerm> all = terms.findAllByOrderByFirstDay();
        return all.stream().filter(t -> t.getFirstDay().isAfter(today)).findFirst()
                .orElseGet(() -> all.getLast());
    }

    /**
     * The review of {@code scope} (the province or one commune) for {@code term} today. A commune editor reviews only
     * their own commune.
     */
    public Review review(Scope scope, PlanningTerm term) {
        LocalDate today = LocalDate.now(clock);
        List<Commune> inScope = engine.communes(scope);
        Optional<Long> own = access.ownCommuneOnly();
        if (own.isPresent() && (inScope.size() != 1 || !own.get().equals(inScope.getFirst().getId()))) {
            throw new AccessRefusedException("access.denied.commune");
        }
        Map<Long, Commune> communes = new LinkedHashMap<>();
        inScope.forEach(c -> communes.put(c.getId(), c));
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today))
                .addValue("term", term.getId())
                .addValue("communeIds", communes.isEmpty() ? List.of(-1L) : communes.keySet());
        List<ProposedExit> exits = exits(params, communes, term, today);
        Overview overview = engine.overview(scope, today, null);
        return new Review(today, term, exits, gaps(params, communes, overview),
                candidates(params, communes.keySet()), overview.targets().stream()
                        .filter(t -> POOL_CARDS.contains(t.code())).toList(), communes.size());
    }

    /** The political-theory level each key title requires (table {@code political_theory_standard}). */
    public Map<Position, PoliticalTheory> standards() {
        Map<Position, PoliticalTheory> standards = new EnumMap<>(Position.class);
        jdbc.getJdbcTemplate().query("SELECT position_code, min_level FROM political_theory_standard", rs -> {
            standards.put(Position.valueOf(rs.getString(1)), PoliticalTheory.valueOf(rs.getString(2)));
        });
        return standards;
    }

    /**
     * Ends the chosen entries with one decision, each for the reason the review gave it, in one transaction: all or
     * none. Board or administrator ({@link Planning#end} decides again). Returns how many entries ended.
     */
    @Transactional
    public int approveExits(Collection<ProposedExit> chosen, Decision decision) {
        access.requireReferenceData();
        if (chosen == null || chosen.isEmpty()) {
            throw new InvalidInputException("entries", "planning.review.noneChosen");
        }
        for (ProposedExit exit : chosen) {
            planning.end(exit.entryId(), exit.version(), exit.reason(), exit.detail(), decision);
        }
        return chosen.size();
    }

    private record Open(long entryId, long version, long communeId, long cadreId, String name, PlanningKind kind,
                        PlannedTitle title, LocalDate effective, boolean exitProposed, Gender gender, LocalDate birth,
                        LocalDate left, long cadreCommune) {
    }

    private List<ProposedExit> exits(MapSqlParameterSource params, Map<Long, Commune> communes, PlanningTerm term,
                                     LocalDate today) {
        List<Open> open = jdbc.query("SELECT pe.id, pe.version, pe.commune_id, pe.cadre_id, c.full_name, pe.kind,"
                + " pe.title, pe.effective_date, pe.exit_state, c.gender, c.birth_date, c.end_date, c.commune_id"
                + " FROM planning_entry pe JOIN cadre c ON c.id = pe.cadre_id"
                + " WHERE " + IN_EFFECT + " AND pe.term_id = :term AND pe.commune_id IN (:communeIds)"
                + " ORDER BY pe.commune_id, c.full_name, pe.id", params, (rs, i) -> new Open(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), PlanningKind.valueOf(rs.getString(6)),
                rs.getString(7) == null ? null : PlannedTitle.valueOf(rs.getString(7)),
                rs.getDate(8).toLocalDate(), "PROPOSED".equals(rs.getString(9)),
                rs.getString(10) == null ? null : Gender.valueOf(rs.getString(10)),
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
                rs.getDate(12) == null ? null : rs.getDate(12).toLocalDate(), rs.getLong(13)));
        // titles held today, disciplines and the latest year's "not completed" ratings of those people
        Map<Long, Map<Position, LocalDate>> held = new HashMap<>();
        Set<Long> people = new HashSet<>();
        open.forEach(e -> people.add(e.cadreId()));
        // read by commune and kept for the people planned: set-based reads that scale to a million cadres, where
        // a join on the planned people (or IN (SELECT …), which H2 ran per row) did not
        jdbc.query("SELECT ph.cadre_id, ph.position_code, ph.start_date FROM position_holding ph"
                + " WHERE ph.commune_id IN (:communeIds) AND ph.start_date <= :today"
                + " AND (ph.end_date IS NULL OR ph.end_date > :today)", params, rs -> {
                    if (people.contains(rs.getLong(1))) {
                        held.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Position.class))
                                .put(Position.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate());
                    }
                });
        Map<Long, List<Object[]>> disciplines = new HashMap<>();
        jdbc.query("SELECT d.cadre_id, d.kind, d.decision_date FROM discipline_record d"
                + " WHERE d.decision_date <= :today ORDER BY d.decision_date", params, rs -> {
                    if (people.contains(rs.getLong(1))) {
                        disciplines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Object[] {
                                DisciplineKind.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate()});
                    }
                });
        Integer latestYear = jdbc.queryForObject("SELECT MAX(rating_year) FROM annual_rating", params, Integer.class);
        Set<Long> notCompleted = new HashSet<>();
        if (latestYear != null) {
            jdbc.query("SELECT r.cadre_id FROM annual_rating r WHERE r.rating_year = :year AND r.rating = 'KHT'",
                    new MapSqlParameterSource(params.getValues()).addValue("year", latestYear),
                    rs -> {
                        if (people.contains(rs.getLong(1))) {
                            notCompleted.add(rs.getLong(1));
                        }
                    });
        }

        List<ProposedExit> exits = new ArrayList<>();
        for (Open e : open) {
            ExitReason reason = null;
            LocalDate since = null;
            String detail = null;
            Map<Position, LocalDate> titles = held.getOrDefault(e.cadreId(), Map.of());
            Optional<Position> planned = e.title() == null ? Optional.empty() : e.title().position();
            if (e.left() != null && !e.left().isAfter(today) || e.cadreCommune() != e.communeId()) {
                reason = ExitReason.LEFT;
                since = e.left();
            } else if (planned.isPresent() && titles.containsKey(planned.get())) {
                reason = ExitReason.APPOINTED;
                since = titles.get(planned.get());
            } else {
                Object[] discipline = disciplines.getOrDefault(e.cadreId(), List.of()).stream()
                        .filter(d -> !((LocalDate) d[1]).isBefore(e.effective())).findFirst().orElse(null);
                if (discipline != null) {
                    reason = ExitReason.DISCIPLINE;
                    since = (LocalDate) discipline[1];
                    detail = ((DisciplineKind) discipline[0]).name();
                } else if (notCompleted.contains(e.cadreId())) {
                    reason = ExitReason.NOT_COMPLETED;
                    detail = String.valueOf(latestYear);
                } else if (settings.retireAfterTermEnd()) {
                    Optional<LocalDate> retires = RetirementRule.retirementDate(e.gender(), e.birth());
                    if (retires.isPresent() && retires.get().isBefore(term.getLastDay())) {
                        reason = ExitReason.RETIREMENT;
                        since = retires.get();
                    }
                }
            }
            if (reason != null) {
                exits.add(new ProposedExit(e.entryId(), e.version(), e.communeId(),
                        communes.get(e.communeId()).getName(), e.cadreId(), e.name(), e.kind(), e.title(),
                        term.getCode(), e.effective(), reason, since, detail, e.exitProposed()));
            }
        }
        return exits;
    }

    /** Per commune and key title, the distinct persons planned for it in the term, in effect today. */
    private Map<Long, Map<Position, Integer>> persons(MapSqlParameterSource params) {
        Map<Long, Map<Position, Integer>> persons = new HashMap<>();
        jdbc.query("SELECT pe.commune_id, pe.title, COUNT(DISTINCT pe.cadre_id) FROM planning_entry pe"
                + " JOIN cadre c ON c.id = pe.cadre_id WHERE " + IN_EFFECT + " AND " + PlanningForms.ACTIVE_CADRE_TODAY
                + " AND pe.term_id = :term AND pe.kind = 'PLAN' AND pe.commune_id IN (:communeIds)"
                + " AND pe.title IN ('BI_THU', 'PHO_BI_THU_TT', 'CT_HDND', 'CT_UBND', 'PCT_HDND', 'PCT_UBND')"
                + " GROUP BY pe.commune_id, pe.title", params, rs -> {
                    persons.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Position.class))
                            .put(Position.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return persons;
    }

    private Map<Position, int[]> candidates(MapSqlParameterSource params, Collection<Long> communeIds) {
        Map<Long, Map<Position, Integer>> persons = persons(params);
        Map<Position, int[]> histogram = new EnumMap<>(Position.class);
        for (Position title : KEY_TITLES) {
            int[] counts = new int[4];
            for (Long id : communeIds) {
                counts[Math.min(3, persons.getOrDefault(id, Map.of()).getOrDefault(title, 0))]++;
            }
            histogram.put(title, counts);
        }
        return histogram;
    }

    private List<Gap> gaps(MapSqlParameterSource params, Map<Long, Commune> communes, Overview overview) {
        Map<Long, Map<Position, Integer>> persons = persons(params);
        Map<Long, CommuneResults> results = new HashMap<>();
        overview.communes().forEach(r -> results.put(r.commune().getId(), r));
        List<Gap> gaps = new ArrayList<>();
        for (Commune commune : communes.values()) {
            for (Position title : KEY_TITLES) {
                int n = persons.getOrDefault(commune.getId(), Map.of()).getOrDefault(title, 0);
                if (n <= 1) {
                    gaps.add(new Gap(commune.getId(), commune.getName(),
                            n == 0 ? GapKind.NO_CANDIDATE : GapKind.ONE_CANDIDATE, title, null, 1, null));
                }
            }
            CommuneResults result = results.get(commune.getId());
            if (result == null) {
                continue;
            }
            TargetResult woman = result.target("T7e");
            if (woman.denominator() != null && woman.denominator() > 0 && woman.numerator() == 0) {
                gaps.add(new Gap(commune.getId(), commune.getName(), GapKind.NO_WOMAN, null, "T7e", 1, woman));
            }
            for (String code : POOL_TARGETS) {
                below(result.target(code)).ifPresent(t -> gaps.add(new Gap(commune.getId(), commune.getName(),
                        GapKind.BELOW_TARGET, null, code, t.gapPersons(), t)));
            }
        }
        return gaps;
    }

    /** The result when it is below its target with a gap in persons (a band exceeded has none: not a shortage). */
    static Optional<TargetResult> below(TargetResult result) {
        boolean shortOf = result.status() != Status.MET && result.gapPersons() != null && result.gapPersons() > 0;
        return shortOf ? Optional.of(result) : Optional.empty();
    }
}
