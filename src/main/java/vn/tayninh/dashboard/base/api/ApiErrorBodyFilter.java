package vn.tayninh.dashboard.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's error body for every refusal made outside its controllers: a status sent with
 * {@code sendError} — by Spring Security (401), by Spring MVC for a wrong method (405), an unacceptable
 * {@code Accept} (406), an unsupported {@code Content-Type} (415), an unknown address (404) or a file over the
 * multipart limit (413) — is answered here with {@code {"errors":[{"message":"…"}]}} in Vietnamese instead of the
 * servlet container's error page. It also caps every request body that is not a multipart upload at
 * {@link #MAX_JSON_BYTES}: a larger one is refused with 413 before or while it is read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiErrorBodyFilter extends OncePerRequestFilter {

    /** The largest JSON body the API reads; a cadre profile is well under 1 KB. */
    static final int MAX_JSON_BYTES = 64 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiParameters parameters;

    ApiErrorBodyFilter(ApiParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorBodyResponse errorBody = new ErrorBodyResponse(request, response);
        if (!isMultipart(request) && !parametersReadable(request)) {
            // a query Tomcat cannot decode (%ff%fe is no UTF-8): refused here, before anything reads it and fails
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(ApiErrorPages.body(ApiErrorPages.BAD_ADDRESS));
            return;
        }
        if (isMultipart(request)) {
            chain.doFilter(request, errorBody);
            return;
        }
        if (request.getContentLengthLong() > MAX_JSON_BYTES) {
            errorBody.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(new CappedRequest(request), errorBody);
        } catch (ServletException | RuntimeException e) {
            if (!causedByTooLarge(e) || response.isCommitted()) {
                throw e;
            }
            errorBody.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        }
    }

    /** Whether the request's parameters can be decoded; the container refuses bytes that are not UTF-8. */
    private static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            return false;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static boolean causedByTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** The message of a status in Vietnamese: each status the API can meet outside its controllers has its own. */
    private String message(int status, HttpServletRequest request) {
        return switch (status) {
            case HttpServletResponse.SC_UNAUTHORIZED -> parameters.message("api.error.unauthorized");
            case HttpServletResponse.SC_NOT_FOUND -> parameters.message("api.error.path");
            case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> parameters.message("api.error.method", request.getMethod());
            case HttpServletResponse.SC_NOT_ACCEPTABLE -> parameters.message("api.error.accept");
            case HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE -> parameters.message("api.error.contentType",
                    String.valueOf(request.getContentType()));
            case HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE -> parameters.message("api.error.tooLarge");
            default -> parameters.message("api.error.status", String.valueOf(status));
        };
    }

    /** Writes the error body itself where the container would forward to its error page. */
    private final class ErrorBodyResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        ErrorBodyResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignored) throws IOException {
            if (isCommitted()) {
                super.sendError(status);
                return;
            }
            resetBuffer();
            setStatus(status);
            setContentType("application/json");
            setCharacterEncoding(StandardCharsets.UTF_8.name());
            byte[] body = JSON.writeValueAsBytes(new ApiErrors(List.of(ApiError.message(message(status, request)))));
            setContentLength(body.length);
            getOutputStream().write(body);
            flushBuffer();
        }
    }

    /** Thrown while a body without a length is read, once it passes the cap. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("Request body over " + MAX_JSON_BYTES + " bytes");
        }
    }

    /** A request whose body stops with {@link BodyTooLargeException} past {@link #MAX_JSON_BYTES}. */
    private static final class CappedRequest extends HttpServletRequestWrapper {

        private ServletInputStream capped;

        CappedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (capped == null) {
                capped = new CappedInputStream(super.getInputStream());
            }
            return capped;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
        }
    }

    private static final class CappedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private long read;

        CappedInputStream(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > MAX_JSON_BYTES) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
