package vn.tayninh.dashboard.explanation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.base.StartupTask;

/**
 * Announces the requests for explanation that went overdue: at start (the application may have been down at
 * midnight) and just after midnight in Tây Ninh, when a due date passes.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OverdueCheck implements StartupTask {

    private final Explanations explanations;

    OverdueCheck(Explanations explanations) {
        this.explanations = explanations;
    }

    @Override
    public void run() {
        explanations.announceOverdue();
    }

    @Scheduled(cron = "0 2 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void newDay() {
        explanations.announceOverdue();
    }
}
