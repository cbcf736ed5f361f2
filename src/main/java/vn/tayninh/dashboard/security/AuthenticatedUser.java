package vn.tayninh.dashboard.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who is signed in, for layouts, views and services; and the way to sign out. */
@Component
public class AuthenticatedUser {

    private final AuthenticationContext authenticationContext;

    AuthenticatedUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The signed-in user, or empty for an anonymous request. */
    public Optional<CurrentUser> get() {
        // a password waiting for its second step is nobody yet (SecondFactorPending, whose principal is no account)
        org.springframework.security.core.Authentication authentication =
                org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof AppUserDetails)) {
            return Optional.empty();
        }
        return authenticationContext.getAuthenticatedUser(AppUserDetails.class).map(AppUserDetails::user);
    }

    /** The signed-in user, for service methods that must never run anonymously. */
    public CurrentUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** Ends the session and returns the browser to the login view; only from a Vaadin UI request. */
    public void logout() {
        authenticationContext.logout();
    }
}
