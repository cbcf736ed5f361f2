package vn.tayninh.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;
import vn.tayninh.dashboard.base.DatabaseFailure;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.api.ApiError;
import vn.tayninh.dashboard.base.api.ApiErrors;

/**
 * The API's answer to a request that could not be authenticated: 401 with a Basic challenge for scripts, except when
 * the request comes from a browser (it sends {@code Sec-Fetch-*} headers, or asks for HTML): a browser would ask for
 * the password and then re-send it on its own to every later request, whichever site makes it; it gets the
 * challenge under a scheme of the product's own, {@code CadreBasic}, which no browser prompts for. Except too when the
 * accounts could not be read because the database cannot serve — then 503 with the reason in Vietnamese, as every
 * other API answer in that case, not a 401 that would send scripts to check their passwords.
 */
final class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The end of a lock as the province reads it. */
    static final DateTimeFormatter LOCK_END = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    static final String SCRIPT_CHALLENGE = "Basic realm=\"Realm\"";
    static final String BROWSER_CHALLENGE = "CadreBasic realm=\"Realm\"";

    private final Translations translations;

    ApiAuthenticationEntryPoint(Translations translations) {
        this.translations = translations;
    }

    /** The challenge for this request: none that makes a browser prompt for a password. */
    static String challenge(HttpServletRequest request) {
        return looksLikeBrowser(request) ? BROWSER_CHALLENGE : SCRIPT_CHALLENGE;
    }

    static boolean looksLikeBrowser(HttpServletRequest request) {
        if (request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || request.getHeader("Sec-Fetch-Dest") != null) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/html");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AccountLockedException locked) {
            // Still a 401 with the challenge, telling the script why and until when.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", challenge(request));
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(ApiError.message(
                    translations.vietnamese("login.locked", LOCK_END.format(locked.until())))))));
            return;
        }
        if (failure instanceof SecondFactorRequiredException) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", challenge(request));
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(ApiError.message(
                    translations.vietnamese("api.secondFactor"))))));
            return;
        }
        Optional<DatabaseFailure> database = DatabaseFailure.of(failure);
        if (database.isEmpty()) {
            response.setHeader("WWW-Authenticate", challenge(request));
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, HttpStatus.UNAUTHORIZED.getReasonPhrase());
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(new ApiErrors(List.of(
                ApiError.message(translations.vietnamese(database.get().messageKey()))))));
    }
}
