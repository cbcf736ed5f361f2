package vn.tayninh.dashboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiErrors;

/**
 * Keeps other websites from writing through the API in a browser that holds an API password (a browser re-sends
 * HTTP Basic credentials it was once given, to any page's request). Every request that may change something (any
 * method but GET, HEAD, OPTIONS and TRACE) is refused with 403 before its credentials are looked at when
 *
 * <ul>
 * <li>the browser says it comes from another site or origin ({@code Sec-Fetch-Site} other than {@code same-origin}
 * or {@code none}), or</li>
 * <li>it names an {@code Origin} that is not this server's own (by host and port), {@code null} included, or</li>
 * <li>it lacks the {@code X-Requested-With} header: a page on another origin can set such a header only after a
 * CORS preflight, which this server never grants, so a form or a {@code no-cors} fetch can never carry it.</li>
 * </ul>
 *
 * Scripts send no {@code Sec-Fetch-*} nor {@code Origin}; they add {@code X-Requested-With} (any value) to their
 * writes (docs/api.md).
 */
final class ApiCrossSiteFilter extends OncePerRequestFilter {

    static final String REQUIRED_HEADER = "X-Requested-With";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Translations translations;

    ApiCrossSiteFilter(Translations translations) {
        this.translations = translations;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !OWN_SITE.contains(fetchSite.strip().toLowerCase(Locale.ROOT))) {
            refuse(response, "api.error.crossSite");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            refuse(response, "api.error.crossSite");
            return;
        }
        String marker = request.getHeader(REQUIRED_HEADER);
        if (marker == null || marker.isBlank()) {
            refuse(response, "api.error.requestedWith");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the {@code Origin} names this server as the request reached it (its Host), scheme aside. */
    static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null || origin.isBlank() || "null".equals(origin.strip())) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            String hostWithoutDefaultPort = host.strip().replaceFirst(":(80|443)$", "");
            String originWithoutDefaultPort = authority.replaceFirst(":(80|443)$", "");
            return hostWithoutDefaultPort.equalsIgnoreCase(originWithoutDefaultPort);
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, String messageKey) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(
                ApiError.message(translations.vietnamese(messageKey))))));
    }
}
