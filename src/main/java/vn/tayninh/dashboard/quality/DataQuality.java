package vn.tayninh.dashboard.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.KeptFigures;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Data quality of the cadre records — đủ, đúng, sạch, sống (docs/data-quality.md): per scope the score and the
 * count of each {@link Problem}, per commune the same, and the work list of records to fix. Counts are figures
 * like the dashboard's and open to every reader; a work list names people, so a commune editor reads only their
 * own commune's, whatever the caller asks.
 */
@Service
@Transactional(readOnly = true)
public class DataQuality {

    private final QualityQueries queries;
    private final IndicatorEngine engine;
    private final CommuneAccess access;
    private final KeptFigures kept;
    private final QualityKind kind;

    DataQuality(QualityQueries queries, IndicatorEngine engine, CommuneAccess access, KeptFigures kept,
                QualityKind kind) {
        this.queries = queries;
        this.kept = kept;
        this.kind = kind;
        this.engine = engine;
        this.access = access;
        // the province's data quality, counted ahead after a start and at 00:01
        kept.readEveryDay(today -> countsByCommune(Scope.province(), engine.communes(Scope.province()), today));
    }

    /** The counts over the scope at {@code asOf}. */
    public QualityCounts summary(Scope scope, LocalDate asOf) {
        return byCommune(scope, asOf).stream().map(CommuneQuality::counts)
                .reduce(QualityCounts.none(), QualityCounts::plus);
    }

    /**
     * Each commune of the scope with its counts, in the engine's commune order, kept per commune and roster version
     * ({@link KeptFigures}; possible duplicates are looked for in the whole province).
     */
    public List<CommuneQuality> byCommune(Scope scope, LocalDate asOf) {
        List<Commune> communes = engine.communes(scope);
        Map<Long, QualityCounts> counts = countsByCommune(scope, communes, asOf);
        return communes.stream()
                .map(c -> new CommuneQuality(c, counts.getOrDefault(c.getId(), QualityCounts.none()))).toList();
    }

    /**
     * The communes of the scope ranked by score, lowest first (those most in need of work), then by name; communes
     * without active records last.
     */
    public List<CommuneQuality> ranking(Scope scope, LocalDate asOf) {
        Comparator<CommuneQuality> byScore = Comparator.comparing(q -> q.counts().score(),
                Comparator.nullsLast(Comparator.naturalOrder()));
        return byCommune(scope, asOf).stream()
                .sorted(byScore.thenComparing(q -> q.commune().getName())).toList();
    }

    /**
     * One page of the records with a problem, of one commune or (null) the whole province. A commune editor may
     * ask only for their own commune. A commune's page is read from its own records (each looked up for possible
     * duplicates anywhere in the province); the province's is made of its communes' pages in code order, found by
     * the kept counts of records with a problem per commune, so no request reads every record of the province.
     */
    public WorkList workList(Commune commune, LocalDate asOf, int page, int size) {
        access.ownCommuneOnly().ifPresent(own -> {
            if (commune == null || commune.getId() != own.longValue()) {
                throw new AccessRefusedException("access.denied.quality");
            }
        });
        if (commune != null) {
            List<Long> ids = List.of(commune.getId());
            return new WorkList(queries.records(asOf, ids, (long) page * size, size), queries.countRecords(asOf, ids),
                    page, size);
        }
        Map<Long, QualityCounts> counts = countsByCommune(Scope.province(), engine.communes(Scope.province()), asOf);
        List<Commune> byCode = engine.communes(Scope.province()).stream()
                .sorted(Comparator.comparing(Commune::getCode)).toList();
        long total = 0;
        long skip = (long) page * size;
        List<QualityRecord> records = new ArrayList<>();
        for (Commune next : byCode) {
            QualityCounts mine = counts.getOrDefault(next.getId(), QualityCounts.none());
            long withProblems = mine.active() - mine.clean();
            total += withProblems;
            if (records.size() < size && withProblems > 0) {
                if (skip >= withProblems) {
                    skip -= withProblems;
                } else {
                    records.addAll(queries.records(asOf, List.of(next.getId()), skip, size - records.size()));
                    skip = 0;
                }
            }
        }
        return new WorkList(records, total, page, size);
    }

    /** Each commune's counts, marked provisional when they are counted before a start or another day. */
    private Map<Long, QualityCounts> countsByCommune(Scope scope, List<Commune> communes, LocalDate asOf) {
        KeptFigures.Kept<QualityKind.Figures> figures = kept.read(kind, "", asOf,
                communes.stream().map(Commune::getId).toList(), scope.isProvince(), true);
        Map<Long, QualityCounts> counts = new java.util.HashMap<>();
        figures.byCommune().forEach((commune, mine) -> counts.put(commune,
                mine.counts().marked(figures.provisional() && mine.counts().active() > 0)));
        return counts;
    }

    /** Whether the signed-in user may open the records of the commune for editing (the work list's links). */
    public boolean canFix(Commune commune) {
        return access.canEdit(commune.getId());
    }
}
