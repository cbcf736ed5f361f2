package vn.tayninh.dashboard.export;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Position;

/**
 * The standard statistics table (bảng thống kê): one row per commune and a total row, each with the engine's
 * head counts — cadres, women, ethnic minority, party-committee members, age bands, education and
 * political-theory levels — and the vacant seats of every title.
 */
public record StatisticsTable(ReportRequest request, String scopeText, String asOfText, List<Row> rows, Row total) {

    public static final List<String> AGE_BANDS = Breakdowns.AGE_BANDS;
    public static final List<String> EDUCATION_LEVELS = KeyCharts.EDUCATION_LEVELS;
    public static final List<String> THEORY_LEVELS = KeyCharts.THEORY_LEVELS;

    /** {@code code} is null for the total row. */
    public record Row(String code, String name, long cadres, long women, long minority, long committee,
                      Map<String, Long> ageBands, Map<String, Long> education, Map<String, Long> theory,
                      Map<Position, Integer> vacant) {

        static Row of(CommuneResults commune, Breakdowns breakdowns) {
            Map<String, Long> gender = breakdowns.of(Population.ALL, Dimension.GENDER);
            long cadres = gender.values().stream().mapToLong(Long::longValue).sum();
            long minority = breakdowns.of(Population.ALL, Dimension.ETHNICITY).entrySet().stream()
                    .filter(e -> isMinority(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            long committee = breakdowns.of(Population.COMMITTEE, Dimension.GENDER).values().stream()
                    .mapToLong(Long::longValue).sum();
            Map<Position, Integer> vacant = new EnumMap<>(Position.class);
            for (Vacancy v : commune.vacancies()) {
                vacant.put(v.position(), v.vacant());
            }
            return new Row(commune.commune().getCode(), commune.commune().getName(), cadres,
                    gender.getOrDefault("NU", 0L), minority, committee,
                    pick(breakdowns.of(Population.ALL, Dimension.AGE_BAND), AGE_BANDS),
                    pick(breakdowns.of(Population.ALL, Dimension.EDUCATION), EDUCATION_LEVELS),
                    pick(breakdowns.of(Population.ALL, Dimension.POLITICAL_THEORY), THEORY_LEVELS), vacant);
        }

        /** Summed counts of the rows: the total row, never an average of their percentages. */
        static Row sum(String name, List<Row> rows) {
            Map<Position, Integer> vacant = new EnumMap<>(Position.class);
            for (Position p : Position.values()) {
                vacant.put(p, rows.stream().mapToInt(r -> r.vacant().getOrDefault(p, 0)).sum());
            }
            return new Row(null, name, rows.stream().mapToLong(Row::cadres).sum(),
                    rows.stream().mapToLong(Row::women).sum(), rows.stream().mapToLong(Row::minority).sum(),
                    rows.stream().mapToLong(Row::committee).sum(), sum(rows, Row::ageBands, AGE_BANDS),
                    sum(rows, Row::education, EDUCATION_LEVELS), sum(rows, Row::theory, THEORY_LEVELS), vacant);
        }

        private static Map<String, Long> pick(Map<String, Long> counts, List<String> keys) {
            Map<String, Long> result = new LinkedHashMap<>();
            keys.forEach(k -> result.put(k, counts.getOrDefault(k, 0L)));
            return result;
        }

        private static Map<String, Long> sum(List<Row> rows, java.util.function.Function<Row, Map<String, Long>> part,
                                             List<String> keys) {
            Map<String, Long> result = new LinkedHashMap<>();
            keys.forEach(k -> result.put(k, rows.stream().mapToLong(r -> part.apply(r).getOrDefault(k, 0L)).sum()));
            return result;
        }
    }

    /** As the engine counts T7d and T8e: any named ethnicity other than Kinh. */
    static boolean isMinority(String ethnicity) {
        return ethnicity != null && !ethnicity.isBlank() && !"UNKNOWN".equals(ethnicity)
                && !"kinh".equalsIgnoreCase(ethnicity);
    }
}
