package vn.tayninh.dashboard.security;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told of what: the enabled accounts of a role, or the editors of one commune, with where and in which
 * language a notice reaches them. Disabled accounts are never told.
 */
@Service
@Transactional(readOnly = true)
public class Recipients {

    /**
     * One person to tell, with the rights they hold now; {@code email} null when notices reach them in the
     * application only.
     */
    public record Recipient(long userId, String username, @Nullable String email, Locale locale, Role role,
                            @Nullable Long communeId) {

        /**
         * Whether this person may be told of a scope — the province ({@code scopeCommuneId} null) or one commune —
         * and be sent its files: a commune editor their own commune only, every other role any scope. The same rule
         * as the files the screens and the API hand them ({@link CommuneAccess}).
         */
        public boolean mayFollow(@Nullable Long scopeCommuneId) {
            return role != Role.COMMUNE_EDITOR || (scopeCommuneId != null && scopeCommuneId.equals(communeId));
        }
    }

    private final AppUserRepository users;
    private final AuthenticatedUser authenticatedUser;

    Recipients(AppUserRepository users, AuthenticatedUser authenticatedUser) {
        this.users = users;
        this.authenticatedUser = authenticatedUser;
    }

    /** The organization board: its accounts and the administrator's are not the same people, so BOARD only. */
    public List<Recipient> board() {
        return of(users.findEnabledByRoleIn(Set.of(Role.BOARD)));
    }

    public List<Recipient> editorsOf(long communeId) {
        return of(users.findEnabledEditorsOf(communeId));
    }

    public Optional<Recipient> byId(long userId) {
        return users.findById(userId).filter(AppUser::isEnabled).map(Recipients::recipient);
    }

    /** The account with its rights now, enabled or not. */
    public Optional<Recipient> anyById(long userId) {
        return users.findById(userId).map(Recipients::recipient);
    }

    /** Remembers the language the signed-in user chose on screen, for the notices written to them. */
    @Transactional
    public void rememberLanguage(Locale locale) {
        authenticatedUser.get().flatMap(user -> users.findById(user.id())).ifPresent(user -> user.setLocale(locale));
    }

    private static List<Recipient> of(Collection<AppUser> accounts) {
        return accounts.stream().map(Recipients::recipient).toList();
    }

    private static Recipient recipient(AppUser user) {
        String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
        return new Recipient(user.getId(), user.getUsername(), email, user.locale(), user.getRole(),
                user.getCommune() == null ? null : user.getCommune().getId());
    }
}
