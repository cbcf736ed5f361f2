package vn.tayninh.dashboard.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationStepTaken;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;

/**
 * Tells people of each step on a request for explanation, once the step has committed (a rolled-back step tells
 * nobody): the commune's editors of a new or returned request, the board of an answer or of a request gone overdue.
 * An accepted answer tells nobody: the commune sees it on its page.
 */
@Component
class ExplanationNotices {

    private static final Logger log = LoggerFactory.getLogger(ExplanationNotices.class);

    private final Notices notices;
    private final Recipients recipients;
    private final CommuneService communes;

    ExplanationNotices(Notices notices, Recipients recipients, CommuneService communes) {
        this.notices = notices;
        this.recipients = recipients;
        this.communes = communes;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void stepTaken(ExplanationStepTaken step) {
        try {
            Commune commune = communes.findByCode(step.communeCode()).orElse(null);
            if (commune == null) {
                log.warn("A request for explanation names an unknown commune {}", step.communeCode());
                return;
            }
            String kind = step.overdue() ? "OVERDUE" : step.state().name();
            List<Recipient> told = switch (kind) {
                case "REQUESTED", "RETURNED" -> recipients.editorsOf(commune.getId());
                case "ANSWERED", "OVERDUE" -> recipients.board();
                default -> List.of();
            };
            long communeId = commune.getId();
            Audience audience = kind.equals("REQUESTED") || kind.equals("RETURNED")
                    ? Audience.editorsOf(communeId) : Audience.board();
            notices.tell(told, NoticeText.of("notice.explanation." + kind, step.targetCode(),
                    Translations.key("target." + step.targetCode() + ".name"), Formats.date(step.asOf()),
                    step.dueDate() == null ? "–" : Formats.date(step.dueDate()), commune.getName()), audience);
        } catch (RuntimeException e) {
            // the step itself has committed; a notice that could not be written must not fail it
            log.warn("Could not tell of step {} on request for explanation {}", step.state(), step.explanationId(), e);
        }
    }
}
