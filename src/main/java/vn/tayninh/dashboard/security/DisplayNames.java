package vn.tayninh.dashboard.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names people read for accounts that histories record by user name ("bantochuc" becomes "Ban Tổ chức Tỉnh
 * ủy"). An account that no longer exists keeps its user name.
 */
@Service
@Transactional(readOnly = true)
public class DisplayNames {

    private final AppUserRepository users;

    DisplayNames(AppUserRepository users) {
        this.users = users;
    }

    /** Each user name with the display name of its account in the reader's language, or itself without account. */
    public Map<String, String> of(Collection<String> usernames, Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            if (username != null && !names.containsKey(username)) {
                names.put(username, users.findByUsername(username).map(user -> user.displayName(locale))
                        .orElse(username));
            }
        }
        return names;
    }
}
