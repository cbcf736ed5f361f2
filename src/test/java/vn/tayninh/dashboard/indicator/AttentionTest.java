package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.Attention.Behind;
import vn.tayninh.dashboard.indicator.Attention.Item;
import vn.tayninh.dashboard.indicator.Attention.LowestPostgraduateShare;
import vn.tayninh.dashboard.indicator.Attention.NoWomanInKeyPlanningPool;
import vn.tayninh.dashboard.indicator.Attention.NoWomanInStandingCommittee;
import vn.tayninh.dashboard.indicator.Attention.VacantKeyTitle;
import vn.tayninh.dashboard.position.Position;

/** The ranking of communes needing attention, on four hand-made communes. */
class AttentionTest {

    private final Commune a = commune("xa-a", "Xã A");
    private final Commune b = commune("xa-b", "Xã B");
    private final Commune c = commune("xa-c", "Xã C");
    private final Commune d = commune("xa-d", "Xã D");

    // A: no woman in the standing committee, the standing vice-secretary missing, the lowest postgraduate share
    private final TargetResult aT2 = ratio("T2", TargetRule.AT_LEAST, 1, 20, 0.2, null, 0.16, Status.BEHIND);
    private final TargetResult aT9a = ratio("T9a", TargetRule.ALL_OF, 0, 4, null, null, 0.4, Status.BEHIND);
    // B: no woman in the key-title planning pool, the annual rating target missed
    private final TargetResult bT6 = ratio("T6", TargetRule.AT_LEAST, 8, 10, 0.9, null, 0.85, Status.NOT_MET);
    // C: no check failed; above the science and technology band, slightly behind on T2
    private final TargetResult cT2 = ratio("T2", TargetRule.AT_LEAST, 3, 20, 0.2, null, 0.16, Status.BEHIND);
    private final TargetResult cT7c = ratio("T7c", TargetRule.BAND, 3, 20, 0.05, 0.1, 0.06, Status.BEHIND);

    @Test
    void communesAreRankedByScoreThenByShortfallWithTheirReasons() {
        Overview overview = overview(
                new CommuneResults(d, List.of(check("T8d", 1), check("T7e", 1),
                        ratio("T2", TargetRule.AT_LEAST, 5, 20, 0.2, null, 0.16, Status.MET),
                        ratio("T7d", TargetRule.NONE, 0, 20, null, null, null, Status.NO_TARGET)),
                        List.of(new Vacancy(Position.BCH, 30, 25))),
                new CommuneResults(c, List.of(check("T8d", 1), check("T7e", 1), cT2, cT7c), seatsFilled()),
                new CommuneResults(b, List.of(check("T8d", 1), check("T7e", 0),
                        ratio("T2", TargetRule.AT_LEAST, 4, 20, 0.2, null, 0.16, Status.MET), bT6), seatsFilled()),
                new CommuneResults(a, List.of(check("T8d", 0), check("T7e", 1), aT2, aT9a),
                        List.of(new Vacancy(Position.PHO_BI_THU_TT, 1, 0), new Vacancy(Position.PCT_UBND, 3, 3))));

        List<Item> items = Attention.rank(overview);

        assertThat(items).extracting(Item::commune).containsExactly(a, b, c);
        assertThat(items).extracting(Item::score).containsExactly(4, 2, 0);
        assertThat(items.get(0).shortfall()).isCloseTo(0.4, within(1e-12));
        assertThat(items.get(1).shortfall()).isCloseTo(0.1, within(1e-12));
        assertThat(items.get(2).shortfall()).isCloseTo(0.05, within(1e-12));
        // T2 of A is said once, as the lowest share, not again as a target it is behind on
        assertThat(items.get(0).reasons()).containsExactly(new NoWomanInStandingCommittee(),
                new VacantKeyTitle(Position.PHO_BI_THU_TT, 1, 1), new LowestPostgraduateShare(aT2),
                new Behind(aT9a, 0.4, Behind.Against.PATH));
        assertThat(items.get(1).reasons()).containsExactly(new NoWomanInKeyPlanningPool(),
                new Behind(bT6, 0.9, Behind.Against.TARGET));
        assertThat(items.get(2).reasons()).containsExactly(new Behind(cT7c, 0.1, Behind.Against.BAND_TOP),
                new Behind(cT2, 0.16, Behind.Against.PATH));
    }

    @Test
    void atMostThreeTargetsAreGivenAsReasonsTheFurthestBehindFirst() {
        List<TargetResult> targets = new ArrayList<>(List.of(check("T8d", 1), check("T7e", 1),
                ratio("T2", TargetRule.AT_LEAST, 3, 20, 0.2, null, 0.16, Status.BEHIND)));
        targets.add(ratio("T1", TargetRule.ALL_OF, 18, 20, null, null, 0.92, Status.BEHIND));
        targets.add(ratio("T8a", TargetRule.AT_LEAST, 0, 20, 0.1, null, 0.05, Status.BEHIND));
        targets.add(ratio("T9c", TargetRule.AT_LEAST, 0, 5, 0.3, null, 0.2, Status.BEHIND));
        // the two communes tie on T2, so both are the lowest tenth
        Overview overview = overview(new CommuneResults(a, targets, seatsFilled()),
                new CommuneResults(b, List.of(check("T8d", 1), check("T7e", 1),
                        ratio("T2", TargetRule.AT_LEAST, 3, 20, 0.2, null, 0.16, Status.BEHIND)), seatsFilled()));

        Item first = Attention.rank(overview).getFirst();

        assertThat(first.reasons()).hasSize(4).first().isInstanceOf(LowestPostgraduateShare.class);
        assertThat(first.reasons().subList(1, 4)).extracting(r -> ((Behind) r).result().code())
                .containsExactly("T9c", "T8a", "T1");
        assertThat(Attention.rank(overview)).extracting(Item::score).containsExactly(1, 1);
    }

    private Overview overview(CommuneResults... communes) {
        return new Overview(Scope.province(), LocalDate.of(2026, 11, 22), 2026, false, List.of(), List.of(communes), List.of());
    }

    private static List<Vacancy> seatsFilled() {
        return List.of(new Vacancy(Position.BI_THU, 1, 1), new Vacancy(Position.PCT_UBND, 2, 2));
    }

    private static TargetResult check(String code, long met) {
        return new TargetResult(code, Population.COMMUNES, TargetRule.ALL_OF, met, 1L, (double) met, 1.0, null, 0.0,
                0.1, met == 1 ? Status.MET : Status.BEHIND, 1 - met);
    }

    private static TargetResult ratio(String code, TargetRule rule, long x, long n, Double lower, Double upper,
                                      Double path, Status status) {
        return new TargetResult(code, Population.ALL, rule, x, n, (double) x / n, lower, upper, null, path, status, null);
    }

    private static Commune commune(String code, String name) {
        return new Commune(code, code, name, CommuneType.XA, "Tây Ninh", "Huyện X", false, false);
    }
}
