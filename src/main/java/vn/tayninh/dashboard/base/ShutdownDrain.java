package vn.tayninh.dashboard.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first step of stopping (SIGTERM): readiness answers DOWN, and the server goes on answering everything for
 * {@code app.shutdown-drain} so that a load balancer notices and sends no new requests; only then does the web
 * server's graceful shutdown stop taking connections and let the requests in flight finish
 * ({@code server.shutdown=graceful}, at most {@code spring.lifecycle.timeout-per-shutdown-phase}). The last phase,
 * so it is stopped before every other lifecycle, the web server's included.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationContext context;
    private final AppProperties settings;
    private volatile boolean running;

    ShutdownDrain(ApplicationContext context, AppProperties settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        log.info("Stopping: readiness is DOWN; taking requests for {} more", settings.shutdownDrain());
        try {
            Thread.sleep(settings.shutdownDrain());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
