package vn.tayninh.dashboard.indicator;

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
 * The one lifecycle of the kept figures ({@link KeptFigures}): at a start the stored rows are unconfirmed (the
 * database may have been changed by hand while the application was down) and every kind and variant is counted again
 * for the whole province in the background, so that the first request after a start counts only what it needs; and
 * the same count just after midnight in Tây Ninh, when every age moves on a day (and with it retirements and the days
 * since a record last changed), so that the first visitor of the day does not wait for it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Order(Ordered.LOWEST_PRECEDENCE)
class KeptFiguresSchedule implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(KeptFiguresSchedule.class);

    private final KeptFigures kept;
    private final boolean recountAtStart;

    KeptFiguresSchedule(KeptFigures kept, @Value("${app.live-figures.recount-at-start:true}") boolean recountAtStart) {
        this.kept = kept;
        this.recountAtStart = recountAtStart;
    }

    @Override
    public void run() {
        kept.markUnconfirmed(recountAtStart);
        if (recountAtStart) {
            Thread.ofPlatform().name("kept-figures-start").daemon().start(this::confirmAfterStart);
        }
    }

    /** Counts every kind and variant of the province again, then lets reads stop taking those counted before the start. */
    void confirmAfterStart() {
        try {
            kept.confirm();
        } catch (RuntimeException e) {
            // the database is away: the figures are counted on demand instead
            log.warn("Kept figures not counted again after the start: {}", e.getMessage());
        }
    }

    @Scheduled(cron = "0 1 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void newDay() {
        kept.countAhead();
    }
}
