package vn.tayninh.dashboard.security;

import java.io.Serializable;
import java.util.Locale;
import vn.tayninh.dashboard.base.Translations;

/**
 * The signed-in user as the rest of the application sees it: a snapshot taken at login, kept in the session,
 * so that asking for it costs no query.
 *
 * @param communeId the commune a {@link Role#COMMUNE_EDITOR} may edit; null for every other role
 */
public record CurrentUser(long id, String username, String displayName, Role role, Long communeId)
        implements Serializable {

    static CurrentUser of(AppUser user) {
        Long communeId = user.getCommune() == null ? null : user.getCommune().getId();
        return new CurrentUser(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(), communeId);
    }

    /** The display name in the given language: a name the application gave is stored as a translation key. */
    public String displayName(Locale locale) {
        return Translations.stored(displayName, locale);
    }
}
