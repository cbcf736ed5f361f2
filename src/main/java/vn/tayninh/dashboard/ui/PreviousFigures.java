package vn.tayninh.dashboard.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;

/**
 * The figures of the previous reporting period, for a page to say what changed: the scope's targets as frozen at
 * the latest reporting date before the date shown.
 *
 * @param date    the previous frozen reporting date
 * @param targets the scope's targets at that date, by code
 */
record PreviousFigures(LocalDate date, Map<String, TargetResult> targets) {

    /** How many of the shown targets changed status since {@link #date}, and how many of them went up or down. */
    record StatusChanges(int changed, int up, int down) {
    }

    /** The latest frozen reporting date before {@code asOf}, or null when there is none. */
    static LocalDate dateBefore(List<ReportingFreeze> freezes, LocalDate asOf) {
        return freezes.stream().map(ReportingFreeze::getAsOfDate).filter(d -> d.isBefore(asOf))
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The scope's frozen targets at the latest reporting date before {@code asOf}; null when nothing was frozen before. */
    static PreviousFigures before(IndicatorEngine engine, List<ReportingFreeze> freezes, LocalDate asOf, Scope scope) {
        LocalDate date = dateBefore(freezes, asOf);
        if (date == null) {
            return null;
        }
        Map<String, TargetResult> byCode = new LinkedHashMap<>();
        engine.frozenTargets(date, scope).forEach(t -> byCode.put(t.code(), t));
        return new PreviousFigures(date, byCode);
    }

    TargetResult target(String code) {
        return targets.get(code);
    }

    /**
     * Compares the statuses shown with those of the previous period: up or down by {@link Status#rank()}; a change
     * from or to a status that is not judged counts as a change only.
     */
    StatusChanges changes(List<TargetResult> shown) {
        int changed = 0;
        int up = 0;
        int down = 0;
        for (TargetResult now : shown) {
            TargetResult before = targets.get(now.code());
            if (before == null || before.status() == now.status()) {
                continue;
            }
            changed++;
            Integer from = before.status().rank();
            Integer to = now.status().rank();
            if (from != null && to != null) {
                if (to > from) {
                    up++;
                } else {
                    down++;
                }
            }
        }
        return new StatusChanges(changed, up, down);
    }
}
