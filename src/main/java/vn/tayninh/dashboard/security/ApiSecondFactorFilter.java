package vn.tayninh.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the API and the actuator, a right password of an account that signs in in two steps is refused with a 401 that
 * says why: there is no second step for a script, which takes an API key instead (issued by the administrator, and
 * revocable without touching the person's password).
 */
final class ApiSecondFactorFilter extends OncePerRequestFilter {

    private final AuthenticationEntryPoint entryPoint;

    ApiSecondFactorFilter(AuthenticationEntryPoint entryPoint) {
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new SecondFactorRequiredException());
            return;
        }
        chain.doFilter(request, response);
    }
}
