package vn.tayninh.dashboard.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who signs in in two steps: every account with an authenticator app set up, and every account of the roles named by
 * {@code app.security.two-factor.roles} (ADMIN and BOARD by default, who can change every commune's data), which must
 * set one up at its next sign-in. Demo accounts, whose password is published, are asked only when they set up an app
 * themselves.
 */
@Component
class SecondFactorRule {

    private final Set<Role> roles;

    SecondFactorRule(@Value("${app.security.two-factor.roles:ADMIN,BOARD}") String roles) {
        this.roles = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(Role::valueOf).forEach(this.roles::add);
    }

    /** Whether the account may not do without a second step. */
    boolean mandatory(Role role, boolean demo) {
        return !demo && roles.contains(role);
    }

    /** Whether a sign-in of the account waits for its second step. */
    boolean asks(AppUserDetails account) {
        return account.authenticatorApp() || mandatory(account.user().role(), account.demo());
    }
}
