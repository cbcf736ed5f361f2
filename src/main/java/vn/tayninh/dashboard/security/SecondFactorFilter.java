package vn.tayninh.dashboard.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a password waits for its second step ({@link SecondFactorPending}), every page the browser asks for is the
 * second-step page, and the address it wanted is kept for after the code; the sign-in page stays open, to start again
 * as someone else. A password that waited longer than {@link TwoFactor#PENDING_FOR} is forgotten with its session,
 * and the sign-in page says why.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    private final RequestUtil vaadinRequests;
    private final Clock clock;

    SecondFactorFilter(RequestUtil vaadinRequests, Clock clock) {
        this.vaadinRequests = vaadinRequests;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending) {
            HttpSession session = request.getSession(false);
            if (!pending.person().passwordAt().plus(TwoFactor.PENDING_FOR).isAfter(clock.instant())) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                request.getSession(true).setAttribute(SignInReason.ATTRIBUTE, SignInReason.SECOND_STEP_EXPIRED);
            } else if (isPage(request)) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!path.equals("/" + TwoFactor.PAGE) && !path.equals("/login")) {
                    if (session != null && path.startsWith("/") && !path.startsWith("//")) {
                        // Spring's marker of a request sent back after sign-in ("continue") is no part of the page
                        String query = request.getQueryString();
                        session.setAttribute(TwoFactor.TARGET, query == null || query.equals("continue") ? path
                                : path + "?" + query);
                    }
                    response.sendRedirect(request.getContextPath() + "/" + TwoFactor.PAGE);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** A page the browser navigates to (not Vaadin's own requests, scripts, styles or images). */
    private boolean isPage(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || vaadinRequests.isFrameworkInternalRequest(request)) {
            return false;
        }
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null && accept.contains("text/html") && !path.startsWith("/VAADIN/");
    }
}
