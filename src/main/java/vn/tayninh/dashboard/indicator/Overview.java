package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import java.util.List;

/**
 * A whole dashboard's figures: every target for the scope, the same for each commune in it, and the seats.
 * Scope figures are computed from summed x and n, never from averaged percentages. {@code frozen}: the
 * targets are those stored at a reporting date rather than counted now. {@code provisional}: some live figures were
 * counted before the application's last start and are being recounted (only in the first moments after a start,
 * for a large scope); the page says so.
 */
public record Overview(Scope scope, LocalDate asOf, int ratingYear, boolean frozen, List<TargetResult> targets,
                       List<CommuneResults> communes, List<Vacancy> vacancies, boolean provisional) {

    public Overview(Scope scope, LocalDate asOf, int ratingYear, boolean frozen, List<TargetResult> targets,
                    List<CommuneResults> communes, List<Vacancy> vacancies) {
        this(scope, asOf, ratingYear, frozen, targets, communes, vacancies, false);
    }

    public TargetResult target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
