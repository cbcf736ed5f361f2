package vn.tayninh.dashboard.forecast;

import java.time.LocalDate;
import java.util.Optional;
import vn.tayninh.dashboard.cadre.Gender;

/**
 * The retirement date of the Labour Code 2019 and the roadmap of Decree 135/2020/NĐ-CP (docs/forecast.md): the age
 * depends on the calendar year in which it is reached, and a cadre retires in the first year from 2021 in which the
 * age of that year falls within it. Pure: no database, no clock.
 */
public final class RetirementRule {

    static final int FIRST_YEAR = 2021;

    private RetirementRule() {
    }

    /** The retirement age in months for a calendar year. */
    static int ageInMonths(Gender gender, int year) {
        int steps = year - 2020;
        return gender == Gender.NAM
                ? (year <= 2027 ? 60 * 12 + 3 * steps : 62 * 12)
                : (year <= 2034 ? 55 * 12 + 4 * steps : 60 * 12);
    }

    /** The day a cadre retires; empty when gender or birth date is unknown (never projected to retire). */
    public static Optional<LocalDate> retirementDate(Gender gender, LocalDate birthDate) {
        if (gender == null || birthDate == null) {
            return Optional.empty();
        }
        // plusMonths keeps the day, or takes the month's last day when the month is shorter
        for (int year = FIRST_YEAR; ; year++) {
            LocalDate date = birthDate.plusMonths(ageInMonths(gender, year));
            if (date.getYear() <= year) {
                return Optional.of(date);
            }
        }
    }

    /**
     * The latest birth date of a cadre of {@code gender} who retires on or before {@code date}. The retirement date
     * never decreases as the birth date grows (a later birth reaches each year's age later, and the age only rises),
     * so "retires by the date" is "born on or before this day": one comparison a database can make.
     */
    public static LocalDate latestBirthRetiringBy(Gender gender, LocalDate date) {
        long low = date.minusYears(100).toEpochDay(); // retires long before the date
        long high = date.toEpochDay();                // not yet born at 62
        while (low < high) {
            long middle = low + (high - low + 1) / 2;
            if (!retirementDate(gender, LocalDate.ofEpochDay(middle)).orElseThrow().isAfter(date)) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }
}
