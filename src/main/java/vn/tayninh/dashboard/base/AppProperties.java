package vn.tayninh.dashboard.base;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The product's own settings ({@code app.*}), typed and in one place; the README's configuration table lists them.
 * The two switches also decide whether their start-up tasks exist at all ({@code @ConditionalOnBooleanProperty} on
 * the demo data loader and the demo accounts), which reads the same names.
 *
 * @param demoData             fill an empty database with the deterministic demo data at start
 * @param demoAccounts         create the demo accounts when missing; refused in production
 * @param initialAdminPassword on a database without accounts, the password of the administrator created once
 *                             (empty: none)
 * @param mailFrom             the sender of the notices sent by e-mail (when {@code spring.mail.host} is set)
 * @param mailRetryEvery       how often an e-mail the SMTP server did not take is tried again
 * @param shutdownDrain        on SIGTERM, how long readiness answers DOWN before the server stops taking requests, so
 *                             that a load balancer sends no new ones; then the requests in flight finish
 *                             ({@code server.shutdown=graceful})
 */
@ConfigurationProperties("app")
public record AppProperties(@DefaultValue("true") boolean demoData,
                            @DefaultValue("true") boolean demoAccounts,
                            @DefaultValue("") String initialAdminPassword,
                            @DefaultValue("thongbao@localhost") String mailFrom,
                            @DefaultValue("1m") Duration mailRetryEvery,
                            @DefaultValue("5s") Duration shutdownDrain) {
}
