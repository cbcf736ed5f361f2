package vn.tayninh.dashboard.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.StartupTask;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;

/**
 * Creates the demo accounts that are missing, all with the password {@value #PASSWORD}: one per provincial
 * role and one editor per commune, named by the commune's code. Accounts already there are left as they are.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "app.demo-accounts", matchIfMissing = true)
class DemoAccounts implements StartupTask {

    static final String PASSWORD = "demo123";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AppUserRepository users;
    private final CommuneService communes;
    private final PasswordEncoder passwordEncoder;

    DemoAccounts(AppUserRepository users, CommuneService communes, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.communes = communes;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run() {
        Set<String> existing = users.findAllUsernames();
        List<Account> missing = wanted().stream().filter(account -> !existing.contains(account.username())).toList();
        if (missing.isEmpty()) {
            return;
        }
        // bcrypt is slow by design: one hash serves every demo account.
        String hash = passwordEncoder.encode(PASSWORD);
        users.saveAll(missing.stream().map(account -> account.toUser(hash)).toList());
        log.info("Created {} demo accounts", missing.size());
    }

    private List<Account> wanted() {
        List<Account> accounts = new ArrayList<>(List.of(
                new Account("admin", "Quản trị hệ thống", Role.ADMIN, null),
                new Account("bantochuc", "Ban Tổ chức Tỉnh ủy", Role.BOARD, null),
                new Account("lanhdao", "Lãnh đạo Tỉnh ủy", Role.LEADER, null)));
        for (Commune commune : communes.findAll()) {
            accounts.add(new Account(commune.getCode(), "Cán bộ " + commune.getName(), Role.COMMUNE_EDITOR, commune));
        }
        return accounts;
    }

    private record Account(String username, String displayName, Role role, Commune commune) {

        AppUser toUser(String passwordHash) {
            AppUser user = new AppUser(username, passwordHash, displayName, role, commune);
            user.setDemo(true);
            return user;
        }
    }
}
