package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole dashboard's figures: every target for the scope, the same for each commune in it, and the seats.
 * Scope figures are computed from summed x and n, never from averaged percentages. {@code frozen}: the
 * targets are those stored at a reporting date rather than counted now.
 */
public record Overview(Scope scope, LocalDate asOf, int ratingYear, boolean frozen, List<TargetResult> targets,
                       List<CommuneResults> communes, List<Vacancy> vacancies) {

    public TargetResult target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
