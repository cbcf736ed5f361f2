package vn.tayninh.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its account was disabled, had its password reset or its role or commune
 * changed: every request of a session compares the security stamp it signed in with against the account's row (one
 * read by primary key), so the change takes effect on every instance sharing the database, at the next request.
 * The request then goes on anonymous in a fresh session that remembers why ({@link SignInReason#REVOKED}): a page is
 * sent to the sign-in page, and Vaadin answers its own requests with "session expired", on which the browser reloads
 * the page and lands there too.
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationFilter.class);

    private final AppUserRepository users;

    SessionRevocationFilter(AppUserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AppUserDetails signedIn
                    && signedIn.securityStamp() != null && revoked(signedIn)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                request.getSession(true).setAttribute(SignInReason.ATTRIBUTE, SignInReason.REVOKED);
                log.info("Ended a session of {}: the account was changed by the administrator", signedIn.getUsername());
            }
        }
        chain.doFilter(request, response);
    }

    private boolean revoked(AppUserDetails signedIn) {
        return !users.findEnabledSecurityStamp(signedIn.user().id()).map(signedIn.securityStamp()::equals)
                .orElse(false);
    }
}
