package vn.tayninh.dashboard.indicator;

import java.util.List;
import vn.tayninh.dashboard.commune.Commune;

/** Every target and the seats of one commune. */
public record CommuneResults(Commune commune, List<TargetResult> targets, List<Vacancy> vacancies) {

    public TargetResult target(String code) {
        return targets.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
    }
}
