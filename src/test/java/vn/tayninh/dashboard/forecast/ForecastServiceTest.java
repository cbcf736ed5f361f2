package vn.tayninh.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.HandMadeRoster;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.position.Position;

/**
 * The projection of a hand-made roster of nine cadres in Xã Hưng Điền from 22/11/2026 to 31/12/2030, every number
 * counted by hand (docs/forecast.md). Retiring by 31/12/2030: the worked examples (a man born 15/03/1966, a woman born
 * 10/07/1970) and a woman born 31/08/1972, who retires on that very day, while a man born the same day stays. A degree
 * ending on the date and one ending the day before count; a political-theory course ending the day after does not. A
 * woman born 31/12/1988 turns 42 on the date and is no longer young; a man born a day later still is. Two records
 * without gender or birth date are never retired.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithUserDetails("bantochuc")
class ForecastServiceTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate AS_OF = FixedClockConfig.TODAY;
    private static final LocalDate END_2030 = LocalDate.of(2030, 12, 31);
    static final String HUNG_DIEN = "xa-hung-dien";

    @Autowired
    ForecastService forecasts;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    @BeforeEach
    void roster() {
        Commune commune = communes.findByCode(HUNG_DIEN).orElseThrow();
        Cadre one = cadre(commune, "Nguyễn Văn Một", Gender.NAM, LocalDate.of(1966, 3, 15), Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP); // retires 15/12/2027
        HandMadeRoster.hold(em, one, MERGER, Position.BI_THU, Position.BCH);
        Cadre two = cadre(commune, "Trần Thị Hai", Gender.NU, LocalDate.of(1970, 7, 10), Education.THAC_SI,
                PoliticalTheory.CU_NHAN_CAO_CAP); // retires 10/11/2027
        vn.tayninh.dashboard.HandMadeRoster.planned(em, two, "PLAN", "PCT_UBND", MERGER);
        HandMadeRoster.hold(em, two, MERGER, Position.BCH);
        Cadre three = cadre(commune, "Lê Văn Ba", Gender.NAM, LocalDate.of(1969, 5, 20), Education.CAO_DANG,
                PoliticalTheory.SO_CAP); // retires 20/05/2031: stays
        three.setStudy(Education.DAI_HOC, END_2030);
        three.setLlctStudy(PoliticalTheory.TRUNG_CAP, END_2030.plusDays(1));
        HandMadeRoster.hold(em, three, MERGER, Position.CT_UBND);
        Cadre four = cadre(commune, "Phạm Thị Bốn", Gender.NU, LocalDate.of(1988, 12, 31), Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP);
        four.setStudy(Education.THAC_SI, END_2030.minusDays(1));
        vn.tayninh.dashboard.HandMadeRoster.planned(em, four, "PLAN", "BTV", MERGER);
        HandMadeRoster.hold(em, four, MERGER, Position.BCH);
        Cadre five = cadre(commune, "Võ Văn Năm", Gender.NAM, LocalDate.of(1989, 1, 1), Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, five, "PLAN", "BTV", MERGER);
        HandMadeRoster.hold(em, five, MERGER, Position.BCH);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, cadre(commune, "Đặng Thị Sáu", Gender.NU, LocalDate.of(1972, 8, 31), Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP), "PLAN", "PCT_HDND", MERGER); // retires 31/12/2030
        vn.tayninh.dashboard.HandMadeRoster.planned(em, cadre(commune, "Đặng Văn Bảy", Gender.NAM, LocalDate.of(1973, 8, 31), Education.DAI_HOC,
                PoliticalTheory.TRUNG_CAP), "PLAN", "CT_HDND", MERGER); // retires 31/08/2035: serves the term 2030-2035
        cadre(commune, "Hồ Tám", null, LocalDate.of(1950, 1, 1), Education.DAI_HOC, PoliticalTheory.TRUNG_CAP);
        cadre(commune, "Huỳnh Văn Chín", Gender.NAM, null, Education.THAC_SI, PoliticalTheory.TRUNG_CAP);
        em.flush();
    }

    @Test
    void everyProjectedTargetOfTheCommuneCountedByHand() {
        Forecast forecast = forecasts.forecast(Scope.commune(HUNG_DIEN), END_2030, AS_OF);
        assertThat(forecast.unprojectable()).isEqualTo(2);
        Map<String, Forecast.TargetForecast> t = forecast.targets().stream()
                .collect(Collectors.toMap(Forecast.TargetForecast::code, Function.identity()));
        assertThat(t).doesNotContainKeys("T6", "T9d");

        // university: Ba reaches it on the date itself
        expect(t.get("T1"), 8, 9, 6, 6, Status.MET, 0, 3, 3, 1, 0);
        assertThat(t.get("T1").today().status()).isEqualTo(Status.BEHIND);
        assertThat(t.get("T1").today().gapPersons()).isEqualTo(1);
        // postgraduate: Bốn finishes the day before the date
        expect(t.get("T2"), 2, 9, 2, 6, Status.MET, 0, 1, 3, 1, 0);
        // leaders: Ba's course ends the day after, so he still falls short
        expect(t.get("T3"), 1, 2, 0, 1, Status.BEHIND, 1, 1, 1, 0, 0);
        expect(t.get("T4"), 3, 3, 1, 1, Status.MET, 0, 2, 2, 0, 0);
        expect(t.get("T5"), 7, 9, 4, 6, Status.BEHIND, 2, 3, 3, 0, 0);
        // young in the planning pool: Bốn turns 42 on the date, Năm a day later
        expect(t.get("T7a"), 2, 5, 1, 3, Status.MET, 0, 0, 2, 0, 1);
        expect(t.get("T7b"), 3, 5, 1, 3, Status.MET, 0, 2, 2, 0, 0);
        expect(t.get("T8a"), 2, 4, 1, 2, Status.MET, 0, 0, 2, 0, 1);
        expect(t.get("T8c"), 2, 4, 1, 2, Status.MET, 0, 1, 2, 0, 0);
        // the commune's only women in the key-title pool retire: it no longer has one
        expect(t.get("T7e"), 1, 1, 0, 1, Status.BEHIND, 1, 1, 0, 0, 0);
        expect(t.get("T8d"), 0, 1, 0, 1, Status.BEHIND, 1, 0, 0, 0, 0);

        assertThat(t.get("T1").yearly()).extracting(Forecast.Point::date, Forecast.Point::numerator,
                Forecast.Point::denominator).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 31), 8L, 9L),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 12, 31), 6L, 7L),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 12, 31), 6L, 7L),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2029, 12, 31), 6L, 7L),
                org.assertj.core.groups.Tuple.tuple(END_2030, 6L, 6L));
    }

    @Test
    void theDayBeforeTheFortySecondBirthdayAndTheLastDayOfACourse() {
        // at 30/12/2030 Bốn is still young and her degree is done; Ba's degree is not; Sáu has not yet retired
        Forecast forecast = forecasts.forecast(Scope.commune(HUNG_DIEN), END_2030.minusDays(1), AS_OF);
        Map<String, Forecast.TargetForecast> t = forecast.targets().stream()
                .collect(Collectors.toMap(Forecast.TargetForecast::code, Function.identity()));
        expect(t.get("T1"), 8, 9, 6, 7, Status.BEHIND, 1, 2, 2, 0, 0);
        expect(t.get("T2"), 2, 9, 2, 7, Status.MET, 0, 1, 2, 1, 0);
        // Sáu has not retired on 30/12/2030, but retires the next day, before the term 2030-2035 she is planned for
        // ends: the projection does not keep her entry
        expect(t.get("T7a"), 2, 5, 2, 3, Status.MET, 0, 0, 1, 0, 0);
    }

    @Test
    void theCadresBehindTheNumbersForTheBoard() {
        Scope commune = Scope.commune(HUNG_DIEN);
        assertThat(forecasts.movingCadres("T1", commune, END_2030, AS_OF)).extracting(m -> m.member().fullName(),
                m -> m.member().leaves(), m -> m.member().trained(), ForecastService.MovingCadre::retirementDate)
                // in the order of the Vietnamese alphabet: Đ after D, before L
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Đặng Thị Sáu", true, false, END_2030),
                        org.assertj.core.groups.Tuple.tuple("Lê Văn Ba", false, true, LocalDate.of(2031, 5, 20)),
                        org.assertj.core.groups.Tuple.tuple("Nguyễn Văn Một", true, false, LocalDate.of(2027, 12, 15)),
                        org.assertj.core.groups.Tuple.tuple("Trần Thị Hai", true, false, LocalDate.of(2027, 11, 10)));
        // young in the planning pool: two retire, Bốn turns 42 on the date
        assertThat(forecasts.movingCadres("T7a", commune, END_2030, AS_OF)).extracting(m -> m.member().fullName(),
                m -> m.member().agedOut()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Đặng Thị Sáu", false),
                org.assertj.core.groups.Tuple.tuple("Phạm Thị Bốn", true),
                org.assertj.core.groups.Tuple.tuple("Trần Thị Hai", false));
    }

    @Test
    @WithUserDetails("lanhdao")
    void onlyTheBoardListsTheCadres() {
        assertThatThrownBy(() -> forecasts.movingCadres("T1", Scope.commune(HUNG_DIEN), END_2030, AS_OF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void retirementsPerYearAndTitle() {
        ForecastService.Retirements retirements = forecasts.retirements(Scope.commune(HUNG_DIEN), AS_OF);
        assertThat(retirements.total()).containsExactly(Map.entry(2026, 0L), Map.entry(2027, 2L), Map.entry(2028, 0L),
                Map.entry(2029, 0L), Map.entry(2030, 1L));
        assertThat(retirements.byYearAndTitle().get(2027)).containsEntry("BI_THU", 1L).containsEntry("BCH", 2L)
                .containsEntry("CT_UBND", 0L);
        assertThat(retirements.byYearAndTitle().get(2030).values()).containsOnly(0L);
    }

    @Test
    @WithUserDetails("phuong-tan-ninh")
    void aCommuneEditorSeesOnlyTheirOwnCommune() {
        assertThatThrownBy(() -> forecasts.forecast(Scope.commune(HUNG_DIEN), END_2030, AS_OF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> forecasts.retirements(Scope.province(), AS_OF))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(forecasts.forecast(Scope.commune("phuong-tan-ninh"), END_2030, AS_OF).unprojectable()).isZero();
    }

    private static void expect(Forecast.TargetForecast t, long x, long n, long projectedX, long projectedN,
                               Status projectedStatus, long projectedGap, long retiringX, long retiringN, long trained,
                               long agedOut) {
        assertThat(new long[] {t.today().numerator(), t.today().denominator(), t.projected().numerator(),
                t.projected().denominator(), t.projected().gapPersons(), t.retiringNumerator(), t.retiringDenominator(),
                t.trained(), t.agedOut()}).as(t.code()).containsExactly(x, n, projectedX, projectedN, projectedGap,
                retiringX, retiringN, trained, agedOut);
        assertThat(t.projected().status()).as(t.code()).isEqualTo(projectedStatus);
    }

    private Cadre cadre(Commune commune, String name, Gender gender, LocalDate birth, Education education,
                        PoliticalTheory theory) {
        return HandMadeRoster.cadre(em, commune, name, MERGER, gender, birth, "Kinh", education, theory, false);
    }
}
