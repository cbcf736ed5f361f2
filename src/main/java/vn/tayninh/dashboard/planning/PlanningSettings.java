package vn.tayninh.dashboard.planning;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of the planning rules (docs/planning.md), under {@code app.planning.*}.
 *
 * @param personsPerTitle        at most this many persons per title, commune and term ({@code persons-per-title})
 * @param perApprovedSeat        for a title with several seats ({@code PCT_UBND}, {@code BTV}, {@code BCH}), the
 *                               limit is {@code personsPerTitle} per approved seat; false: per title as for the others
 * @param titlesPerPerson        at most this many titles per person and term
 * @param retireAfterTermEnd     the person's retirement date must fall on or after the term's last day
 * @param waitingMonths          months after a discipline's date before planning again, per kind; a kind left out
 *                               keeps its default (reprimand 24, warning 36, removal from post 60)
 */
@ConfigurationProperties("app.planning")
public record PlanningSettings(@DefaultValue("3") int personsPerTitle,
                               @DefaultValue("true") boolean perApprovedSeat,
                               @DefaultValue("3") int titlesPerPerson,
                               @DefaultValue("true") boolean retireAfterTermEnd,
                               Map<DisciplineKind, Integer> waitingMonths) {

    public PlanningSettings {
        Map<DisciplineKind, Integer> months = new EnumMap<>(DisciplineKind.class);
        for (DisciplineKind kind : DisciplineKind.values()) {
            months.put(kind, kind.defaultMonths());
        }
        if (waitingMonths != null) {
            months.putAll(waitingMonths);
        }
        waitingMonths = Map.copyOf(months);
    }

    /** The defaults. */
    public static PlanningSettings defaults() {
        return new PlanningSettings(3, true, 3, true, null);
    }

    public int waitingMonths(DisciplineKind kind) {
        return waitingMonths.get(kind);
    }
}
