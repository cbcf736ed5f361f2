package vn.tayninh.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.StartupTask;
import vn.tayninh.dashboard.base.Translations;

/**
 * A production database starts without accounts: when {@code app.initial-admin-password} is given (at least
 * 12 characters), an administrator {@code quantri} is created with it, once, so that someone can sign in and
 * create the others. Nothing happens when any account already exists.
 */
@Component
@Order(30)
class InitialAdministrator implements StartupTask {

    static final String USERNAME = "quantri";
    static final int MIN_LENGTH = 12;
    /** The account's display name, shown in the reader's language until an administrator gives another. */
    static final String DISPLAY_NAME = "account.initialAdmin.displayName";

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String password;

    InitialAdministrator(AppUserRepository users,
                         PasswordEncoder passwordEncoder,
                         AppProperties settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.password = settings.initialAdminPassword();
    }

    @Override
    @Transactional
    public void run() {
        if (password.isBlank() || users.count() > 0) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException("app.initial-admin-password must have at least " + MIN_LENGTH + " characters");
        }
        users.save(new AppUser(USERNAME, passwordEncoder.encode(password), Translations.key(DISPLAY_NAME), Role.ADMIN, null));
        log.info("Created the initial administrator account '{}'", USERNAME);
    }
}
