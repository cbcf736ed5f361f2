package vn.tayninh.dashboard.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tayninh.dashboard.quality.Problem.*;
import static vn.tayninh.dashboard.quality.QualityRoster.AS_OF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/** Each problem code alone and all together, duplicates across communes, the score and the rights, on {@link QualityRoster}. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class DataQualityTest {

    @Autowired
    DataQuality quality;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    Commune tanNinh;
    Commune hungDien;
    QualityRoster roster;

    @BeforeEach
    void roster() {
        tanNinh = communes.findByCode("phuong-tan-ninh").orElseThrow();
        hungDien = communes.findByCode("xa-hung-dien").orElseThrow();
        roster = new QualityRoster(jdbc).write(tanNinh.getId(), hungDien.getId());
    }

    @Test
    void eachProblemAloneAndAllTogether() {
        Map<String, EnumSet<Problem>> found = problemsByKey(asBoard(() -> quality.workList(null, AS_OF, 0, 100)));

        assertThat(found).containsOnlyKeys("thieu", "gia", "som", "thacSi", "cu", "tam", "binh", "cuong",
                "binhCaps", "cuongNfd", "tamTwin");
        assertThat(found.get("thieu")).containsExactly(MISSING_FIELDS);
        assertThat(found.get("gia")).containsExactly(AGE_OUT_OF_RANGE);
        assertThat(found.get("som")).containsExactly(STARTED_UNDER_18);
        assertThat(found.get("thacSi")).containsExactly(POSTGRAD_UNDER_22);
        assertThat(found.get("cu")).containsExactly(STALE);
        assertThat(found.get("tam")).containsExactly(Problem.values());
        assertThat(found.get("tamTwin")).containsExactly(AGE_OUT_OF_RANGE, STARTED_UNDER_18, POSSIBLE_DUPLICATE);
    }

    @Test
    void duplicatesAcrossCommunesWhateverTheCaseSpacesOrUnicodeFormOfTheName() {
        Map<String, EnumSet<Problem>> found = problemsByKey(asBoard(() -> quality.workList(null, AS_OF, 0, 100)));

        for (String twin : List.of("binh", "binhCaps", "cuong", "cuongNfd")) {
            assertThat(found.get(twin)).as(twin).containsExactly(POSSIBLE_DUPLICATE);
        }
        // the same name with a birth date a day apart, or a record that has ended, is no duplicate
        assertThat(found).doesNotContainKeys("an", "anOther", "anLeft");
    }

    @Test
    void theScoreAndTheCountsPerCommuneAndForTheProvince() {
        QualityCounts tn = quality.summary(Scope.commune(tanNinh.getCode()), AS_OF);
        assertThat(tn.active()).isEqualTo(11);
        assertThat(tn.clean()).isEqualTo(3);
        assertThat(tn.score()).isEqualTo(3 / 11.0);
        assertThat(tn.problems()).isEqualTo(Map.of(MISSING_FIELDS, 2L, AGE_OUT_OF_RANGE, 2L, STARTED_UNDER_18, 2L,
                POSTGRAD_UNDER_22, 2L, POSSIBLE_DUPLICATE, 3L, STALE, 2L, Problem.PLAN_TITLE_UNKNOWN, 1L));

        QualityCounts hd = quality.summary(Scope.commune(hungDien.getCode()), AS_OF);
        assertThat(hd.active()).isEqualTo(4);
        assertThat(hd.clean()).isEqualTo(1);
        assertThat(hd.count(POSSIBLE_DUPLICATE)).isEqualTo(3);
        assertThat(hd.count(AGE_OUT_OF_RANGE)).isEqualTo(1);
        assertThat(hd.count(STARTED_UNDER_18)).isEqualTo(1);
        assertThat(hd.count(MISSING_FIELDS) + hd.count(POSTGRAD_UNDER_22) + hd.count(STALE)).isZero();

        QualityCounts province = quality.summary(Scope.province(), AS_OF);
        assertThat(province.active()).isEqualTo(15);
        assertThat(province.clean()).isEqualTo(4);
        assertThat(province.count(POSSIBLE_DUPLICATE)).isEqualTo(6);
        assertThat(province.count(AGE_OUT_OF_RANGE)).isEqualTo(3);
        assertThat(province.count(STARTED_UNDER_18)).isEqualTo(3);
        assertThat(province.count(STALE)).isEqualTo(2);

        // lowest score first: Hưng Điền (1/4) before Tân Ninh (3/11); communes without records last
        List<CommuneQuality> ranking = quality.ranking(Scope.province(), AS_OF);
        assertThat(ranking).extracting(q -> q.commune().getCode()).startsWith(hungDien.getCode(), tanNinh.getCode());
        assertThat(ranking.getLast().counts().score()).isNull();
    }

    @Test
    void missingFieldsIsTheNegationOfTargetT5() {
        // T5 counts 9 of Tân Ninh's 11 complete: the other two are exactly those MISSING_FIELDS finds
        Long complete = jdbc.queryForObject("SELECT COUNT(*) FROM cadre c WHERE c.commune_id = ? AND c.end_date IS NULL AND "
                + vn.tayninh.dashboard.indicator.RequiredFields.COMPLETE_SQL, Long.class, tanNinh.getId());
        assertThat(complete).isEqualTo(9);
        assertThat(quality.summary(Scope.commune(tanNinh.getCode()), AS_OF).count(MISSING_FIELDS)).isEqualTo(11 - 9);
    }

    @Test
    void theWorkListNamesTheEmptyFieldsAndWhetherATwinIsInTheSameCommune() {
        jdbc.update("UPDATE cadre SET gender = NULL, bloc = NULL WHERE id = ?", roster.ids.get("thieu"));
        // Lê Thị Bình entered a second time by Tân Ninh itself
        jdbc.update("""
                INSERT INTO cadre (commune_id, full_name, normalized_name, name_key, gender, birth_date, ethnicity,
                  education, political_theory, stem, bloc, planned_key_title, planned_committee, source_pool,
                  llct_advanced_trained, start_date, last_changed)
                SELECT commune_id, full_name, normalized_name, name_key, gender, birth_date, ethnicity, education,
                  political_theory, stem, bloc, planned_key_title, planned_committee, source_pool, llct_advanced_trained,
                  start_date, last_changed FROM cadre WHERE id = ?""", roster.ids.get("binh"));

        Map<Long, QualityRecord> byId = asBoard(() -> quality.workList(null, AS_OF, 0, 100)).records().stream()
                .collect(Collectors.toMap(QualityRecord::cadreId, r -> r));
        assertThat(byId.get(roster.ids.get("thieu")).missingFields()).containsExactly("gender", "ethnicity", "bloc");
        assertThat(byId.get(roster.ids.get("tam")).missingFields()).containsExactly("ethnicity");
        assertThat(byId.get(roster.ids.get("an"))).isNull();
        QualityRecord binh = byId.get(roster.ids.get("binh"));
        assertThat(List.of(binh.twinsHere(), binh.twinsElsewhere())).containsExactly(1L, 1L);
        QualityRecord binhCaps = byId.get(roster.ids.get("binhCaps"));
        assertThat(List.of(binhCaps.twinsHere(), binhCaps.twinsElsewhere())).containsExactly(0L, 2L);
        QualityRecord cuong = byId.get(roster.ids.get("cuong"));
        assertThat(List.of(cuong.twinsHere(), cuong.twinsElsewhere(), (long) cuong.missingFields().size()))
                .containsExactly(0L, 1L, 0L);
    }

    @Test
    void aWorkListIsPagedAndAnEditorReadsOnlyTheirOwnCommunes() {
        WorkList first = asLeader(() -> quality.workList(null, AS_OF, 0, 5));
        WorkList third = asLeader(() -> quality.workList(null, AS_OF, 2, 5));
        assertThat(first.total()).isEqualTo(11);
        assertThat(first.records()).hasSize(5);
        assertThat(third.records()).hasSize(1);

        WorkList own = TestUsers.callAs(Role.COMMUNE_EDITOR, tanNinh.getId(), () -> quality.workList(tanNinh, AS_OF, 0, 100));
        assertThat(own.total()).isEqualTo(8);
        assertThat(own.records()).extracting(QualityRecord::communeCode).containsOnly(tanNinh.getCode());

        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, tanNinh.getId(),
                () -> quality.workList(hungDien, AS_OF, 0, 100))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> TestUsers.callAs(Role.COMMUNE_EDITOR, tanNinh.getId(),
                () -> quality.workList(null, AS_OF, 0, 100))).isInstanceOf(AccessRefusedException.class);
    }

    private Map<String, EnumSet<Problem>> problemsByKey(WorkList list) {
        Map<Long, String> keys = roster.ids.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return list.records().stream().collect(Collectors.toMap(r -> keys.get(r.cadreId()),
                r -> EnumSet.copyOf(r.problems())));
    }

    private static <T> T asBoard(Supplier<T> work) {
        return TestUsers.callAs(Role.BOARD, null, work);
    }

    private static <T> T asLeader(Supplier<T> work) {
        return TestUsers.callAs(Role.LEADER, null, work);
    }
}
