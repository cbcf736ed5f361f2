package vn.tayninh.dashboard.setup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * How far a new installation is on its way from an empty production database to 96 communes at work, step by step,
 * for the administrator's first-run page: each step counted in the database, so that the page tells the truth however
 * the step was done (on the screens, through the API, from a file).
 */
@Service
@Transactional(readOnly = true)
public class SetupProgress {

    /** The steps in the order an operator takes them. */
    public enum Step {
        /** The communes and wards (loaded with the schema). */
        COMMUNES,
        /** Every commune has seats approved for its titles. */
        SEATS,
        /** Every commune has a staffing quota for both blocs. */
        QUOTAS,
        /** Every commune has an editor, and the board has an account. */
        ACCOUNTS,
        /** Every commune has its cadres entered. */
        ROSTERS,
        /** The figures are frozen at a first reporting date, the baseline the charts start from. */
        BASELINE,
        /** A key for the operations centre's machine (not required). */
        MACHINE_KEY
    }

    /**
     * @param done     communes (or records) that have completed the step
     * @param of       how many there must be
     * @param required whether the product needs the step before people use it
     */
    public record StepStatus(Step step, long done, long of, boolean required) {

        public boolean complete() {
            return of > 0 && done >= of;
        }
    }

    private final JdbcTemplate jdbc;
    private final CommuneAccess access;
    private final Clock clock;

    SetupProgress(JdbcTemplate jdbc, CommuneAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public List<StepStatus> steps() {
        access.requireAdministrator();
        long communes = count("SELECT COUNT(*) FROM commune");
        return List.of(
                new StepStatus(Step.COMMUNES, communes, Math.max(communes, 1), true),
                new StepStatus(Step.SEATS, count("SELECT COUNT(DISTINCT commune_id) FROM approved_seat WHERE seats > 0"),
                        communes, true),
                new StepStatus(Step.QUOTAS, count("""
                        SELECT COUNT(*) FROM (SELECT commune_id FROM staffing_quota WHERE quota > 0
                        GROUP BY commune_id HAVING COUNT(DISTINCT bloc) = 2) q"""), communes, true),
                new StepStatus(Step.ACCOUNTS, count("""
                        SELECT COUNT(DISTINCT commune_id) FROM app_user
                        WHERE role = 'COMMUNE_EDITOR' AND enabled = TRUE AND commune_id IS NOT NULL""")
                        + Math.min(1, count("SELECT COUNT(*) FROM app_user WHERE role = 'BOARD' AND enabled = TRUE")),
                        communes + 1, true),
                new StepStatus(Step.ROSTERS, count("SELECT COUNT(DISTINCT commune_id) FROM cadre WHERE end_date IS NULL"),
                        communes, true),
                new StepStatus(Step.BASELINE, Math.min(1, count("SELECT COUNT(*) FROM reporting_freeze")), 1, true),
                new StepStatus(Step.MACHINE_KEY, Math.min(1, count("SELECT COUNT(*) FROM api_token"
                        + " WHERE revoked_at IS NULL AND expires_on >= ?", LocalDate.now(clock))), 1, false));
    }

    private long count(String sql, Object... arguments) {
        Long value = jdbc.queryForObject(sql, Long.class, arguments);
        return value == null ? 0 : value;
    }
}
