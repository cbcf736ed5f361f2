package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.AnnualRating;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.ApprovedSeat;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.training.ShortCourse;

/**
 * Every target on a hand-made roster of two communes (and a third without cadres), at 01/06/2026 with the
 * 2025 ratings. Each expected number below is counted by hand from the roster.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class IndicatorEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Autowired
    IndicatorEngine engine;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    private Commune hungDien;
    private Commune tanNinh;

    @BeforeEach
    void roster() {
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();

        // Xã Hưng Điền
        Cadre a1 = cadre(hungDien, "Nguyễn Văn An", Gender.NAM, LocalDate.of(1970, 1, 1), "Kinh", Education.THAC_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP, false);
        hold(a1, Position.BI_THU, Position.CT_HDND, Position.BCH, Position.BTV); // concurrent titles
        rate(a1, Rating.HTT);

        Cadre a2 = cadre(hungDien, "Thạch Thị Sa Rươne", Gender.NU, LocalDate.of(1984, 6, 1), "Khmer",
                Education.DAI_HOC, PoliticalTheory.SO_CAP, true); // turns 42 on the as-of date: not young
        hold(a2, Position.PCT_UBND, Position.BCH);
        rate(a2, Rating.HT);

        Cadre a3 = cadre(hungDien, "Lê Thị Bình", Gender.NU, LocalDate.of(1984, 6, 2), "Kinh", Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP, false); // turns 42 the day after: young
        vn.tayninh.dashboard.HandMadeRoster.planned(em, a3, "PLAN", "PCT_UBND", MERGER);
        hold(a3, Position.BTV); // a standing-committee seat counts as a committee member
        rate(a3, Rating.HTXS);

        Cadre a4 = cadre(hungDien, "Trần Văn Cường", Gender.NAM, null, "Kinh", Education.CAO_DANG, null, true);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, a4, "PLAN", "BCH", MERGER);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, a4, "SOURCE", null, MERGER);
        a4.setLlctAdvancedTrained(true);

        Cadre a5 = cadre(hungDien, "Danh Sóc", Gender.NU, LocalDate.of(1990, 1, 1), "Khmer", Education.THAC_SI,
                PoliticalTheory.TRUNG_CAP, true); // left before the as-of date
        PositionHolding seat = hold(a5, Position.BCH)[0];
        a5.leave(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        seat.end(LocalDate.of(2026, 5, 1), EndReason.TRANSFER);
        rate(a5, Rating.HTT);

        cadre(hungDien, "Phạm Văn Dũng", Gender.NAM, LocalDate.of(1995, 1, 1), "Kinh", Education.THAC_SI,
                PoliticalTheory.TRUNG_CAP, false).setStartDate(AS_OF.plusDays(1)); // not started yet

        // Phường Tân Ninh
        Cadre b1 = cadre(tanNinh, "Võ Minh Đức", Gender.NAM, LocalDate.of(1990, 1, 1), "Kinh", Education.TIEN_SI,
                PoliticalTheory.TRUNG_CAP, true);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, b1, "PLAN", "BI_THU", MERGER);
        hold(b1, Position.CT_UBND, Position.BCH);
        rate(b1, Rating.KHT);

        Cadre b2 = cadre(tanNinh, "Huỳnh Văn Em", Gender.NAM, LocalDate.of(1988, 3, 3), "Kinh", Education.DAI_HOC,
                PoliticalTheory.CHUA_CO, false);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, b2, "SOURCE", null, MERGER);
        hold(b2, Position.PCT_HDND)[0].end(AS_OF, EndReason.TRANSFER); // the end date is exclusive
        rate(b2, Rating.HTT);

        seats(hungDien, Map.of(Position.BI_THU, 1, Position.CT_HDND, 1, Position.PCT_UBND, 2, Position.BCH, 3,
                Position.BTV, 2));
        seats(tanNinh, Map.of(Position.CT_UBND, 1, Position.PCT_HDND, 1, Position.BCH, 2));
        em.persist(new ShortCourse("Lớp bồi dưỡng cán bộ trẻ", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10),
                "Tây Ninh", false, 40));
        em.flush();
    }

    @Test
    void provinceFiguresCountedByHand() {
        Overview province = engine.overview(Scope.province(), AS_OF, 2025);
        assertResult(province.target("T1"), 5, 6L, Status.BEHIND, 1L);
        assertResult(province.target("T2"), 2, 6L, Status.MET, 0L);
        assertResult(province.target("T3"), 2, 3L, Status.BEHIND, 1L);
        assertResult(province.target("T4"), 2, 2L, Status.MET, 0L);
        assertResult(province.target("T5"), 5, 6L, Status.BEHIND, 1L);
        assertResult(province.target("T6"), 3, 5L, Status.NOT_MET, 2L);
        assertResult(province.target("T7a"), 2, 3L, Status.MET, 0L);
        assertResult(province.target("T7b"), 1, 3L, Status.MET, 0L);
        assertResult(province.target("T7c"), 2, 3L, Status.BEHIND, 0L); // above the 5–10 % band
        assertResult(province.target("T7d"), 0, 3L, Status.NO_TARGET, null);
        assertResult(province.target("T7e"), 1, 96L, Status.BEHIND, 95L);
        assertResult(province.target("T8a"), 2, 4L, Status.MET, 0L);
        assertResult(province.target("T8b"), 2, 4L, Status.MET, 0L);
        assertResult(province.target("T8c"), 2, 4L, Status.MET, 0L);
        assertResult(province.target("T8d"), 1, 96L, Status.BEHIND, 95L);
        assertResult(province.target("T8e"), 1, 4L, Status.NO_TARGET, null);
        assertResult(province.target("T9a"), 1, 2L, Status.BEHIND, 1L);
        assertResult(province.target("T9c"), 0, 2L, Status.BEHIND, 1L);
        assertThat(province.target("T9d").numerator()).isEqualTo(1);
        assertThat(province.target("T9d").status()).isEqualTo(Status.ON_TRACK);
        assertThat(province.target("T9d").gapPersons()).isEqualTo(1);
    }

    @Test
    void theFortySecondBirthdayEndsYouthOnTheDay() {
        Overview nextDay = engine.overview(Scope.province(), AS_OF.plusDays(1), 2025);
        assertThat(nextDay.target("T7a").numerator()).isEqualTo(1); // a3 is 42 now
        assertThat(nextDay.target("T8a").numerator()).isEqualTo(1);
        // the cadre who starts on 02/06 now counts
        assertThat(nextDay.target("T1").denominator()).isEqualTo(7);
    }

    @Test
    void oneCommuneAndACommuneWithoutCadres() {
        Overview tan = engine.overview(Scope.commune("phuong-tan-ninh"), AS_OF, 2025);
        assertResult(tan.target("T1"), 2, 2L, Status.MET, 0L);
        assertResult(tan.target("T3"), 1, 1L, Status.MET, 0L); // b2's vice-chair title ended on the as-of date
        assertResult(tan.target("T7e"), 0, 1L, Status.BEHIND, 1L);
        assertResult(tan.target("T8d"), 0, 1L, Status.BEHIND, 1L);
        assertResult(tan.target("T8a"), 1, 1L, Status.MET, 0L);

        Overview empty = engine.overview(Scope.commune("xa-vinh-thanh"), AS_OF, 2025);
        for (TargetResult t : empty.targets()) {
            switch (t.code()) {
                case "T7e", "T8d" -> assertResult(t, 0, 1L, Status.BEHIND, 1L);
                case "T9d" -> assertThat(t.numerator()).isEqualTo(1);
                default -> {
                    assertThat(t.status()).as(t.code()).isEqualTo(Status.NO_DATA);
                    assertThat(t.value()).as(t.code()).isNull();
                    assertThat(t.denominator()).as(t.code()).isZero();
                }
            }
        }
    }

    @Test
    void provinceTotalsEqualTheSumsOverCommunes() {
        Overview province = engine.overview(Scope.province(), AS_OF, 2025);
        assertThat(province.communes()).hasSize(96);
        for (TargetResult total : province.targets()) {
            if (total.denominator() == null) {
                continue;
            }
            assertThat(province.communes().stream().mapToLong(c -> c.target(total.code()).numerator()).sum())
                    .as(total.code()).isEqualTo(total.numerator());
            assertThat(province.communes().stream().mapToLong(c -> c.target(total.code()).denominator()).sum())
                    .as(total.code()).isEqualTo(total.denominator());
        }
        assertThat(province.communes().stream().filter(c -> c.commune().getCode().equals("xa-hung-dien"))
                .findFirst().orElseThrow().target("T7e").status()).isEqualTo(Status.MET);
    }

    @Test
    void vacanciesFollowHoldingsOfActiveCadres() {
        Map<Position, Vacancy> hung = engine.vacancies(Scope.commune("xa-hung-dien"), AS_OF).stream()
                .collect(Collectors.toMap(Vacancy::position, v -> v));
        assertThat(hung.get(Position.BI_THU)).isEqualTo(new Vacancy(Position.BI_THU, 1, 1));
        assertThat(hung.get(Position.PCT_UBND)).isEqualTo(new Vacancy(Position.PCT_UBND, 2, 1));
        assertThat(hung.get(Position.BCH)).isEqualTo(new Vacancy(Position.BCH, 3, 2)); // a5 left
        assertThat(hung.get(Position.BTV)).isEqualTo(new Vacancy(Position.BTV, 2, 2));
        assertThat(hung.get(Position.CT_UBND)).isEqualTo(new Vacancy(Position.CT_UBND, 0, 0));

        Map<Position, Vacancy> province = engine.vacancies(Scope.province(), AS_OF).stream()
                .collect(Collectors.toMap(Vacancy::position, v -> v));
        assertThat(province.get(Position.PCT_HDND)).isEqualTo(new Vacancy(Position.PCT_HDND, 1, 0));
        assertThat(province.get(Position.PCT_HDND).vacant()).isEqualTo(1);
        assertThat(province.get(Position.BCH)).isEqualTo(new Vacancy(Position.BCH, 5, 3));
    }

    @Test
    void breakdownsCountEachPopulation() {
        Breakdowns breakdowns = engine.breakdowns(Scope.province(), AS_OF);
        assertThat(breakdowns.of(Population.ALL, Breakdowns.Dimension.EDUCATION)).containsExactlyInAnyOrderEntriesOf(
                Map.of("THAC_SI", 1L, "TIEN_SI", 1L, "DAI_HOC", 3L, "CAO_DANG", 1L));
        assertThat(breakdowns.of(Population.COMMITTEE, Breakdowns.Dimension.GENDER))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NAM", 2L, "NU", 2L));
        assertThat(breakdowns.of(Population.LEADERS, Breakdowns.Dimension.POLITICAL_THEORY))
                .containsExactlyInAnyOrderEntriesOf(Map.of("CU_NHAN_CAO_CAP", 1L, "SO_CAP", 1L, "TRUNG_CAP", 1L));
        assertThat(breakdowns.of(Population.ALL, Breakdowns.Dimension.AGE_BAND)).containsExactlyInAnyOrderEntriesOf(
                Map.of("FROM_30_TO_41", 3L, "FROM_42_TO_50", 1L, "FROM_51_TO_60", 1L, "UNKNOWN", 1L));
        assertThat(breakdowns.of(Population.ALL, Breakdowns.Dimension.ETHNICITY))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Kinh", 5L, "Khmer", 1L));
        assertThat(breakdowns.ageByGender().get(Population.ALL).get("FROM_30_TO_41"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NU", 1L, "NAM", 2L));
        assertThat(breakdowns.of(Population.SOURCE, Breakdowns.Dimension.BLOC))
                .containsExactlyInAnyOrderEntriesOf(Map.of("NHA_NUOC", 2L));
    }

    private static void assertResult(TargetResult r, long x, Long n, Status status, Long gap) {
        assertThat(r.numerator()).as(r.code() + " x").isEqualTo(x);
        assertThat(r.denominator()).as(r.code() + " n").isEqualTo(n);
        assertThat(r.status()).as(r.code() + " status").isEqualTo(status);
        assertThat(r.gapPersons()).as(r.code() + " gap").isEqualTo(gap);
        if (n != null && n > 0) {
            assertThat(r.value()).as(r.code() + " value").isEqualTo((double) x / n);
        }
    }

    private Cadre cadre(Commune commune, String name, Gender gender, LocalDate birth, String ethnicity,
                        Education education, PoliticalTheory theory, boolean stem) {
        return HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, ethnicity, education, theory, stem);
    }

    private PositionHolding[] hold(Cadre cadre, Position... positions) {
        return HandMadeRoster.hold(em, cadre, MERGER, positions);
    }

    private void rate(Cadre cadre, Rating rating) {
        em.persist(new AnnualRating(cadre, 2025, rating));
    }

    private void seats(Commune commune, Map<Position, Integer> seats) {
        seats.forEach((position, n) -> em.persist(new ApprovedSeat(commune, position, n)));
    }
}
