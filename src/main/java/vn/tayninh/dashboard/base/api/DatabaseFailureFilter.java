package vn.tayninh.dashboard.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.base.DatabaseFailure;

/**
 * The API's 503 for a database failure met outside a controller — in the security filters, for instance, while
 * an account is read or a successful sign-in recorded — where {@link ApiExceptionHandler} cannot see it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseFailureFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiParameters parameters;

    DatabaseFailureFilter(ApiParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            Optional<DatabaseFailure> failure = DatabaseFailure.of(e);
            if (failure.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn("API request refused, the database is {}: {}", failure.get(), e.toString());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", ApiExceptionHandler.RETRY_AFTER);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(
                    ApiError.message(parameters.message(failure.get().messageKey()))))));
        }
    }
}
