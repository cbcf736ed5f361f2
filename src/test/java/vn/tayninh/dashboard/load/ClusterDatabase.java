package vn.tayninh.dashboard.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import vn.tayninh.dashboard.MySqlSuiteDatabase;

/**
 * The MariaDB database the production-profile and cluster tests may wipe: CLUSTER_DB_URL (.ci/run creates it), with
 * DB_USERNAME and DB_PASSWORD. Its name must end in _ci, _test, _suite or _scale.
 */
final class ClusterDatabase {

    static final String ADMIN_PASSWORD = "mat-khau-quan-tri-cum";

    private final String url = System.getenv("CLUSTER_DB_URL");
    private final String user = System.getenv("DB_USERNAME");
    private final String password = System.getenv("DB_PASSWORD");

    private ClusterDatabase() {
        MySqlSuiteDatabase.requireDisposable(url);
    }

    /** The database, emptied of every table, as on a first installation. */
    static ClusterDatabase emptied() {
        ClusterDatabase database = new ClusterDatabase();
        Flyway.configure().dataSource(database.url, database.user, database.password).cleanDisabled(false).load().clean();
        return database;
    }

    /**
     * The environment of a production start on this database: the profile and the DB_* variables, plus more. The
     * board and the administrator sign in here with their password alone, as the load driver's scripts and pages do
     * (no second step: APP_SECURITY_TWO_FACTOR_ROLES empty); the second step is GoingLiveIT's and TwoFactorBrowserIT's.
     */
    Map<String, String> environment(Map<String, String> more) {
        Map<String, String> environment = new HashMap<>(Map.of("SPRING_PROFILES_ACTIVE", "mysql", "DB_URL", url,
                "DB_USERNAME", user, "DB_PASSWORD", password, "APP_SECURITY_TWO_FACTOR_ROLES", ""));
        environment.putAll(more);
        return environment;
    }

    /**
     * The accounts the load driver signs in with, named as the demo names them but with the given password (the
     * production profile refuses the demo's): the board, the leaders, one editor per commune, and one more leader
     * for tests that lock it.
     */
    void createAccounts(String password) throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(password);
        String insert = "INSERT INTO app_user (username, password_hash, display_name, role, commune_id, enabled, demo)";
        update(insert + " VALUES ('bantochuc', ?, 'Ban Tổ chức', 'BOARD', NULL, TRUE, FALSE),"
                + " ('lanhdao', ?, 'Lãnh đạo', 'LEADER', NULL, TRUE, FALSE),"
                + " ('khoa-thu', ?, 'Khóa thử', 'LEADER', NULL, TRUE, FALSE)", hash, hash, hash);
        update(insert + " SELECT code, ?, name, 'COMMUNE_EDITOR', id, TRUE, FALSE FROM commune", hash);
    }

    /**
     * What the board enters before the first roster (a production database starts without it): approved seats for
     * every position of every commune, and staffing quotas for both blocs, generous enough for any test roster.
     */
    void approveSeatsAndQuotas() throws SQLException {
        String positions = String.join(" UNION ALL ", java.util.stream.Stream.of("BI_THU", "PHO_BI_THU_TT", "CT_HDND",
                "PCT_HDND", "CT_UBND", "PCT_UBND", "BCH", "BTV").map(code -> "SELECT '" + code + "' AS code").toList());
        update("INSERT INTO approved_seat (commune_id, position_code, seats) SELECT c.id, p.code, 50 FROM commune c"
                + " CROSS JOIN (" + positions + ") p");
        update("INSERT INTO staffing_quota (commune_id, bloc, quota) SELECT c.id, b.bloc, 100 FROM commune c"
                + " CROSS JOIN (SELECT 'DANG_DOAN_THE' AS bloc UNION ALL SELECT 'NHA_NUOC') b");
    }

    long count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
