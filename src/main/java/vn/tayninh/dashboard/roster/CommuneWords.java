package vn.tayninh.dashboard.roster;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.tayninh.dashboard.commune.Commune;

/**
 * A commune as a file names it: by its code, by its name as written (case and spaces aside), or by its name without
 * diacritics when no other commune's name differs from it only by them (Xã Tân Thành and Xã Tân Thạnh need theirs).
 */
final class CommuneWords {

    private final Map<String, Commune> byCodeOrName = new HashMap<>();
    private final Map<String, Commune> byBareName = new HashMap<>();

    CommuneWords(Collection<Commune> communes) {
        Set<String> shared = new HashSet<>();
        for (Commune commune : communes) {
            byCodeOrName.put(RosterFormat.fold(commune.getCode()), commune);
            byCodeOrName.put(exact(commune.getName()), commune);
            if (byBareName.put(RosterFormat.fold(commune.getName()), commune) != null) {
                shared.add(RosterFormat.fold(commune.getName()));
            }
        }
        shared.forEach(byBareName::remove);
    }

    /** The commune a cell names, or null. */
    Commune find(String cell) {
        Commune commune = byCodeOrName.get(exact(cell));
        if (commune == null) {
            commune = byCodeOrName.get(RosterFormat.fold(cell));
        }
        return commune != null ? commune : byBareName.get(RosterFormat.fold(cell));
    }

    private static String exact(String name) {
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
