package vn.tayninh.dashboard.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (such as the demo data's baseline freeze) as the system, with the board's rights, through
 * the same service-layer checks as a person would.
 */
public final class SystemUser {

    static final CurrentUser SYSTEM = new CurrentUser(0, "he-thong", "Hệ thống", Role.BOARD, null);

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        return callAs(SYSTEM, work);
    }

    /** Runs {@code work} signed in as {@code user}, then restores whoever was signed in before. */
    static <T> T callAs(CurrentUser user, Supplier<T> work) {
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
