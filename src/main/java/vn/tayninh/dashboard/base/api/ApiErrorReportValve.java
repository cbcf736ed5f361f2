package vn.tayninh.dashboard.base.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error page for what it refuses before the application sees the request (an address with {@code %00},
 * an undecodable path): under {@code /api/} the API's {@code {"errors":[…]}} in JSON, elsewhere Tomcat's page
 * without server details. It takes the place of the error valve Spring Boot puts on the host, once every customizer
 * has run (before the application's context starts), whatever their order.
 */
class ApiErrorReportValve extends ErrorReportValve {

    ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (!ApiErrorPages.isApi(uri) || response.getStatus() < 400 || response.getContentWritten() > 0) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ApiErrorPages.body(message(response.getStatus())),
                        java.nio.charset.StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already sent: nothing more to say
        }
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> ApiErrorPages.BAD_ADDRESS;
            case 404 -> "Không có địa chỉ này trong API";
            default -> "Máy chủ không thực hiện được yêu cầu (mã " + status + ")";
        };
    }

    /** Puts the valve on the host in place of any other error valve, after every context customizer has run. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    Pipeline host = context.getParent().getPipeline();
                    for (Valve valve : host.getValves()) {
                        if (valve instanceof ErrorReportValve && !(valve instanceof ApiErrorReportValve)) {
                            host.removeValve(valve);
                        }
                    }
                    host.addValve(new ApiErrorReportValve());
                }
            }));
        }
    }
}
