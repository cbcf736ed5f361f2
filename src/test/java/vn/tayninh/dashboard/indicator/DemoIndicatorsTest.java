package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.position.Position;

/**
 * The engine reads the resolution's 2026 baseline back from the demo data, sums communes consistently, and shows the
 * months after the baseline (five monthly reporting dates before the tests' today, 22/11/2026) as a road with points
 * and a mix of statuses.
 */
@SpringBootTest(properties = {"app.demo-data=true", "app.demo-progress=true"})
@ActiveProfiles("test")
class DemoIndicatorsTest {

    private static final LocalDate BASELINE = LocalDate.of(2026, 6, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** The latest monthly reporting date of the demo before TODAY; the roster has not changed since. */
    private static final LocalDate LATEST = LocalDate.of(2026, 11, 1);

    @Autowired
    IndicatorEngine engine;
    @Autowired
    FreezeService freezes;

    @Test
    void positionsTableOfTheResolution() {
        // seats are dated: on 01/06/2026 they are the resolution's, whatever happened since
        Map<Position, Vacancy> seats = engine.vacancies(Scope.province(), BASELINE).stream()
                .collect(Collectors.toMap(Vacancy::position, v -> v));
        assertThat(seats.get(Position.BI_THU)).isEqualTo(new Vacancy(Position.BI_THU, 96, 96));
        assertThat(seats.get(Position.PHO_BI_THU_TT)).isEqualTo(new Vacancy(Position.PHO_BI_THU_TT, 96, 95));
        assertThat(seats.get(Position.CT_HDND)).isEqualTo(new Vacancy(Position.CT_HDND, 96, 96));
        assertThat(seats.get(Position.PCT_HDND)).isEqualTo(new Vacancy(Position.PCT_HDND, 96, 96));
        assertThat(seats.get(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 96, 96));
        assertThat(seats.get(Position.PCT_UBND)).isEqualTo(new Vacancy(Position.PCT_UBND, 230, 192));
        assertThat(seats.get(Position.BCH)).isEqualTo(new Vacancy(Position.BCH, 3006, 2513));
        assertThat(seats.get(Position.BTV)).isEqualTo(new Vacancy(Position.BTV, 1002, 996));
        assertThat(seats.get(Position.PCT_UBND).vacant()).isEqualTo(38);
        assertThat(seats.get(Position.BCH).vacant()).isEqualTo(493);
        assertThat(seats.get(Position.BTV).vacant()).isEqualTo(6);
    }

    @Test
    void universityAndPostgraduateSharesOfTheResolution() {
        Overview overview = engine.frozen(BASELINE, Scope.province());
        assertThat(Math.round(overview.target("T1").value() * 100)).isEqualTo(99);
        assertThat(Math.round(overview.target("T2").value() * 100)).isEqualTo(15);
        assertThat(overview.target("T1").denominator()).isEqualTo(overview.target("T2").denominator());
    }

    @Test
    void provinceTotalsAreSumsOverCommunes() {
        Overview overview = engine.overview(Scope.province(), TODAY, 2026);
        for (TargetResult province : overview.targets()) {
            if (province.code().equals("T9d")) {
                continue;
            }
            long x = overview.communes().stream().mapToLong(c -> c.target(province.code()).numerator()).sum();
            long n = overview.communes().stream().mapToLong(c -> c.target(province.code()).denominator()).sum();
            assertThat(province.numerator()).as(province.code()).isEqualTo(x);
            assertThat(province.denominator()).as(province.code()).isEqualTo(n);
        }
        for (Vacancy seat : overview.vacancies()) {
            int filled = overview.communes().stream().mapToInt(c -> c.vacancies().stream()
                    .filter(v -> v.position() == seat.position()).findFirst().orElseThrow().filled()).sum();
            assertThat(seat.filled()).isEqualTo(filled);
        }
    }

    @Test
    void theBaselineIsFrozenAndEqualsTheFiguresAtItsDate() {
        assertThat(freezes.findAll()).extracting(ReportingFreeze::getAsOfDate).containsExactly(BASELINE,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), LATEST);
        assertThat(freezes.findAll()).allSatisfy(f -> assertThat(f.getRatingYear()).isEqualTo(2025));
        Overview atBaseline = engine.frozen(BASELINE, Scope.province());
        for (TargetResult t : atBaseline.targets()) {
            if (t.value() != null) {
                assertThat(t.baselineValue()).as(t.code()).isEqualTo(t.value());
            }
            if (t.rule() != TargetRule.NONE && !t.code().equals("T6") && !t.code().equals("T9d")) {
                assertThat(t.status()).as(t.code()).isIn(Status.ON_TRACK, Status.MET);
            }
        }
        Road road = engine.road("T2", Scope.province(), TODAY, null);
        assertThat(road.baseline().date()).isEqualTo(BASELINE);
        assertThat(road.baseline().value()).isEqualTo(atBaseline.target("T2").value());
        assertThat(road.targetValue()).isEqualTo(0.20);
        assertThat(road.hasProjection()).isTrue();
    }

