package vn.tayninh.dashboard.quality;

import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Opens {@link QualityRoster} to the tests of the API package. */
public final class QualityRosters {

    private QualityRosters() {
    }

    /** The roster's record ids by short name, and how to remove it again. */
    public record Written(Map<String, Long> ids, Runnable delete) {
    }

    public static Written write(JdbcTemplate jdbc, long tanNinh, long hungDien) {
        QualityRoster roster = new QualityRoster(jdbc).write(tanNinh, hungDien);
        return new Written(roster.ids, roster::delete);
    }
}
