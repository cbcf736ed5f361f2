package vn.tayninh.dashboard.security;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * In production (the {@code mysql} profile) the application refuses to start while demo accounts are switched
 * on, while a demo account is still enabled, or while a provincial account still has the demo password.
 */
@Component
@Profile("mysql")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionSafety implements StartupTask {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final boolean demoAccounts;

    ProductionSafety(AppUserRepository users, PasswordEncoder passwordEncoder,
                     AppProperties settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.demoAccounts = settings.demoAccounts();
    }

    @Override
    @Transactional(readOnly = true)
    public void run() {
        if (demoAccounts) {
            throw new IllegalStateException("app.demo-accounts must be false in production (profile mysql)");
        }
        List<String> unsafe = users.findAll().stream()
                .filter(AppUser::isEnabled)
                .filter(user -> user.isDemo() || (user.getRole() != Role.COMMUNE_EDITOR
                        && passwordEncoder.matches(DemoAccounts.PASSWORD, user.getPasswordHash())))
                .map(AppUser::getUsername)
                .toList();
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException(unsafe.size() + " demo accounts or accounts with the demo password are still"
                    + " enabled in production (" + String.join(", ", unsafe.subList(0, Math.min(5, unsafe.size())))
                    + (unsafe.size() > 5 ? ", …" : "") + "). Disable them or change their passwords.");
        }
    }
}
