package vn.tayninh.dashboard.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.InvalidInputException;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.planning.ReviewKind.Figures;

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
     * have 0, 1, 2 and 3 or more candidates (index 3), and the scope's results of the {@link #POOL_CARDS} targets;
     * {@code provisional} while some communes' figures are those counted before a start (the recount after it).
     */
    public record Review(LocalDate date, PlanningTerm term, List<ProposedExit> exits, List<Gap> gaps,
                         Map<Position, int[]> candidates, List<TargetResult> ratios, int communes,
                         boolean provisional) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final IndicatorEngine engine;
    private final PlanningTermRepository terms;
    private final PlanningSettings settings;
    private final CommuneAccess access;
    private final Planning planning;
    private final Clock clock;
    private final KeptFigures kept;
    private final ReviewKind kind;

    PlanningReview(NamedParameterJdbcTemplate jdbc, IndicatorEngine engine, PlanningTermRepository terms,
                   PlanningSettings settings, CommuneAccess access, Planning planning, Clock clock, KeptFigures kept,
                   ReviewKind kind) {
        this.jdbc = jdbc;
        this.kept = kept;
        this.kind = kind;
        this.engine = engine;
        this.terms = terms;
        this.settings = settings;
        this.access = access;
        this.planning = planning;
        this.clock = clock;
        // the province's review of the term being planned for, counted ahead after a start and at 00:01
        kept.readEveryDay(today -> {
            if (!terms.findAllByOrderByFirstDay().isEmpty()) {
                figures(engine.communes(Scope.province()), true, defaultTerm(), today);
            }
        });
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
        KeptFigures.Kept<Figures> kept = figures(inScope, scope.isProvince(), term, today);
        Map<Long, Figures> figures = kept.byCommune();
        List<ProposedExit> exits = new ArrayList<>();
        inScope.stream().sorted(Comparator.comparing(Commune::getId)).forEach(commune -> {
            for (ReviewKind.Exit e : figures.get(commune.getId()).exits()) {
                exits.add(new ProposedExit(e.entryId(), e.version(), commune.getId(), commune.getName(), e.cadreId(),
                        e.cadreName(), e.kind(), e.title(), term.getCode(), e.effectiveDate(), e.reason(), e.since(),
                        e.detail(), e.exitProposed()));
            }
        });
        Overview overview = engine.overview(scope, today, null);
        return new Review(today, term, exits, gaps(inScope, figures, overview), candidates(inScope, figures),
                overview.targets().stream().filter(t -> POOL_CARDS.contains(t.code())).toList(), inScope.size(),
                kept.provisional() || overview.provisional());
    }

    /** Each commune's review figures, kept per commune and roster version. */
    private KeptFigures.Kept<Figures> figures(List<Commune> communes, boolean province, PlanningTerm term, LocalDate today) {
        Integer latestYear = jdbc.getJdbcTemplate().queryForObject("SELECT MAX(rating_year) FROM annual_rating",
                Integer.class);
        ReviewKind.Params params = new ReviewKind.Params(term.getId(), term.getLastDay(),
                settings.retireAfterTermEnd(), latestYear == null ? 0 : latestYear);
        return kept.read(kind, params, today, communes.stream().map(Commune::getId).toList(), province, true);
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

    private static Map<Position, int[]> candidates(List<Commune> communes, Map<Long, Figures> figures) {
        Map<Position, int[]> histogram = new EnumMap<>(Position.class);
        for (Position title : KEY_TITLES) {
            int[] counts = new int[4];
            for (Commune commune : communes) {
                counts[Math.min(3, figures.get(commune.getId()).candidates(title))]++;
            }
            histogram.put(title, counts);
        }
        return histogram;
    }

    private static List<Gap> gaps(List<Commune> communes, Map<Long, Figures> figures, Overview overview) {
        Map<Long, CommuneResults> results = new HashMap<>();
        overview.communes().forEach(r -> results.put(r.commune().getId(), r));
        List<Gap> gaps = new ArrayList<>();
        for (Commune commune : communes) {
            for (Position title : KEY_TITLES) {
                int n = figures.get(commune.getId()).candidates(title);
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
