package vn.tayninh.dashboard.indicator;

/**
 * A target evaluated for a scope at a date. {@code value} is numerator / denominator (null for an empty
 * population, and for T9d, which counts courses); {@code requiredPath} is where the straight line from the
 * baseline to the 2030 target stands at the date; {@code gapPersons} is how many more people (or communes,
 * or courses) the target still needs.
 */
public record TargetResult(
        String code,
        Population population,
        TargetRule rule,
        long numerator,
        Long denominator,
        Double value,
        Double lowerBound,
        Double upperBound,
        Double baselineValue,
        Double requiredPath,
        Status status,
        Long gapPersons) {
}
