package vn.tayninh.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that has seen no request but Vaadin's heartbeats for {@link IdleSessions#timeout()}
 * (see there why the container's timeout does not do it). The request then goes on anonymous in a fresh session
 * that remembers why ({@link SignInReason#EXPIRED}); a page is sent to the sign-in page, which brings the person
 * back to it after signing in.
 */
final class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = "app.lastActivity";
    /** More than Vaadin's heartbeat interval (5 minutes): an open page keeps the container's session alive. */
    static final java.time.Duration CONTAINER_MARGIN = java.time.Duration.ofMinutes(6);
    private static final Logger log = LoggerFactory.getLogger(IdleSessionFilter.class);

    private final IdleSessions idleSessions;
    private final Clock clock;

    IdleSessionFilter(IdleSessions idleSessions, Clock clock) {
        this.idleSessions = idleSessions;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean counts = false;
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AppUserDetails) {
            long now = clock.millis();
            if (session.getAttribute(LAST_ACTIVITY) instanceof Long last && now - last > idleSessions.timeout().toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                request.getSession(true).setAttribute(SignInReason.ATTRIBUTE, SignInReason.EXPIRED);
                log.info("Ended an idle session of {}", authentication.getName());
            } else if (!heartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
                counts = true;
                // the container's own timeout only backs this clock up (a closed tab): it must never end an open
                // page's session first, or the page would land on the sign-in page without the reason
                int backstop = (int) idleSessions.timeout().plus(CONTAINER_MARGIN).toSeconds();
                if (session.getMaxInactiveInterval() > 0 && session.getMaxInactiveInterval() < backstop) {
                    session.setMaxInactiveInterval(backstop);
                }
            }
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (counts) {
                // counted again when answered: the page's clock starts when the answer arrives, however slow it was
                touch(session);
            }
        }
    }

    private void touch(HttpSession session) {
        try {
            session.setAttribute(LAST_ACTIVITY, clock.millis());
        } catch (IllegalStateException invalidated) {
            // signed out during the request
        }
    }

    /** Vaadin's heartbeat, which an open page sends by itself (read from the query, never from a body). */
    private static boolean heartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }
}
