package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.FixedClockConfig;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.roster.ImportMode;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Who may do what to a commune's data, at the service layer: every write action × every role, for an editor both
 * of the commune the data belongs to and of another commune. A refusal is an {@link AccessDeniedException} and
 * leaves every table as it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class EntryAuthorizationTest {

    static final String TAN_NINH = "phuong-tan-ninh";
    static final String HUNG_DIEN = "xa-hung-dien";
    static final LocalDate TODAY = FixedClockConfig.TODAY;

    /** Who acts: a role, and for an editor whether the data is of their own commune. */
    enum Actor {
        ADMIN(Role.ADMIN), BOARD(Role.BOARD), LEADER(Role.LEADER), EDITOR_OWN(Role.COMMUNE_EDITOR),
        EDITOR_OTHER(Role.COMMUNE_EDITOR);

        final Role role;

        Actor(Role role) {
            this.role = role;
        }
    }

    /** Each action on the data of Tân Ninh, and who may do it. */
    enum Action {
        CREATE_CADRE(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        EDIT_PROFILE(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        APPOINT(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        END_TITLE(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        DEPART(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        REMOVE(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        RATE(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        CORRECT_RATING(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        DELETE_RATING(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        IMPORT(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN),
        APPROVE_SEATS(Actor.ADMIN, Actor.BOARD),
        SET_QUOTA(Actor.ADMIN, Actor.BOARD),
        READ_AUDIT(Actor.ADMIN, Actor.BOARD, Actor.EDITOR_OWN);

        final Set<Actor> allowed;

        Action(Actor... allowed) {
            this.allowed = Set.of(allowed);
        }
    }

    @Autowired
    CadreEditor editor;
    @Autowired
    CadreService cadres;
    @Autowired
    RatingEditor ratingEditor;
    @Autowired
    RosterImporter importer;
    @Autowired
    SeatService seats;
    @Autowired
    AuditTrail audit;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Action action : Action.values()) {
            for (Actor actor : Actor.values()) {
                cases.add(Arguments.of(action, actor, action.allowed.contains(actor)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
    @MethodSource("matrix")
    void everyActionByEveryRole(Action action, Actor actor, boolean allowed) {
        long tanNinh = communes.findByCode(TAN_NINH).orElseThrow().getId();
        long hungDien = communes.findByCode(HUNG_DIEN).orElseThrow().getId();
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'PCT_UBND', 2)", tanNinh);
        jdbc.update("INSERT INTO approved_seat (commune_id, position_code, seats) VALUES (?, 'BCH', 3)", tanNinh);
        Fixture data = TestUsers.callAs(Role.BOARD, null, () -> {
            Cadre cadre = editor.create(tanNinh, CadreEditorTest.form("Người Có Sẵn", LocalDate.of(1980, 5, 5)));
            PositionHolding holding = editor.appoint(cadre.getId(), Position.PCT_UBND, TODAY.minusDays(5), null);
            AnnualRating rating = ratingEditor.rate(cadre.getId(), 2025, Rating.HT);
            return new Fixture(tanNinh, cadre.getId(), cadre.getVersion(), holding.getId(), holding.getVersion(),
                    rating.getId(), rating.getVersion());
        });
        Long actorCommune = switch (actor) {
            case EDITOR_OWN -> tanNinh;
            case EDITOR_OTHER -> hungDien;
            default -> null;
        };
        Map<String, Object> before = snapshot();

        Runnable attempt = () -> TestUsers.callAs(actor.role, actorCommune, () -> {
            perform(action, data);
            return null;
        });

        if (allowed) {
            attempt.run();
            if (action != Action.READ_AUDIT) {
                assertThat(snapshot()).isNotEqualTo(before);
            }
        } else {
            assertThatThrownBy(attempt::run).isInstanceOf(AccessDeniedException.class);
            assertThat(snapshot()).isEqualTo(before);
        }
    }

    private void perform(Action action, Fixture data) {
        switch (action) {
            case CREATE_CADRE -> editor.create(data.communeId, CadreEditorTest.form("Người Mới", LocalDate.of(1990, 1, 1)));
            case EDIT_PROFILE -> {
                CadreForm form = CadreEditorTest.form("Tên Đã Sửa", LocalDate.of(1980, 5, 5));
                editor.update(data.cadreId, data.cadreVersion, form);
            }
            case APPOINT -> editor.appoint(data.cadreId, Position.BCH, TODAY.minusDays(30), null);
            case END_TITLE -> editor.endHolding(data.holdingId, data.holdingVersion, TODAY, EndReason.TRANSFER);
            case DEPART -> editor.depart(data.cadreId, data.cadreVersion, TODAY, EndReason.RETIREMENT);
            case REMOVE -> editor.remove(data.cadreId, data.cadreVersion, "Nhập trùng");
            case RATE -> ratingEditor.rate(data.cadreId, 2024, Rating.HTT);
            case CORRECT_RATING -> ratingEditor.changeRating(data.ratingId, data.ratingVersion, Rating.HTXS);
            case DELETE_RATING -> ratingEditor.deleteRating(data.ratingId, data.ratingVersion);
            case IMPORT -> importFile();
            case APPROVE_SEATS -> seats.setApproved(data.communeId, Position.PCT_UBND, 3, 0);
            case SET_QUOTA -> seats.setQuota(data.communeId, Bloc.NHA_NUOC, 40, 0);
            case READ_AUDIT -> assertThat(audit.find(new AuditFilter(data.communeId, null, null, null, null),
                    PageRequest.of(0, 10))).isNotEmpty();
        }
    }

    private void importFile() {
        String header = "commune_code,full_name,gender,birth_date,ethnicity,education,political_theory,stem,bloc,"
                + "titles,committee,planned_key_title,planned_committee,source_pool,llct_advanced_trained,"
                + "rating_2025,rating_2026\n";
        String row = TAN_NINH + ",Người Nhập,NU,1990-02-03,Kinh,DAI_HOC,TRUNG_CAP,false,NHA_NUOC,,NONE,false,false,"
                + "false,false,,\n";
        try {
            importer.commit(new ByteArrayInputStream((header + row).getBytes(StandardCharsets.UTF_8)), ImportMode.ADD);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Row counts and version sums of every table a write may touch. */
    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("""
                SELECT (SELECT COUNT(*) FROM cadre) cadres, (SELECT SUM(version) FROM cadre) cadre_versions,
                       (SELECT COUNT(*) FROM position_holding) holdings,
                       (SELECT SUM(version) FROM position_holding) holding_versions,
                       (SELECT COUNT(*) FROM annual_rating) ratings, (SELECT SUM(version) FROM annual_rating) rating_versions,
                       (SELECT SUM(seats) FROM approved_seat) seats, (SELECT COUNT(*) FROM audit_entry) audit,
                       (SELECT COALESCE(SUM(quota), 0) FROM staffing_quota) quotas""");
    }

    @Test
    void aPersonsRecordIsReadByEveryRoleButAnotherCommunesEditor() {
        long tanNinh = communes.findByCode(TAN_NINH).orElseThrow().getId();
        long hungDien = communes.findByCode(HUNG_DIEN).orElseThrow().getId();
        long cadre = TestUsers.callAs(Role.BOARD, null, () -> editor.create(tanNinh,
                CadreEditorTest.form("Người Được Đọc", LocalDate.of(1980, 5, 5))).getId());
        TestUsers.callAs(Role.BOARD, null, () -> ratingEditor.rate(cadre, 2025, Rating.HT));
        Map<String, java.util.function.Supplier<Object>> reads = new java.util.LinkedHashMap<>();
        reads.put("profile", () -> cadres.findProfile(cadre).map(p -> p.cadre().getFullName()).orElse(null));
        reads.put("ratings", () -> cadres.findRatings(cadre).size());
        reads.put("grid", () -> cadres.findActive(tanNinh, TODAY, "Được Đọc",
                org.springframework.data.domain.PageRequest.of(0, 10)).size());
        reads.put("search count", () -> cadres.countActive(tanNinh, TODAY, "Được Đọc"));
        reads.put("holders", () -> cadres.findActiveHolders(tanNinh, TODAY).size());
        reads.put("holdings", () -> cadres.findActiveHoldings(tanNinh, TODAY).size());
        reads.put("records", () -> cadres.findActiveRecords(tanNinh, TODAY).stream()
                .filter(r -> r.cadre().getId() == cadre).count());

        for (Actor actor : Actor.values()) {
            Long actorCommune = switch (actor) {
                case EDITOR_OWN -> tanNinh;
                case EDITOR_OTHER -> hungDien;
                default -> null;
            };
            for (var read : reads.entrySet()) {
                Object[] outcome = new Object[1];
                try {
                    outcome[0] = TestUsers.callAs(actor.role, actorCommune, read.getValue());
                } catch (AccessDeniedException refused) {
                    outcome[0] = "refused";
                }
                // another commune's person: as if the record did not exist, and no list at all
                Map<String, Object> others = Map.of("profile", "none", "ratings", 0);
                Map<String, Object> readable = Map.of("profile", "Người Được Đọc", "ratings", 1, "grid", 1,
                        "search count", 1L, "records", 1L, "holders", "read", "holdings", "read");
                Object expected = actor == Actor.EDITOR_OTHER ? others.getOrDefault(read.getKey(), "refused")
                        : readable.get(read.getKey());
                if (outcome[0] == null) {
                    outcome[0] = "none";
                } else if (read.getKey().startsWith("hold") && !"refused".equals(outcome[0])) {
                    outcome[0] = "read"; // whoever else holds a title there: only whether it may be read matters
                }
                assertThat(outcome[0]).as("%s by %s", read.getKey(), actor).isEqualTo(expected);
            }
        }
    }

    record Fixture(long communeId, long cadreId, long cadreVersion, long holdingId, long holdingVersion, long ratingId,
                   long ratingVersion) {
    }
}
