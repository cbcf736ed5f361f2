package vn.tayninh.dashboard.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code ETag} and {@code If-None-Match} on the reads the provincial operations centre polls — the indicators, the
 * positions, the projection and the data quality — so that a poll when nothing changed is answered 304 without
 * reading a figure. The tag is a digest of what those figures depend on: the sum of every commune's roster version
 * (bumped by every write to cadres, titles, ratings, planning and discipline), the last entry of the audit trail
 * (every other audited change: seats, quotas, targets, standards), the last reporting date frozen, today's date (ages
 * and retirements move with it), this instance's start (settings are read at a start), and the request itself (its
 * address and query, the person asking, the language). One small query; runs inside the security filters, so that
 * only a signed-in caller is ever answered, 304 included. A tag is sent with a 200 answer only.
 */
@Component
@Order(1)
class FiguresEtags extends OncePerRequestFilter {

    /** The polled reads, below the context path. */
    static final Set<String> POLLED = Set.of("/api/v1/indicators", "/api/v1/positions", "/api/v1/forecast",
            "/api/v1/forecast/retirements", "/api/v1/data-quality");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Instant started = Instant.now();

    FiguresEtags(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !POLLED.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String tag = tag(request);
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && matches(asked, tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, tag);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == HttpServletResponse.SC_OK) {
            answer.setHeader(HttpHeaders.ETAG, tag);
        }
        answer.copyBodyToResponse();
    }

    /** Whether {@code If-None-Match} names the tag ({@code *}, a list, weak forms compared weakly, as RFC 9110 asks). */
    static boolean matches(String ifNoneMatch, String tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private String tag(HttpServletRequest request) {
        String state = jdbc.queryForObject("SELECT (SELECT COALESCE(SUM(version), 0) FROM roster_version),"
                + " (SELECT COALESCE(MAX(id), 0) FROM audit_entry), (SELECT COALESCE(MAX(id), 0) FROM reporting_freeze)",
                (rs, i) -> rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3));
        String text = String.join("\n", state, LocalDate.now(clock).toString(), started.toString(),
                request.getRequestURI(), String.valueOf(request.getQueryString()),
                request.getUserPrincipal() == null ? "" : request.getUserPrincipal().getName(),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
