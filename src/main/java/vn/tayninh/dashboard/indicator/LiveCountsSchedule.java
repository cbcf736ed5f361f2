package vn.tayninh.dashboard.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * Starts with the stored live figures unconfirmed (the database may have been changed by hand while the application
 * was down) and recounts every commune in the background, so that the first request after a start counts only what
 * it needs ({@link LiveCounts}); and recounts the province just after midnight in Tây Ninh, when every age moves on
 * a day, so that the first visitor of the day does not wait for it. After each of the two, the figures kept in memory
 * for the whole province ({@link CountAhead}: the projection to 2030, the data quality) are counted ahead the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveCountsSchedule implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(LiveCountsSchedule.class);

    private final LiveCounts liveCounts;
    private final IndicatorEngine engine;
    private final Clock clock;
    private final boolean recountAtStart;
    private final List<CountAhead> ahead;

    LiveCountsSchedule(LiveCounts liveCounts, IndicatorEngine engine, Clock clock, List<CountAhead> ahead,
                       @Value("${app.live-figures.recount-at-start:true}") boolean recountAtStart) {
        this.liveCounts = liveCounts;
        this.ahead = ahead;
        this.engine = engine;
        this.clock = clock;
        this.recountAtStart = recountAtStart;
    }

    @Override
    public void run() {
        liveCounts.markUnconfirmed(recountAtStart);
        if (recountAtStart) {
            for (CountAhead figures : ahead) {
                try {
                    figures.countComing();
                } catch (RuntimeException e) {
                    log.warn("{} not read back after the start: {}", figures.getClass().getSimpleName(), e.getMessage());
                }
            }
            Thread.ofPlatform().name("live-figures-start").daemon().start(this::confirmAfterStart);
        }
    }

    /**
     * Recounts every commune's live figures, then lets reads stop taking those counted before the start; then counts
     * ahead what is kept in memory.
     */
    void confirmAfterStart() {
        try {
            liveCounts.confirm(this::liveFiguresOfToday);
        } catch (RuntimeException e) {
            // the database is away: the figures are counted on demand instead
            log.warn("Live figures not recounted after the start: {}", e.getMessage());
        }
        countAhead();
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void newDay() {
        liveCounts.recountNewDay(this::liveFiguresOfToday);
        countAhead();
    }

    private void liveFiguresOfToday() {
        LocalDate today = LocalDate.now(clock);
        // the breakdowns first: a page takes provisional ones only while its overview is provisional too
        engine.breakdowns(Scope.province(), today);
        engine.overview(Scope.province(), today, null);
    }

    /** Each {@link CountAhead} for today, one after the other; one that fails leaves its figures to be counted on demand. */
    void countAhead() {
        LocalDate today = LocalDate.now(clock);
        for (CountAhead figures : ahead) {
            try {
                figures.countAhead(today);
            } catch (RuntimeException e) {
                log.warn("{} not counted ahead: {}", figures.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
