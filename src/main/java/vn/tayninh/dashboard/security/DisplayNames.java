package vn.tayninh.dashboard.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tayninh.dashboard.base.Translations;

/**
 * The names people read for the user names stored beside a record (who froze the figures, who took a step of a
 * request for explanation): an account's display name ("bantochuc" becomes "Ban Tổ chức Tỉnh ủy"), "Hệ thống" for the
 * system's own work (the demo data's baseline freeze), and the user name itself for an account that no longer exists.
 */
@Service
@Transactional(readOnly = true)
public class DisplayNames {

    private final AppUserRepository users;

    DisplayNames(AppUserRepository users) {
        this.users = users;
    }

    /** Every account's display name by user name, in {@code locale}, with the system's own name. */
    public Map<String, String> byUsername(Locale locale) {
        Map<String, String> names = new HashMap<>();
        users.findAll().forEach(user -> names.put(user.getUsername(), user.displayName(locale)));
        names.put(SystemUser.SYSTEM.username(), system(locale));
        return names;
    }

    /** The display names of a few user names only (a history's actors), read one by one. */
    public Map<String, String> of(Collection<String> usernames, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            if (username != null && !names.containsKey(username)) {
                names.put(username, SystemUser.SYSTEM.username().equals(username) ? system(locale)
                        : users.findByUsername(username).map(user -> user.displayName(locale)).orElse(username));
            }
        }
        return names;
    }

    /** The name to show for {@code username}: from {@code names} (of {@link #byUsername}), else the user name. */
    public static String of(Map<String, String> names, String username) {
        return username == null ? "" : names.getOrDefault(username, username);
    }

    private static String system(Locale locale) {
        return Translations.stored(Translations.key("account.system"), locale);
    }
}
