package vn.tayninh.dashboard.indicator;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * Starts without stored live counts (the database may have been changed by hand while the application was down),
 * and recounts the province just after midnight in Tây Ninh, when every age moves on a day, so that the first
 * visitor of the day does not wait for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveCountsSchedule implements StartupTask {

    private final LiveCounts liveCounts;
    private final IndicatorEngine engine;
    private final Clock clock;

    LiveCountsSchedule(LiveCounts liveCounts, IndicatorEngine engine, Clock clock) {
        this.liveCounts = liveCounts;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public void run() {
        liveCounts.clear();
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void newDay() {
        LocalDate today = LocalDate.now(clock);
        engine.overview(Scope.province(), today, null);
        engine.breakdowns(Scope.province(), today);
    }
}
