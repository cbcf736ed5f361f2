package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.ActiveProfiles;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneRepository;
import vn.tayninh.dashboard.commune.CommuneType;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.TargetRepository;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.position.Position;

/** The Flyway migrations build the schema Hibernate expects, seed the reference data, and the queries count right. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class PersistenceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    @Autowired
    CommuneRepository communes;
    @Autowired
    CadreRepository cadres;
    @Autowired
    PositionHoldingRepository holdings;
    @Autowired
    AnnualRatingRepository ratings;
    @Autowired
    TargetRepository targets;
    @Autowired
    EntityManager em;

    private Commune hungDien;
    private Commune tanNinh;

    @BeforeEach
    void communes() {
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
    }

    @Test
    void migrationsSeedTheNinetySixCommunesOfTheMerger() {
        List<Commune> all = communes.findAll();
        assertThat(all).hasSize(96);
        assertThat(all).filteredOn(c -> c.getType() == CommuneType.PHUONG).hasSize(14);
        assertThat(all).filteredOn(Commune::isBorder).hasSize(19);
        assertThat(hungDien.getName()).isEqualTo("Xã Hưng Điền");
        assertThat(hungDien.getAdminCode()).isEqualTo("27727");
        assertThat(hungDien.getFormerProvince()).isEqualTo("Long An");
        assertThat(hungDien.getFormerDistricts()).isEqualTo("Huyện Tân Hưng");
        assertThat(hungDien.isBorder()).isTrue();
        assertThat(hungDien.isDongThapMuoi()).isTrue();
        assertThat(tanNinh.getType()).isEqualTo(CommuneType.PHUONG);
    }

    @Test
    void migrationsSeedTheNineteenTargetsOfTheResolution() {
        List<Target> all = targets.findAllByOrderBySortOrderAsc();
        assertThat(all).extracting(Target::getCode).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7a",
                "T7b", "T7c", "T7d", "T7e", "T8a", "T8b", "T8c", "T8d", "T8e", "T9a", "T9c", "T9d");
        Target band = targets.findById("T7c").orElseThrow();
        assertThat(band.getRule()).isEqualTo(TargetRule.BAND);
        assertThat(band.getLowerBound()).isEqualByComparingTo("0.05");
        assertThat(band.getUpperBound()).isEqualByComparingTo("0.10");
        assertThat(band.getPopulation()).isEqualTo(Population.PLAN);
        assertThat(targets.findById("T6").orElseThrow().isAnnual()).isTrue();
        assertThat(targets.findById("T8e").orElseThrow().getRule()).isEqualTo(TargetRule.NONE);
    }

    @Test
    void activeCadresAndFilledSeatsAreCountedAtTheDate() {
        Cadre secretary = cadre(hungDien, "Nguyễn Văn An", LocalDate.of(2025, 7, 1));
        hold(secretary, Position.BI_THU, LocalDate.of(2025, 7, 1));
        hold(secretary, Position.CT_HDND, LocalDate.of(2025, 7, 1));
        hold(secretary, Position.BCH, LocalDate.of(2025, 7, 1));

        Cadre retired = cadre(hungDien, "Trần Thị Bình", LocalDate.of(2025, 7, 1));
        PositionHolding retiredSeat = hold(retired, Position.BCH, LocalDate.of(2025, 7, 1));
        retired.leave(LocalDate.of(2026, 3, 1), EndReason.RETIREMENT);
        retiredSeat.end(LocalDate.of(2026, 3, 1), EndReason.RETIREMENT);

        Cadre viceChair = cadre(tanNinh, "Lê Minh Cường", LocalDate.of(2025, 7, 1));
        // gave up the seat on the as-of date: the end date is exclusive
        hold(viceChair, Position.PCT_UBND, LocalDate.of(2025, 7, 1)).end(AS_OF, EndReason.TRANSFER);
        hold(viceChair, Position.CT_UBND, AS_OF);

        cadre(tanNinh, "Phạm Thu Hà", AS_OF.plusDays(1)); // not yet started
        em.flush();

        assertThat(toMap(cadres.countActiveByCommune(AS_OF)))
                .containsExactlyInAnyOrderEntriesOf(Map.of(hungDien.getId(), 1L, tanNinh.getId(), 1L));
        assertThat(toMap(cadres.countActiveByCommune(LocalDate.of(2026, 2, 28))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(hungDien.getId(), 2L, tanNinh.getId(), 1L));
        assertThat(toMap(holdings.countFilledByPosition(AS_OF))).containsExactlyInAnyOrderEntriesOf(Map.of(
                Position.BI_THU, 1L, Position.CT_HDND, 1L, Position.BCH, 1L, Position.CT_UBND, 1L));
        assertThat(toMap(holdings.countFilledByPosition(AS_OF.minusDays(1)))).containsExactlyInAnyOrderEntriesOf(
                Map.of(Position.BI_THU, 1L, Position.CT_HDND, 1L, Position.BCH, 1L, Position.PCT_UBND, 1L));
    }

    @Test
    void aCadreHasAtMostOneRatingPerYear() {
        Cadre cadre = cadre(hungDien, "Võ Thanh Tùng", LocalDate.of(2025, 7, 1));
        ratings.saveAndFlush(new AnnualRating(cadre, 2025, Rating.HTT));
        assertThatThrownBy(() -> ratings.saveAndFlush(new AnnualRating(cadre, 2025, Rating.HTXS)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void unknownAttributesAreStoredAsUnknown() {
        Cadre cadre = cadre(hungDien, "Danh Sà Rinh", LocalDate.of(2025, 7, 1));
        em.flush();
        em.clear();
        Cadre reloaded = cadres.findById(cadre.getId()).orElseThrow();
        assertThat(reloaded.getGender()).isNull();
        assertThat(reloaded.getEducation()).isNull();
        assertThat(reloaded.getBloc()).isNull();
        assertThat(reloaded.isActiveOn(AS_OF)).isTrue();
    }

    private Cadre cadre(Commune commune, String name, LocalDate start) {
        return cadres.save(new Cadre(commune, name, start));
    }

    private PositionHolding hold(Cadre cadre, Position position, LocalDate start) {
        return holdings.save(new PositionHolding(cadre, position, start, "01-QĐ/TU"));
    }

    private static <K> Map<K, Long> toMap(List<Object[]> rows) {
        Map<K, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            K key = (K) row[0];
            map.put(key, (Long) row[1]);
        }
        return map;
    }
}
