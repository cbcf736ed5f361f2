package vn.tayninh.dashboard.explanation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.base.UnknownRecordException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.security.TestUsers;

/**
 * Who may take each step, decided in the service whatever the caller: every action tried by every role (a commune
 * editor of the request's commune and one of another commune counted apart), each on a request in the state the
 * action needs. A refused step writes nothing.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ExplanationRightsTest {

    static final String COMMUNE = ExplanationsTest.COMMUNE;

    @Autowired
    Explanations explanations;
    @Autowired
    CommuneService communes;
    @Autowired
    JdbcTemplate jdbc;

    enum Actor { ADMIN, BOARD, LEADER, OWN_EDITOR, OTHER_EDITOR }

    @Test
    void everyActionByEveryRole() {
        Map<String, Function<Long, Object>> actions = new LinkedHashMap<>();
        actions.put("request", id -> explanations.request("phuong-tan-ninh", ExplanationsTest.request()));
        actions.put("answer", id -> explanations.answer(id, null, ExplanationsTest.answer()));
        actions.put("accept", id -> explanations.accept(answered(id), null));
        actions.put("return", id -> explanations.giveBack(answered(id), null, "Bổ sung số liệu"));
        actions.put("read", id -> explanations.get(id));
        actions.put("list", id -> explanations.find(ExplanationFilter.commune(commune(COMMUNE))));

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (var action : actions.entrySet()) {
            StringBuilder row = new StringBuilder();
            for (Actor actor : Actor.values()) {
                jdbc.update("DELETE FROM explanation_step");
                jdbc.update("DELETE FROM explanation");
                long id = TestUsers.callAs(Role.BOARD, null,
                        () -> explanations.request(COMMUNE, ExplanationsTest.request())).id();
                long stepsBefore = steps();
                char outcome;
                try {
                    as(actor, () -> action.getValue().apply(id));
                    outcome = 'Y';
                } catch (AccessDeniedException | UnknownRecordException e) {
                    // '0': answered as a request that does not exist (another commune's, for its editor)
                    outcome = e instanceof UnknownRecordException ? '0' : '-';
                    assertThat(steps()).as("%s by %s wrote nothing", action.getKey(), actor)
                            .isEqualTo(stepsBefore + (action.getKey().equals("accept")
                                    || action.getKey().equals("return") ? 1 : 0));
                }
                row.append(outcome);
            }
            outcomes.put(action.getKey(), row.toString());
        }

        // columns: ADMIN, BOARD, LEADER, editor of the commune, editor of another commune
        assertThat(outcomes).containsExactly(
                Map.entry("request", "YY---"),
                Map.entry("answer", "YY-Y0"),
                Map.entry("accept", "YY---"),
                Map.entry("return", "YY---"),
                Map.entry("read", "YYYY0"),
                Map.entry("list", "YYYY-"));
    }

    /** Brings the request to ANSWERED, as its commune's editor, before the decision is tried. */
    private long answered(long id) {
        return TestUsers.callAs(Role.COMMUNE_EDITOR, commune(COMMUNE),
                () -> explanations.answer(id, null, ExplanationsTest.answer())).id();
    }

    private long steps() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM explanation_step", Long.class);
    }

    private long commune(String code) {
        return communes.findByCode(code).orElseThrow().getId();
    }

    private <T> T as(Actor actor, Supplier<T> work) {
        return switch (actor) {
            case ADMIN -> TestUsers.callAs(Role.ADMIN, null, work);
            case BOARD -> TestUsers.callAs(Role.BOARD, null, work);
            case LEADER -> TestUsers.callAs(Role.LEADER, null, work);
            case OWN_EDITOR -> TestUsers.callAs(Role.COMMUNE_EDITOR, commune(COMMUNE), work);
            case OTHER_EDITOR -> TestUsers.callAs(Role.COMMUNE_EDITOR, commune("xa-ninh-dien"), work);
        };
    }
}
