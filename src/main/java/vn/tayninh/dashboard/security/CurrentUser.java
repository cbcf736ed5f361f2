package vn.tayninh.dashboard.security;

import java.io.Serializable;

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
}
