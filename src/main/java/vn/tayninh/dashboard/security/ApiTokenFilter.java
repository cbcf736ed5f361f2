package vn.tayninh.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.base.DatabaseFailure;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiErrors;

/**
 * The API's second way in, for machines: {@code Authorization: Bearer tnk_…} names an {@link ApiToken}, and the call
 * goes on as the token's principal with its scope's rights. A key that is unknown, revoked or expired is refused with
 * 401 and the reason in Vietnamese, without falling back to anything else. Requests without a Bearer key pass on to
 * HTTP Basic.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiTokens tokens;
    private final Translations translations;

    ApiTokenFilter(ApiTokens tokens, Translations translations) {
        this.tokens = tokens;
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<CurrentUser> machine;
        try {
            machine = tokens.authenticate(header.substring(BEARER.length()).strip());
        } catch (RuntimeException failure) {
            // the keys could not be read: the same 503 as every API answer while the database cannot serve
            DatabaseFailure database = DatabaseFailure.of(failure).orElseThrow(() -> failure);
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            refuse(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, database.messageKey());
            return;
        }
        if (machine.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "token.refused");
            return;
        }
        AppUserDetails principal = new AppUserDetails(machine.get());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void refuse(HttpServletResponse response, int status, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(
                ApiError.message(translations.vietnamese(messageKey))))));
    }
}
