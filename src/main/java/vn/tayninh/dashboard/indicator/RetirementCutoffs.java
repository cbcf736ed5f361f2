package vn.tayninh.dashboard.indicator;

import java.time.LocalDate;
import vn.tayninh.dashboard.cadre.Gender;

/**
 * Who retires by a date, as the projection's pools need it (the rule lives with the projection, in {@code forecast},
 * which implements this): the latest birth date of a cadre of {@code gender} retiring on or before {@code date}.
 */
public interface RetirementCutoffs {

    LocalDate latestBirthRetiringBy(Gender gender, LocalDate date);
}
