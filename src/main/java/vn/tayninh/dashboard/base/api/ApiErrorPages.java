package vn.tayninh.dashboard.base.api;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's error shape for requests refused before a controller sees them: an address Spring Security's firewall
 * rejects, and a query that cannot be decoded ({@link ApiErrorBodyFilter}) answer 400 with
 * {@code {"errors":[{"message":"…"}]}} in Vietnamese under {@code /api/}; elsewhere a bare 400.
 */
@Configuration
class ApiErrorPages {

    /** Written without the application's translations: these errors may come before it is reached. */
    static final String BAD_ADDRESS = "Địa chỉ hoặc tham số của yêu cầu không hợp lệ (ký tự không được phép hoặc mã hóa sai)";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static byte[] body(String message) {
        return JSON.writeValueAsBytes(new ApiErrors(List.of(ApiError.message(message))));
    }

    static boolean isApi(String uri) {
        return uri != null && uri.startsWith("/api/");
    }

    /** Spring Security's firewall: 400 with the API's body under /api/, a bare 400 elsewhere (not a 500). */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            if (!isApi(request.getRequestURI())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body(BAD_ADDRESS));
        };
    }
}
