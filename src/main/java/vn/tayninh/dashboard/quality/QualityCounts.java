package vn.tayninh.dashboard.quality;

import java.util.EnumMap;
import java.util.Map;

/**
 * The data quality of a scope: active records, those with no problem (the score is clean / active), and the
 * records with each problem (a record may count under several). {@code provisional}: the counts are those made
 * before the last change or the last new day, shown while the province is being counted again (the page says so).
 */
public record QualityCounts(long active, long clean, Map<Problem, Long> problems, boolean provisional) {

    public QualityCounts {
        Map<Problem, Long> all = new EnumMap<>(Problem.class);
        for (Problem problem : Problem.values()) {
            all.put(problem, problems.getOrDefault(problem, 0L));
        }
        problems = java.util.Collections.unmodifiableMap(all);
    }

    public QualityCounts(long active, long clean, Map<Problem, Long> problems) {
        this(active, clean, problems, false);
    }

    public static QualityCounts none() {
        return new QualityCounts(0, 0, Map.of());
    }

    /** The score as a share (0..1), or null for a scope without active records. */
    public Double score() {
        return active == 0 ? null : (double) clean / active;
    }

    public long count(Problem problem) {
        return problems.get(problem);
    }

    QualityCounts plus(QualityCounts other) {
        Map<Problem, Long> sum = new EnumMap<>(Problem.class);
        for (Problem problem : Problem.values()) {
            sum.put(problem, count(problem) + other.count(problem));
        }
        return new QualityCounts(active + other.active, clean + other.clean, sum, provisional || other.provisional);
    }

    /** The same counts, marked provisional or not. */
    QualityCounts marked(boolean provisional) {
        return provisional == this.provisional ? this : new QualityCounts(active, clean, problems, provisional);
    }
}
