package vn.tayninh.dashboard.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tayninh.dashboard.base.Change;
import vn.tayninh.dashboard.base.ChangesMade;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.security.Recipients;

/**
 * Tells the subscribers of a scope when one of its targets changes status. It compares the scope's live statuses
 * with those last told, kept on the subscription; the first look only remembers. It looks after every committed
 * data change (at the communes changed and the province; a change of no commune, such as a target's level, at
 * every scope) and every hour, since statuses also move with the date as the required path rises. Only scopes
 * somebody follows are judged, with the engine's stored live figures, so a look costs one dashboard per scope.
 */
@Component
public class StatusWatch {

    private static final Logger log = LoggerFactory.getLogger(StatusWatch.class);

    private final SubscriptionRepository subscriptions;
    private final IndicatorEngine engine;
    private final CommuneService communes;
    private final Recipients recipients;
    private final Notices notices;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    StatusWatch(SubscriptionRepository subscriptions, IndicatorEngine engine, CommuneService communes,
                Recipients recipients, Notices notices,
                PlatformTransactionManager transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.engine = engine;
        this.communes = communes;
        this.recipients = recipients;
        this.notices = notices;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void dataChanged(ChangesMade event) {
        if (event.changes().isEmpty()) {
            return;
        }
        Set<Long> changed = new HashSet<>();
        for (Change change : event.changes()) {
            if (change.communeId() == null) {
                safeCheck(null);
                return;
            }
            changed.add(change.communeId());
        }
        safeCheck(changed);
    }

    @Scheduled(cron = "0 7 * * * *", zone = "Asia/Ho_Chi_Minh")
    void hourly() {
        safeCheck(null);
    }

    private void safeCheck(@Nullable Set<Long> communeIds) {
        try {
            check(communeIds);
        } catch (RuntimeException e) {
            // the change that triggered the look has committed; telling later (next hour) is better than failing it
            log.warn("Could not compare the statuses of the subscribed scopes", e);
        }
    }

    /**
     * Compares the statuses of the followed scopes, the province and the given communes (null: every commune),
     * with those last told, and tells of each change; returns how many notices were written.
     */
    public int check(@Nullable Set<Long> communeIds) {
        Map<Long, List<Subscription>> byScope = subscriptions.findByKind(Subscription.Kind.STATUS).stream()
                .filter(s -> s.getCommuneId() == null || communeIds == null || communeIds.contains(s.getCommuneId()))
                .collect(Collectors.groupingBy(s -> s.getCommuneId() == null ? 0L : s.getCommuneId(),
                        LinkedHashMap::new, Collectors.toList()));
        LocalDate today = LocalDate.now(clock);
        int told = 0;
        for (Map.Entry<Long, List<Subscription>> scope : byScope.entrySet()) {
            Commune commune = scope.getKey() == 0L ? null : communes.findById(scope.getKey()).orElse(null);
            if (scope.getKey() != 0L && commune == null) {
                continue;
            }
            Map<String, String> now = new LinkedHashMap<>();
            for (TargetResult result : engine.evaluate(commune == null ? Scope.province()
                    : Scope.commune(commune.getCode()), today, null)) {
                now.put(result.code(), result.status().name());
            }
            String nowText = write(now);
            String scopeName = commune == null ? Translations.key("notice.scope.province") : commune.getName();
            for (Subscription subscription : scope.getValue()) {
                String seen = subscription.getLastStatuses();
                if (Objects.equals(seen, nowText)) {
                    continue;
                }
                Integer moved = ownTransaction.execute(tx -> subscriptions.moveStatuses(subscription.getId(), seen, nowText));
                if (moved == null || moved == 0 || seen == null) {
                    continue;
                }
                Map<String, String> before = read(seen);
                List<NoticeText> changes = new ArrayList<>();
                now.forEach((code, status) -> {
                    String was = before.get(code);
                    if (was != null && !was.equals(status)) {
                        changes.add(NoticeText.of("notice.status", scopeName, code,
                                Translations.key("target." + code + ".name"), Translations.key("status." + was),
                                Translations.key("status." + status)));
                    }
                });
                var recipient = recipients.byId(subscription.getUserId())
                        .filter(r -> r.mayFollow(subscription.getCommuneId()));
                if (recipient.isPresent()) {
                    for (NoticeText change : changes) {
                        notices.tell(List.of(recipient.get()), change,
                                Audience.followersOf(subscription.getCommuneId()));
                        told++;
                    }
                }
            }
        }
        return told;
    }

    private static String write(Map<String, String> statuses) {
        return statuses.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    private static Map<String, String> read(String text) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                statuses.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return statuses;
    }
}
