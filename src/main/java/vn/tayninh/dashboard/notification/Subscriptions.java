package vn.tayninh.dashboard.notification;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.tayninh.dashboard.security.AccountRightsChanged;
import vn.tayninh.dashboard.security.Recipients;
import vn.tayninh.dashboard.security.Recipients.Recipient;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.AccessRefusedException;
import vn.tayninh.dashboard.base.UnknownRecordException;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * The signed-in user's subscriptions. Any user may follow the province or any commune, except a commune editor,
 * who follows their own commune only (the meeting pack a freeze notice carries is one they may export).
 */
@Service
@Transactional(readOnly = true)
public class Subscriptions {

    private final SubscriptionRepository subscriptions;
    private final CommuneService communes;
    private final AuthenticatedUser authenticatedUser;
    private final Recipients recipients;

    Subscriptions(SubscriptionRepository subscriptions, CommuneService communes, AuthenticatedUser authenticatedUser,
                  Recipients recipients) {
        this.recipients = recipients;
        this.subscriptions = subscriptions;
        this.communes = communes;
        this.authenticatedUser = authenticatedUser;
    }

    public List<Subscription> mine() {
        return subscriptions.findByUserIdOrderById(authenticatedUser.require().id());
    }

    /** Follows the province ({@code communeId} null) or a commune; following the same twice keeps one. */
    @Transactional
    public Subscription subscribe(Subscription.Kind kind, @Nullable Long communeId) {
        CurrentUser user = authenticatedUser.require();
        if (communeId != null) {
            Commune commune = communes.findById(communeId).orElseThrow(() -> new UnknownRecordException("communeId"));
            communeId = commune.getId();
        }
        if (user.role() == Role.COMMUNE_EDITOR && (communeId == null || !communeId.equals(user.communeId()))) {
            throw new AccessRefusedException("access.denied.commune");
        }
        Long scope = communeId;
        return mine().stream().filter(s -> s.getKind() == kind && java.util.Objects.equals(s.getCommuneId(), scope))
                .findFirst().orElseGet(() -> subscriptions.save(new Subscription(user.id(), kind, scope)));
    }

    /**
     * Ends, in the transaction that changed an account's role or commune, every subscription the account may no
     * longer hold: an editor moved to another commune stops following the former one, a leader made editor again
     * stops following the province and other communes.
     */
    @EventListener
    @Transactional
    void rightsChanged(AccountRightsChanged changed) {
        Recipient now = recipients.anyById(changed.userId()).orElse(null);
        if (now == null) {
            return;
        }
        List<Subscription> lost = subscriptions.findByUserIdOrderById(changed.userId()).stream()
                .filter(s -> !now.mayFollow(s.getCommuneId())).toList();
        subscriptions.deleteAll(lost);
    }

    @Transactional
    public void unsubscribe(long id) {
        long userId = authenticatedUser.require().id();
        subscriptions.delete(subscriptions.findById(id).filter(s -> s.getUserId() == userId)
                .orElseThrow(() -> new UnknownRecordException("id")));
    }
}
