package vn.tayninh.dashboard.quality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.KeptKind;
import vn.tayninh.dashboard.indicator.KeptText;

/**
 * Each commune's data-quality counts, kept by {@link KeptFigures}: every problem its records have by themselves, and
 * its records that are possible duplicates of an active record anywhere in the province. A commune's figures also
 * name the other communes its possible duplicates are in: a write to one commune may make or end a duplicate in
 * another, whose figures are then counted again with it ({@link #alsoAffected}).
 */
@Component
class QualityKind implements KeptKind<String, QualityKind.Figures> {

    static final String NAME = "quality";
    private static final String ONLY = "";
    private static final String SIGNATURE = "q" + Integer.toHexString(Arrays.stream(Problem.values())
            .map(Problem::name).collect(Collectors.joining(",")).hashCode());

    private final QualityQueries queries;

    QualityKind(QualityQueries queries) {
        this.queries = queries;
    }

    /** One commune's counts, and the other communes holding a possible duplicate of one of its records. */
    record Figures(QualityCounts counts, Set<Long> twinCommunes) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String variant(String params) {
        return ONLY;
    }

    @Override
    public String params(String variant) {
        return ONLY;
    }

    /** Own counts of the communes, and the duplicate groups with a member in one of them (the province: all groups). */
    @Override
    public Map<Long, Figures> count(LocalDate asOf, String params, Collection<Long> communeIds) {
        Map<Long, QualityCounts> own = queries.ownCounts(asOf, communeIds);
        Map<QualityQueries.Twins, List<QualityQueries.Twin>> groups = queries.members(asOf, communeIds == null
                ? queries.duplicateGroups(asOf) : queries.duplicateGroupsTouching(asOf, communeIds, Set.of()));
        Map<Long, long[]> duplicates = new HashMap<>();
        Map<Long, Set<Long>> twins = new HashMap<>();
        for (List<QualityQueries.Twin> members : groups.values()) {
            Set<Long> communes = members.stream().map(QualityQueries.Twin::communeId).collect(Collectors.toSet());
            for (QualityQueries.Twin member : members) {
                long[] counted = duplicates.computeIfAbsent(member.communeId(), c -> new long[2]);
                counted[0]++;
                if (!member.ownProblem()) {
                    // clean by itself, not clean as a possible duplicate
                    counted[1]++;
                }
                twins.computeIfAbsent(member.communeId(), c -> new TreeSet<>()).addAll(communes);
            }
        }
        Map<Long, Figures> result = new HashMap<>();
        own.forEach((commune, mine) -> {
            if (communeIds != null && !communeIds.contains(commune)) {
                return;
            }
            long[] counted = duplicates.getOrDefault(commune, new long[2]);
            Map<Problem, Long> problems = new EnumMap<>(mine.problems());
            problems.put(Problem.POSSIBLE_DUPLICATE, counted[0]);
            Set<Long> others = new TreeSet<>(twins.getOrDefault(commune, Set.of()));
            others.remove(commune);
            result.put(commune, new Figures(new QualityCounts(mine.active(), mine.clean() - counted[1], problems),
                    Set.copyOf(others)));
        });
        return result;
    }

    @Override
    public Figures none(String params) {
        return new Figures(QualityCounts.none(), Set.of());
    }

    @Override
    public String signature() {
        return SIGNATURE;
    }

    @Override
    public void write(Figures figures, KeptText.Writer out) {
        QualityCounts counts = figures.counts();
        out.number(counts.active()).number(counts.clean());
        for (Problem problem : Problem.values()) {
            out.number(counts.count(problem));
        }
        out.number(figures.twinCommunes().size());
        figures.twinCommunes().forEach(out::number);
    }

    @Override
    public Figures read(KeptText.Reader in) {
        long active = in.number();
        long clean = in.number();
        Map<Problem, Long> problems = new EnumMap<>(Problem.class);
        for (Problem problem : Problem.values()) {
            problems.put(problem, in.number());
        }
        Set<Long> twins = new HashSet<>();
        for (long n = in.number(); n > 0; n--) {
            twins.add(in.number());
        }
        return new Figures(new QualityCounts(active, clean, problems), Set.copyOf(twins));
    }

    /** The communes of the possible duplicates before and after: a duplicate made or ended there changes them too. */
    @Override
    public Set<Long> alsoAffected(Figures before, Figures after) {
        Set<Long> affected = new HashSet<>(after.twinCommunes());
        if (before != null) {
            affected.addAll(before.twinCommunes());
        }
        return affected;
    }

    @Override
    public boolean reachesOtherCommunes() {
        return true;
    }
}