    @Test
    void theMonthsAfterTheBaselineShowModestUnevenProgress() {
        Overview latest = engine.frozen(LATEST, Scope.province());
        Overview baseline = engine.frozen(BASELINE, Scope.province());
        SoftAssertions softly = new SoftAssertions();
        // a mix of statuses, not every target behind its path
        Map<Status, Long> statuses = latest.targets().stream()
                .collect(Collectors.groupingBy(TargetResult::status, java.util.TreeMap::new, Collectors.counting()));
        softly.assertThat(statuses).isEqualTo(Map.of(Status.MET, 1L, Status.ON_TRACK, 5L, Status.BEHIND, 10L,
                Status.NOT_MET, 1L, Status.NO_TARGET, 2L));
        softly.assertThat(latest.targets().stream().filter(t -> t.status() == Status.ON_TRACK).map(TargetResult::code))
                .containsExactly("T1", "T2", "T8a", "T9c", "T9d");
        // degrees obtained: the shares with a degree rose a little (T2 from 15,0 % to 16,1 %), fewer cadres
        softly.assertThat(new long[] {baseline.target("T1").numerator(), baseline.target("T1").denominator(),
                latest.target("T1").numerator(), latest.target("T1").denominator()}).containsExactly(8805, 8894, 8794, 8853);
        softly.assertThat(new long[] {baseline.target("T2").numerator(), latest.target("T2").numerator(),
                latest.target("T2").denominator()}).containsExactly(1334, 1424, 8853);
        // some communes improved their postgraduate share, others fell back (departures, no new degree)
        long up = 0;
        long down = 0;
        for (CommuneResults commune : latest.communes()) {
            double before = baseline.communes().stream()
                    .filter(c -> c.commune().getId().equals(commune.commune().getId()))
                    .findFirst().orElseThrow().target("T2").value();
            double after = commune.target("T2").value();
            up += after > before ? 1 : 0;
            down += after < before ? 1 : 0;
        }
        softly.assertThat(new long[] {up, down}).containsExactly(73, 6);
        // the road to 2030 has the baseline, a point per reporting date, and the live one
        Road road = engine.road("T2", Scope.province(), TODAY, null);
        softly.assertThat(road.frozen()).extracting(Road.Point::date).containsExactly(BASELINE,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 1), LATEST);
        softly.assertAll();
    }

    @Test
    void filteredScopesAreSumsOfTheirCommunes() {
        Scope border = Scope.province().withBorder(true);
        Overview overview = engine.overview(border, TODAY, null);
        assertThat(overview.communes()).hasSize(19);
        long x = overview.communes().stream().mapToLong(c -> c.target("T2").numerator()).sum();
        assertThat(overview.target("T2").numerator()).isEqualTo(x);
        assertThat(overview.target("T8d").denominator()).isEqualTo(19);
        // border communes are weaker on degrees than wards
        Overview wards = engine.overview(Scope.province().withType(CommuneType.PHUONG), TODAY, null);
        assertThat(overview.target("T2").value()).isLessThan(wards.target("T2").value());
    }

    @Test
    void breakdownsCountEveryMemberOfAPopulationOnce() {
        Breakdowns breakdowns = engine.breakdowns(Scope.province(), TODAY);
        Overview overview = engine.overview(Scope.province(), TODAY, null);
        for (Breakdowns.Dimension dimension : Breakdowns.Dimension.values()) {
            assertThat(sum(breakdowns.of(Population.ALL, dimension))).as(dimension.name())
                    .isEqualTo(overview.target("T1").denominator());
            assertThat(sum(breakdowns.of(Population.COMMITTEE, dimension))).as(dimension.name())
                    .isEqualTo(overview.target("T8a").denominator());
        }
        assertThat(breakdowns.of(Population.PLAN, Breakdowns.Dimension.GENDER).get("NU"))
                .isEqualTo(overview.target("T7b").numerator());
        assertThat(sum(breakdowns.of(Population.BTV, Breakdowns.Dimension.GENDER))).isEqualTo(
                overview.vacancies().stream().filter(v -> v.position() == Position.BTV).findFirst().orElseThrow().filled());
        assertThat(sum(engine.breakdowns(Scope.province(), BASELINE).of(Population.BTV, Breakdowns.Dimension.GENDER)))
                .isEqualTo(996);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void frozenFiguresAreShownAsFrozenAndRatingsPerYearMatchT6() {
        // the latest freeze, as the roster still stands: recounting its date gives its figures again
        Overview frozen = engine.frozen(LATEST, Scope.province());
        Overview recomputed = engine.overview(Scope.province(), LATEST, 2025);
        assertThat(frozen.ratingYear()).isEqualTo(2025);
        for (TargetResult t : recomputed.targets()) {
            assertThat(frozen.target(t.code()).numerator()).as(t.code()).isEqualTo(t.numerator());
            assertThat(frozen.target(t.code()).denominator()).as(t.code()).isEqualTo(t.denominator());
            assertThat(frozen.target(t.code()).status()).as(t.code()).isEqualTo(t.status());
        }
        assertThat(frozen.communes()).hasSize(96);

        Map<Integer, long[]> ratings = engine.ratingsByYear(Scope.province(), TODAY);
        assertThat(ratings).containsOnlyKeys(2025, 2026);
        TargetResult t6 = engine.overview(Scope.province(), TODAY, 2026).target("T6");
        assertThat(ratings.get(2026)).containsExactly(t6.denominator(), t6.numerator());
    }
}
