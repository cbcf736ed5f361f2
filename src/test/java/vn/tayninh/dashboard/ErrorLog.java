package vn.tayninh.dashboard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Fails a test when the application logged an ERROR while it ran: an unhandled exception is a fault even when the
 * test's own assertions pass. The appender is wired in {@code logback-test.xml}; the extension is registered for
 * every test through the service loader ({@code junit-platform.properties} switches auto-detection on). A test class
 * that provokes errors on purpose (a database failure, an unexpected exception's reference page) says so with
 * {@link Expected}, and then only the errors of the loggers it names are allowed. A missing translation (a WARN of
 * {@code base.Translations}: the screen shows "!key") fails the test the same way.
 */
public final class ErrorLog extends AppenderBase<ILoggingEvent>
        implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private static final ConcurrentLinkedQueue<ILoggingEvent> ERRORS = new ConcurrentLinkedQueue<>();
    private static final String TRANSLATIONS = "vn.tayninh.dashboard.base.Translations";

    /** Errors a test class provokes on purpose, by the name (or the start of the name) of the logger. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Expected {

        /** Logger names, or their beginnings, whose ERROR lines this class expects. */
        String[] loggers();

        /** Why the errors are expected. */
        String because();
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (event.getLevel().isGreaterOrEqual(Level.ERROR) || missingTranslation(event)) {
            ERRORS.add(event);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ERRORS.clear();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        check(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(context);
    }

    private static void check(ExtensionContext context) {
        String[] allowed = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Expected.class)
                .map(Expected::loggers).orElse(new String[0]);
        List<String> unexpected = new ArrayList<>();
        for (ILoggingEvent event; (event = ERRORS.poll()) != null; ) {
            if (!allowedBy(allowed, event.getLoggerName())) {
                unexpected.add(describe(event));
            }
        }
        if (!unexpected.isEmpty()) {
            throw new AssertionError("The application logged " + unexpected.size()
                    + " ERROR line(s) or missing translation(s):\n"
                    + String.join("\n", unexpected));
        }
    }

    private static boolean missingTranslation(ILoggingEvent event) {
        return event.getLevel() == Level.WARN && TRANSLATIONS.equals(event.getLoggerName())
                && event.getMessage() != null && event.getMessage().startsWith("Missing translation");
    }

    private static boolean allowedBy(String[] allowed, String logger) {
        for (String prefix : allowed) {
            if (logger.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder line = new StringBuilder("  [").append(event.getLoggerName()).append("] ")
                .append(event.getFormattedMessage());
        for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
            line.append("\n    caused by ").append(cause.getClassName()).append(": ").append(cause.getMessage());
        }
        return line.toString();
    }
}
