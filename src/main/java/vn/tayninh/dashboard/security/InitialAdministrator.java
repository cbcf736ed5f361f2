package vn.tayninh.dashboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.base.AppProperties;
import vn.tayninh.dashboard.base.StartupTask;
import vn.tayninh.dashboard.base.Translations;

/**
 * A production database starts without accounts: when {@code app.initial-admin-password} is given (at least
 * 12 characters), an administrator {@code quantri} is created with it, once, so that someone can sign in and
 * create the others. Nothing happens when any account already exists. Instances started together on an empty
 * database may both find no account: the unique user name lets one insert win, and the others only log that.
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
    private final TransactionTemplate transaction;

    InitialAdministrator(AppUserRepository users,
                         PasswordEncoder passwordEncoder,
                         AppProperties settings,
                         PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.password = settings.initialAdminPassword();
    }

    @Override
    public void run() {
        if (password.isBlank() || users.count() > 0) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException("app.initial-admin-password must have at least " + MIN_LENGTH + " characters");
        }
        String hash = passwordEncoder.encode(password);
        try {
            transaction.executeWithoutResult(status -> users.saveAndFlush(
                    new AppUser(USERNAME, hash, Translations.key(DISPLAY_NAME), Role.ADMIN, null)));
            log.info("Created the initial administrator account '{}'", USERNAME);
        } catch (DataIntegrityViolationException e) {
            if (users.findByUsername(USERNAME).isEmpty()) {
                throw e;
            }
            log.info("The initial administrator account '{}' was created by another instance", USERNAME);
        }
    }
}
