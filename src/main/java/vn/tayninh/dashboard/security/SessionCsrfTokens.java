package vn.tayninh.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The CSRF tokens of the UI, kept in the session as Spring Security does by default, except that a state-changing
 * request without a session does not get one: it cannot carry a valid token (there is none to compare with) and is
 * refused, and a session opened for it would be one more for every forged post (a login from another site).
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return sessions.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token != null && request.getSession(false) == null && !SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        sessions.saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return sessions.loadToken(request);
    }
}
