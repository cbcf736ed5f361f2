package vn.tayninh.dashboard.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.position.Position;

/**
 * Head counts of the cadre structure form (biểu số lượng, chất lượng cán bộ chủ chốt cấp xã): per commune, one
 * {@link Tally} per title held and one for all active cadres. A cadre holding two titles is in both titles' tallies
 * and once in the all-cadres tally. Counted by {@link IndicatorQueries#cadreStructure} with GROUP BY.
 */
public record CadreStructure(Map<Long, Map<Position, Tally>> byTitle, Map<Long, Tally> all) {

    /** Age bands at the as-of date, birthday counted; UNKNOWN without a birth date. */
    public static final List<String> AGE_BANDS = List.of("UNDER_30", "FROM_30_TO_39", "FROM_40_TO_49",
            "FROM_50_TO_59", "FROM_60", "UNKNOWN");
    /** Education levels, highest first; UNKNOWN when not recorded. */
    public static final List<String> EDUCATION = List.of("TIEN_SI", "THAC_SI", "DAI_HOC", "CAO_DANG", "TRUNG_CAP",
            "DUOI_TRUNG_CAP", "UNKNOWN");
    /** Political-theory levels, highest first; UNKNOWN when not recorded. */
    public static final List<String> THEORY = List.of("CU_NHAN_CAO_CAP", "TRUNG_CAP", "SO_CAP", "CHUA_CO", "UNKNOWN");

    /**
     * One row of the form. {@code minority}: a named ethnicity other than Kinh (unknown is not counted as a
     * minority). {@code ageYearsSum} and {@code withBirthDate} give the average age.
     */
    public record Tally(long total, long women, long men, long minority, Map<String, Long> ageBands,
                        long ageYearsSum, long withBirthDate, Map<String, Long> education, Map<String, Long> theory) {

        public static final Tally EMPTY = new Tally(0, 0, 0, 0, zeros(AGE_BANDS), 0, 0, zeros(EDUCATION), zeros(THEORY));

        /** The average age in years of those with a birth date, or null when none has one. */
        public Double averageAge() {
            return withBirthDate == 0 ? null : (double) ageYearsSum / withBirthDate;
        }

        public Tally plus(Tally other) {
            return new Tally(total + other.total, women + other.women, men + other.men, minority + other.minority,
                    add(ageBands, other.ageBands), ageYearsSum + other.ageYearsSum, withBirthDate + other.withBirthDate,
                    add(education, other.education), add(theory, other.theory));
        }

        private static Map<String, Long> add(Map<String, Long> a, Map<String, Long> b) {
            Map<String, Long> sum = new LinkedHashMap<>();
            a.forEach((k, v) -> sum.put(k, v + b.getOrDefault(k, 0L)));
            return sum;
        }

        private static Map<String, Long> zeros(List<String> keys) {
            Map<String, Long> map = new LinkedHashMap<>();
            keys.forEach(k -> map.put(k, 0L));
            return map;
        }
    }

    /** The tally of {@code position} over the communes given ({@link Tally#EMPTY} when none holds it). */
    public Tally title(Position position, java.util.Collection<Long> communeIds) {
        Tally sum = Tally.EMPTY;
        for (Long id : communeIds) {
            sum = sum.plus(byTitle.getOrDefault(id, Map.of()).getOrDefault(position, Tally.EMPTY));
        }
        return sum;
    }

    /** All active cadres over the communes given. */
    public Tally all(java.util.Collection<Long> communeIds) {
        Tally sum = Tally.EMPTY;
        for (Long id : communeIds) {
            sum = sum.plus(all.getOrDefault(id, Tally.EMPTY));
        }
        return sum;
    }
}
