package vn.tayninh.dashboard.notification;

import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import vn.tayninh.dashboard.security.Recipients.Recipient;
import vn.tayninh.dashboard.security.Role;

/**
 * Who may be told of a notice, as data: kept with an e-mail that waits for the SMTP server, and read against the
 * recipient's rights again just before the e-mail leaves.
 */
public record Audience(Kind kind, @Nullable Long communeId) implements Predicate<Recipient> {

    public enum Kind {
        /** Whoever may follow the scope: the province ({@code communeId} null) or one commune. */
        FOLLOWERS,
        /** The editors of one commune. */
        EDITORS,
        /** The organization board. */
        BOARD
    }

    static Audience followersOf(@Nullable Long communeId) {
        return new Audience(Kind.FOLLOWERS, communeId);
    }

    static Audience editorsOf(long communeId) {
        return new Audience(Kind.EDITORS, communeId);
    }

    static Audience board() {
        return new Audience(Kind.BOARD, null);
    }

    @Override
    public boolean test(Recipient recipient) {
        return switch (kind) {
            case FOLLOWERS -> recipient.mayFollow(communeId);
            case EDITORS -> recipient.role() == Role.COMMUNE_EDITOR && communeId != null
                    && communeId.equals(recipient.communeId());
            case BOARD -> recipient.role() == Role.BOARD;
        };
    }
}
