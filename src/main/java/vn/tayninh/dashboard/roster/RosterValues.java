package vn.tayninh.dashboard.roster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tayninh.dashboard.cadre.Committee;
import vn.tayninh.dashboard.cadre.Education;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.cadre.Rating;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.roster.RosterFormat.Form;

/**
 * The values of the roster file's coded columns, written as codes ({@code DAI_HOC}) or as the labels shown on
 * screen (Đại học), and read in either spelling: compared as {@link RosterFormat#fold} does, so that case, extra
 * spaces and the placement of diacritics do not matter. Within one column no two values fold alike.
 */
final class RosterValues {

    /** Where the screen's label of each coded value is found: the translation key before the code. */
    private static final Map<Class<? extends Enum<?>>, String> LABEL_KEYS = Map.of(
            Gender.class, "gender.",
            Education.class, "education.",
            PoliticalTheory.class, "theory.",
            Bloc.class, "bloc.",
            Position.class, "position.",
            Rating.class, "rating.",
            Committee.class, "roster.committee.");

    private static final Map<Class<?>, Map<String, Enum<?>>> READABLE = new HashMap<>();

    static {
        LABEL_KEYS.keySet().forEach(type -> READABLE.put(type, spellings(type)));
    }

    private RosterValues() {
    }

    /** The label on screen of a coded value. */
    static String label(Enum<?> value) {
        return RosterFormat.VIETNAMESE.get(LABEL_KEYS.get(value.getDeclaringClass()) + value.name());
    }

    static String write(Form form, Enum<?> value) {
        if (value == null) {
            return "";
        }
        return form == Form.LABELS ? label(value) : value.name();
    }

    /** The value spelt by a code or a label, or empty. */
    static <E extends Enum<E>> Optional<E> read(Class<E> type, String text) {
        return Optional.ofNullable(type.cast(READABLE.get(type).get(RosterFormat.fold(text))));
    }

    static String flag(Form form, boolean value) {
        return form == Form.LABELS ? RosterFormat.VIETNAMESE.get(value ? "roster.flag.true" : "roster.flag.false")
                : Boolean.toString(value);
    }

    /** {@code true}/{@code false}, or Có/Không, in any case; empty for anything else. */
    static Optional<Boolean> flag(String text) {
        String folded = RosterFormat.fold(text);
        if (folded.equals("true") || folded.equals(RosterFormat.fold(RosterFormat.VIETNAMESE.get("roster.flag.true")))) {
            return Optional.of(true);
        }
        if (folded.equals("false") || folded.equals(RosterFormat.fold(RosterFormat.VIETNAMESE.get("roster.flag.false")))) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** The spellings accepted for a coded column, from code and label; a spelling two values share is dropped. */
    private static Map<String, Enum<?>> spellings(Class<? extends Enum<?>> type) {
        Map<String, Enum<?>> spellings = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Enum<?> value : type.getEnumConstants()) {
            for (String spelling : new String[] {value.name(), label(value)}) {
                Enum<?> before = spellings.putIfAbsent(RosterFormat.fold(spelling), value);
                if (before != null && before != value) {
                    shared.add(RosterFormat.fold(spelling));
                }
            }
        }
        shared.forEach(spellings::remove);
        return Map.copyOf(spellings);
    }
}
