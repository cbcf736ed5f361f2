package vn.tayninh.dashboard.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs test code signed in as a user of a given role (and commune), through the real principal type. */
public final class TestUsers {

    private TestUsers() {
    }

    public static <T> T callAs(Role role, Long communeId, Supplier<T> work) {
        CurrentUser user = new CurrentUser(1000 + role.ordinal(), role.name().toLowerCase(), role.name(), role,
                communeId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        AppUserDetails principal = new AppUserDetails(user);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
