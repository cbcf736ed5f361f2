package vn.tayninh.dashboard.base;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * The production profile ({@code mysql}) runs on MySQL or MariaDB or not at all: a database URL of any other kind
 * stops the start before a connection is opened, so production can never quietly create an embedded H2 database in
 * its working directory. Runs once every configuration file and variable has been read (lowest precedence).
 */
public class ProductionDatabaseCheck implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "mysql";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("The mysql profile runs only on MySQL or MariaDB, but the database URL is '"
                    + withoutQuery(url) + "'. Set DB_URL to jdbc:mysql://host:3306/database (see docs/deployment-mysql.md).");
        }
    }

    /** The URL without its parameters, which may carry a password. */
    private static String withoutQuery(String url) {
        int end = url.indexOf(url.startsWith("jdbc:h2:") ? ';' : '?');
        return end < 0 ? url : url.substring(0, end);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
