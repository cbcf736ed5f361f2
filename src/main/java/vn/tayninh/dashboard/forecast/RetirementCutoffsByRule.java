package vn.tayninh.dashboard.forecast;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tayninh.dashboard.cadre.Gender;
import vn.tayninh.dashboard.indicator.RetirementCutoffs;

/** {@link RetirementCutoffs} by {@link RetirementRule}: the projection's pools keep those who serve their term's end. */
@Component
class RetirementCutoffsByRule implements RetirementCutoffs {

    @Override
    public LocalDate latestBirthRetiringBy(Gender gender, LocalDate date) {
        return RetirementRule.latestBirthRetiringBy(gender, date);
    }
}
