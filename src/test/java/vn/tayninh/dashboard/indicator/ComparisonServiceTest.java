package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.EndReason;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.SystemUser;

/**
 * Two reporting dates compared on a hand-made roster of two communes (the 94 others empty), frozen on 15/01/2026
 * and 01/09/2026, and live on 22/11/2026. Every expected number is counted by hand in the comments.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ComparisonServiceTest {

    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 15);
    private static final LocalDate SECOND = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = FixedClockConfig.TODAY;

    @Autowired
    ComparisonService comparisons;
    @Autowired
    IndicatorEngine engine;
    @Autowired
    FreezeService freezes;
    @Autowired
    CommuneService communes;
    @Autowired
    EntityManager em;

    private Cadre h2;

    /*
     * Xã Hưng Điền: h1 master's (all along), h2 university (all along), h3 university (left 01/05/2026),
     *               h4 doctorate, a woman in the key-title planning pool (from 01/03/2026),
     *               h5 below secondary (from 01/08/2026).
     * Phường Tân Ninh: t1 university (all along), t2 college (left 01/06/2026), t3 master's (from 01/10/2026).
     *
     *            Hưng Điền                Tân Ninh          province
     * 15/01      h1 h2 h3: T2 1/3, T1 3/3  t1 t2: 0/2, 1/2   T2 1/5, T1 4/5
     * 01/09      h1 h2 h4 h5: 2/4, 3/4     t1: 0/1, 1/1      T2 2/5, T1 4/5
     * 22/11      the same: 2/4, 3/4        t1 t3: 1/2, 2/2   T2 3/6, T1 5/6
     */
    @BeforeEach
    void roster() {
        Commune hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        Commune tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        cadre(hungDien, "Nguyễn Văn An", Education.THAC_SI, MERGER, null);
        h2 = cadre(hungDien, "Lê Văn Bình", Education.DAI_HOC, MERGER, null);
        cadre(hungDien, "Trần Văn Cường", Education.DAI_HOC, MERGER, LocalDate.of(2026, 5, 1));
        Cadre h4 = cadre(hungDien, "Lê Thị Dung", Education.TIEN_SI, LocalDate.of(2026, 3, 1), null);
        h4.setGender(Gender.NU);
        vn.tayninh.dashboard.HandMadeRoster.planned(em, h4, "PLAN", "PCT_UBND", LocalDate.of(2026, 3, 1));
        cadre(hungDien, "Phạm Văn Em", Education.DUOI_TRUNG_CAP, LocalDate.of(2026, 8, 1), null);
        cadre(tanNinh, "Võ Minh Đức", Education.DAI_HOC, MERGER, null);
        cadre(tanNinh, "Huỳnh Văn Giang", Education.CAO_DANG, MERGER, LocalDate.of(2026, 6, 1));
        cadre(tanNinh, "Danh Sóc", Education.THAC_SI, LocalDate.of(2026, 10, 1), null);
        em.flush();
        SystemUser.call(() -> freezes.freeze(FIRST, null, "Đầu năm"));
        SystemUser.call(() -> freezes.freeze(SECOND, null, "Quý III"));
    }

    @Test
    void twoFreezesComparedWithEveryCommunesContribution() {
        Comparison comparison = comparisons.compare(Scope.province(), FIRST, SECOND);
        assertThat(comparison.from()).isEqualTo(new Comparison.Side(FIRST, true, 2026));
        assertThat(comparison.to()).isEqualTo(new Comparison.Side(SECOND, true, 2026));

        // T2: 1/5 = 20 % → 2/5 = 40 %, +20 points. p_from = 0.2, N_to = 5.
        Comparison.Change t2 = comparison.target("T2");
        assertFigure(t2.from(), 1, 5);
        assertFigure(t2.to(), 2, 5);
        assertThat(t2.changePoints()).isCloseTo(20.0, within(1e-9));
        // Hưng Điền: ((2 − 1) − 0.2 × (4 − 3)) / 5 = 0.16; Tân Ninh: ((0 − 0) − 0.2 × (1 − 2)) / 5 = 0.04
        assertContribution(t2, "xa-hung-dien", 1, 3, 2, 4, 16.0);
        assertContribution(t2, "phuong-tan-ninh", 0, 2, 0, 1, 4.0);
        assertThat(t2.risers(5)).extracting(c -> c.commune().getCode())
                .containsExactly("xa-hung-dien", "phuong-tan-ninh");
        assertThat(t2.fallers(5)).isEmpty();

        // T1: 4/5 → 4/5, no change: Hưng Điền ((3 − 3) − 0.8 × (4 − 3)) / 5 = −0.16, Tân Ninh (0 + 0.8) / 5 = +0.16
        Comparison.Change t1 = comparison.target("T1");
        assertThat(t1.changePoints()).isCloseTo(0.0, within(1e-9));
        assertContribution(t1, "xa-hung-dien", 3, 3, 3, 4, -16.0);
        assertContribution(t1, "phuong-tan-ninh", 1, 2, 1, 1, 16.0);
        assertThat(t1.risers(5)).extracting(c -> c.commune().getCode()).containsExactly("phuong-tan-ninh");
        assertThat(t1.fallers(5)).singleElement().satisfies(c -> {
            assertThat(c.commune().getCode()).isEqualTo("xa-hung-dien");
            assertThat(c.persons()).isZero();
        });
        // on the path from the baseline 80 % (15/01/2026) to 100 % (2030) at first, below it by 01/09
        assertThat(t1.from().status()).isEqualTo(Status.ON_TRACK);
        assertThat(t1.to().status()).isEqualTo(Status.BEHIND);
        assertThat(t1.statusChanged()).isTrue();

        // T7e counts communes: 0 of 96 → 1 of 96 (Hưng Điền gains a woman in the key-title pool): 1/96 of 100 points
        Comparison.Change t7e = comparison.target("T7e");
        assertFigure(t7e.from(), 0, 96);
        assertFigure(t7e.to(), 1, 96);
        assertThat(t7e.contributions()).hasSize(96);
        assertContribution(t7e, "xa-hung-dien", 0, 1, 1, 1, 100.0 / 96);

        // T9d counts courses: no points, no communes
        Comparison.Change t9d = comparison.target("T9d");
        assertThat(t9d.changePoints()).isNull();
        assertThat(t9d.changeCount()).isZero();
        assertThat(t9d.contributions()).isEmpty();

        // an empty population has no value, so no change either
        Comparison.Change t3 = comparison.target("T3");
        assertThat(t3.from().value()).isNull();
        assertThat(t3.changePoints()).isNull();
        assertThat(t3.contributions()).isEmpty();
    }

    @Test
    void aFreezeComparedWithLiveFigures() {
        Comparison comparison = comparisons.compare(Scope.province(), SECOND, null);
        assertThat(comparison.to()).isEqualTo(new Comparison.Side(TODAY, false, 2026));
        // T2: 2/5 → 3/6, +10 points; Tân Ninh ((1 − 0) − 0.4 × (2 − 1)) / 6 = 0.1, Hưng Điền 0
        Comparison.Change t2 = comparison.target("T2");
        assertFigure(t2.to(), 3, 6);
        assertThat(t2.changePoints()).isCloseTo(10.0, within(1e-9));
        assertContribution(t2, "phuong-tan-ninh", 0, 1, 1, 2, 10.0);
        assertContribution(t2, "xa-hung-dien", 2, 4, 2, 4, 0.0);
        assertThat(t2.risers(5)).singleElement().satisfies(c -> assertThat(c.persons()).isEqualTo(1));

        // the live side is the engine's figure today, as /api/v1/indicators answers it
        List<TargetResult> live = engine.evaluate(Scope.province(), TODAY, null);
        assertThat(comparison.targets()).extracting(Comparison.Change::to).containsExactlyElementsOf(live);
    }

    @Test
    void contributionsAddUpToTheChangeForEveryTargetAndScope() {
        for (Scope scope : List.of(Scope.province(), Scope.commune("xa-hung-dien"),
                Scope.province().withFormerProvince("Tây Ninh"))) {
            for (LocalDate[] dates : new LocalDate[][] {{FIRST, SECOND}, {FIRST, null}, {SECOND, null},
                    {LocalDate.of(2026, 2, 1), LocalDate.of(2026, 10, 15)}}) {
                for (Comparison.Change change : comparisons.compare(scope, dates[0], dates[1]).targets()) {
                    if (change.changePoints() == null) {
                        assertThat(change.contributions()).isEmpty();
                        continue;
                    }
                    double sum = change.contributions().stream().mapToDouble(Comparison.Contribution::points).sum();
                    assertThat(sum).as(scope + " " + dates[0] + " " + dates[1] + " " + change.code())
                            .isCloseTo(change.changePoints(), within(1e-9));
                    assertThat(change.changePoints()).isCloseTo(
                            (change.to().value() - change.from().value()) * 100, within(1e-12));
                }
            }
        }
    }

    @Test
    void frozenSidesShowTheFrozenFiguresEvenAfterALateCorrection() {
        // recorded later: h2 has had a master's degree all along; frozen figures never change
        h2.setEducation(Education.THAC_SI);
        em.flush();
        Comparison frozen = comparisons.compare(Scope.province(), FIRST, SECOND);
        assertThat(frozen.targets()).extracting(Comparison.Change::from)
                .containsExactlyElementsOf(engine.frozen(FIRST, Scope.province()).targets());
        assertThat(frozen.targets()).extracting(Comparison.Change::to)
                .containsExactlyElementsOf(engine.frozen(SECOND, Scope.province()).targets());
        assertFigure(frozen.target("T2").from(), 1, 5);

        // a date that was never frozen is counted at that date, with the correction: 2/5 on 16/01
        Comparison counted = comparisons.compare(Scope.province(), FIRST.plusDays(1), SECOND);
        assertThat(counted.from()).isEqualTo(new Comparison.Side(FIRST.plusDays(1), false, 2026));
        assertFigure(counted.target("T2").from(), 2, 5);
        assertThat(counted.targets()).extracting(Comparison.Change::from)
                .containsExactlyElementsOf(engine.evaluate(Scope.province(), FIRST.plusDays(1), null));
    }

    @Test
    void datesOutOfOrderOrInTheFutureAreRefused() {
        assertThatThrownBy(() -> comparisons.compare(Scope.province(), SECOND, FIRST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comparisons.compare(Scope.province(), TODAY, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comparisons.compare(Scope.province(), FIRST, TODAY.plusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> comparisons.compare(Scope.commune("khong-co"), FIRST, SECOND))
                .isInstanceOf(UnknownCommuneException.class);
    }

    private static void assertFigure(TargetResult r, long x, long n) {
        assertThat(r.numerator()).as(r.code() + " x").isEqualTo(x);
        assertThat(r.denominator()).as(r.code() + " n").isEqualTo(n);
        assertThat(r.value()).as(r.code() + " value").isEqualTo((double) x / n);
    }

    private static void assertContribution(Comparison.Change change, String commune, long xFrom, long nFrom, long xTo,
                                           long nTo, double points) {
        Comparison.Contribution c = change.contributions().stream()
                .filter(k -> k.commune().getCode().equals(commune)).findFirst().orElseThrow();
        assertThat(new long[] {c.fromNumerator(), c.fromDenominator(), c.toNumerator(), c.toDenominator()})
                .as(change.code() + " " + commune).containsExactly(xFrom, nFrom, xTo, nTo);
        assertThat(c.persons()).isEqualTo(xTo - xFrom);
        assertThat(c.points()).as(change.code() + " " + commune + " points").isCloseTo(points, within(1e-9));
    }

    private Cadre cadre(Commune commune, String name, Education education, LocalDate start, LocalDate end) {
        Cadre c = new Cadre(commune, name, start);
        c.setGender(Gender.NAM);
        c.setEducation(education);
        em.persist(c);
        if (end != null) {
            c.leave(end, EndReason.TRANSFER);
        }
        return c;
    }
}
