package vn.tayninh.dashboard.indicator;

import java.util.Map;

/**
 * Head counts of each population by education, political theory, age band, gender, ethnicity and bloc, and
 * by age band and gender together. Keys are the codes stored in the data ({@code DAI_HOC}, {@code NU}…),
 * {@code UNKNOWN} where the record has no value; ethnicity keys are the ethnic group's name.
 */
public record Breakdowns(Map<Population, Map<Dimension, Map<String, Long>>> counts,
                         Map<Population, Map<String, Map<String, Long>>> ageByGender) {

    public enum Dimension { EDUCATION, POLITICAL_THEORY, AGE_BAND, GENDER, ETHNICITY, BLOC }

    /** Age bands in display order. */
    public static final java.util.List<String> AGE_BANDS =
            java.util.List.of("UNDER_30", "FROM_30_TO_41", "FROM_42_TO_50", "FROM_51_TO_60", "OVER_60", "UNKNOWN");

    public Map<String, Long> of(Population population, Dimension dimension) {
        return counts.getOrDefault(population, Map.of()).getOrDefault(dimension, Map.of());
    }
}
