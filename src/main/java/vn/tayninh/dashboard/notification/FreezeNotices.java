package vn.tayninh.dashboard.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.ReportingDateFrozen;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;

/**
 * Tells the subscribers of a new reporting date once the freeze has committed; the e-mail carries the meeting pack
 * of the scope they follow (the province, or their commune), made from the figures just frozen.
 */
@Component
class FreezeNotices {

    private static final Logger log = LoggerFactory.getLogger(FreezeNotices.class);

    private final SubscriptionRepository subscriptions;
    private final Recipients recipients;
    private final CommuneService communes;
    private final Notices notices;

    FreezeNotices(SubscriptionRepository subscriptions, Recipients recipients, CommuneService communes,
                  Notices notices) {
        this.subscriptions = subscriptions;
        this.recipients = recipients;
        this.communes = communes;
        this.notices = notices;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void frozen(ReportingDateFrozen event) {
        try {
            Map<Long, List<Recipient>> byCommune = new LinkedHashMap<>();
            for (Subscription s : subscriptions.findByKind(Subscription.Kind.FREEZE)) {
                recipients.byId(s.getUserId()).ifPresent(r ->
                        byCommune.computeIfAbsent(s.getCommuneId() == null ? 0L : s.getCommuneId(),
                                k -> new ArrayList<>()).add(r));
            }
            byCommune.forEach((communeId, told) -> {
                Commune commune = communeId == 0L ? null : communes.findById(communeId).orElse(null);
                String scopeName = commune == null ? Translations.key("notice.scope.province") : commune.getName();
                String date = Formats.date(event.asOf());
                Long scopeCommune = commune == null ? null : commune.getId();
                notices.tell(told, NoticeText.of("notice.freeze", date, scopeName),
                        new MeetingPack(commune == null ? null : commune.getCode(), event.asOf()),
                        Audience.followersOf(scopeCommune));
            });
        } catch (RuntimeException e) {
            log.warn("Could not tell the subscribers of the freeze at {}", event.asOf(), e);
        }
    }
}
