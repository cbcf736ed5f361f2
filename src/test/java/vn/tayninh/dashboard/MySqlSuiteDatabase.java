package vn.tayninh.dashboard;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The MySQL suite (Maven profile {@code mysql-suite}, active when {@code DB_URL} is set; see pom.xml) re-runs
 * engine and import test classes against a real MySQL-compatible server. Their Spring contexts share that one
 * database, so every context starts from an empty schema: this drops every table before the context starts, and
 * Flyway then migrates as usual. The suite keeps one context at a time ({@code spring.test.context.cache.maxSize=1}),
 * so a context is never reused on a database another context has wiped.
 * <p>
 * Switched on by the system property {@code app.test.clean-database=true}; refuses any database whose name does not
 * end in {@code _ci}, {@code _test}, {@code _suite} or {@code _scale}, so that a developer's real database is never wiped.
 */
public class MySqlSuiteDatabase implements ContextCustomizerFactory {

    static final String SWITCH = "app.test.clean-database";
    private static final Pattern DATABASE_NAME = Pattern.compile("jdbc:(?:mysql|mariadb)://[^/]*/([^?;]+).*");

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return Boolean.getBoolean(SWITCH) ? new CleanDatabase() : null;
    }

    /** Fails unless the URL names a database meant to be wiped: its name ends in _ci, _test, _suite or _scale. */
    public static void requireDisposable(String url) {
        Matcher name = DATABASE_NAME.matcher(url);
        if (!name.matches() || !name.group(1).matches(".*_(ci|test|suite|scale)")) {
            throw new IllegalStateException("This wipes its database: give it one whose name ends in _ci, _test,"
                    + " _suite or _scale (" + url.replaceAll("\\?.*", "") + ")");
        }
    }

    /** Wipes the suite's database; equal to every other instance, so it never splits the context cache. */
    static final class CleanDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String url = System.getProperty("spring.datasource.url", "");
            requireDisposable(url);
            Flyway.configure()
                    .dataSource(url, System.getProperty("spring.datasource.username"),
                            System.getProperty("spring.datasource.password"))
                    .cleanDisabled(false)
                    .load()
                    .clean();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof CleanDatabase;
        }

        @Override
        public int hashCode() {
            return CleanDatabase.class.hashCode();
        }
    }
}
