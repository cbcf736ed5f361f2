package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The status rules and the gap in persons of docs/indicators.md, on numbers small enough to check by hand. */
class TargetEvaluatorTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 6, 1);
    /** Half-way in days from the baseline to 31/12/2030. */
    private static final LocalDate HALF_WAY = LocalDate.of(2028, 9, 15);

    private static final Target T1 = new Target("T1", Population.ALL, TargetRule.ALL_OF, new BigDecimal("1.0000"), null, false);
    private static final Target T2 = new Target("T2", Population.ALL, TargetRule.AT_LEAST, new BigDecimal("0.2000"), null, false);
    private static final Target T6 = new Target("T6", Population.RATED, TargetRule.AT_LEAST, new BigDecimal("0.9000"), null, true);
    private static final Target T7C = new Target("T7c", Population.PLAN, TargetRule.BAND, new BigDecimal("0.0500"), new BigDecimal("0.1000"), false);
    private static final Target T7D = new Target("T7d", Population.PLAN, TargetRule.NONE, null, null, false);
    private static final Target T9D = new Target("T9d", Population.COURSES, TargetRule.COUNT, new BigDecimal("2.0000"), null, false);

    @Test
    void atLeastTargetGapIsTheSmallestNumberOfPeopleThatReachesIt() {
        // 15 of 100 postgraduates; 20 % needs 20: five more people
        TargetResult r = TargetEvaluator.evaluate(T2, 15, 100L, 0.15, BASELINE, BASELINE);
        assertThat(r.value()).isEqualTo(0.15);
        assertThat(r.gapPersons()).isEqualTo(5);
        assertThat(r.status()).isEqualTo(Status.ON_TRACK);
        // 20 % of 7 is 1.4: two people are needed, not one
        assertThat(TargetEvaluator.evaluate(T2, 0, 7L, 0.0, BASELINE, BASELINE).gapPersons()).isEqualTo(2);
        assertThat(TargetEvaluator.evaluate(T2, 2, 7L, 0.0, BASELINE, BASELINE).status()).isEqualTo(Status.MET);
        assertThat(TargetEvaluator.evaluate(T2, 2, 10L, 0.0, BASELINE, BASELINE))
                .satisfies(m -> {
                    assertThat(m.status()).isEqualTo(Status.MET);
                    assertThat(m.gapPersons()).isZero();
                });
    }

    @Test
    void requiredPathIsAStraightLineFromTheBaselineToTheDeadline() {
        // baseline 10 %, target 20 %: half-way the path stands at 15 %
        TargetResult ahead = TargetEvaluator.evaluate(T2, 16, 100L, 0.10, BASELINE, HALF_WAY);
        assertThat(ahead.requiredPath()).isCloseTo(0.15, within(0.001));
        assertThat(ahead.status()).isEqualTo(Status.ON_TRACK);
        assertThat(TargetEvaluator.evaluate(T2, 14, 100L, 0.10, BASELINE, HALF_WAY).status()).isEqualTo(Status.BEHIND);
        // after the deadline a target that is not met is not met
        assertThat(TargetEvaluator.evaluate(T2, 19, 100L, 0.10, BASELINE, LocalDate.of(2031, 1, 1)).status())
                .isEqualTo(Status.NOT_MET);
        // without a frozen baseline there is no path: not met means behind
        assertThat(TargetEvaluator.evaluate(T2, 19, 100L, null, null, HALF_WAY).status()).isEqualTo(Status.BEHIND);
    }

    @Test
    void allOfTargetNeedsEveryone() {
        TargetResult r = TargetEvaluator.evaluate(T1, 97, 98L, 0.99, BASELINE, HALF_WAY);
        assertThat(r.gapPersons()).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.BEHIND);
        assertThat(TargetEvaluator.evaluate(T1, 98, 98L, 0.99, BASELINE, HALF_WAY).status()).isEqualTo(Status.MET);
    }

    @Test
    void annualTargetIsMetOrNotMetForItsYear() {
        assertThat(TargetEvaluator.evaluate(T6, 89, 100L, 0.5, BASELINE, BASELINE).status()).isEqualTo(Status.NOT_MET);
        assertThat(TargetEvaluator.evaluate(T6, 89, 100L, 0.5, BASELINE, BASELINE).gapPersons()).isEqualTo(1);
        assertThat(TargetEvaluator.evaluate(T6, 90, 100L, 0.5, BASELINE, BASELINE).status()).isEqualTo(Status.MET);
    }

    @Test
    void bandIsMetInsideAndJudgedLikeAtLeastBelow() {
        assertThat(TargetEvaluator.evaluate(T7C, 5, 100L, 0.03, BASELINE, HALF_WAY).status()).isEqualTo(Status.MET);
        assertThat(TargetEvaluator.evaluate(T7C, 10, 100L, 0.03, BASELINE, HALF_WAY).status()).isEqualTo(Status.MET);
        TargetResult below = TargetEvaluator.evaluate(T7C, 4, 100L, 0.03, BASELINE, HALF_WAY);
        assertThat(below.status()).isEqualTo(Status.ON_TRACK); // path half-way from 3 % to 5 % is 4 %
        assertThat(below.gapPersons()).isEqualTo(1);
        TargetResult above = TargetEvaluator.evaluate(T7C, 11, 100L, 0.03, BASELINE, HALF_WAY);
        assertThat(above.status()).isEqualTo(Status.BEHIND);
        assertThat(above.gapPersons()).isZero();
    }

    @Test
    void emptyPopulationGivesNoDataAndNoTargetIsNeverJudged() {
        TargetResult empty = TargetEvaluator.evaluate(T2, 0, 0L, 0.1, BASELINE, HALF_WAY);
        assertThat(empty.status()).isEqualTo(Status.NO_DATA);
        assertThat(empty.value()).isNull();
        assertThat(empty.gapPersons()).isNull();
        TargetResult shown = TargetEvaluator.evaluate(T7D, 3, 40L, null, BASELINE, HALF_WAY);
        assertThat(shown.status()).isEqualTo(Status.NO_TARGET);
        assertThat(shown.value()).isEqualTo(0.075);
        assertThat(shown.gapPersons()).isNull();
    }

    @Test
    void courseCountIsJudgedAgainstThePeriod() {
        assertThat(TargetEvaluator.evaluate(T9D, 2, null, null, null, HALF_WAY).status()).isEqualTo(Status.MET);
        TargetResult one = TargetEvaluator.evaluate(T9D, 1, null, null, null, LocalDate.of(2027, 1, 1));
        assertThat(one.status()).isEqualTo(Status.ON_TRACK); // 2 × 20 % of the period = 0.4 courses due
        assertThat(one.gapPersons()).isEqualTo(1);
        assertThat(TargetEvaluator.evaluate(T9D, 0, null, null, null, LocalDate.of(2027, 1, 1)).status())
                .isEqualTo(Status.BEHIND);
        assertThat(TargetEvaluator.evaluate(T9D, 1, null, null, null, LocalDate.of(2031, 1, 1)).status())
                .isEqualTo(Status.NOT_MET);
    }
}
