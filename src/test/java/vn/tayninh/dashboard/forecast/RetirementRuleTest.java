package vn.tayninh.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.cadre.Gender;

/** The retirement roadmap: each worked example of docs/forecast.md, and the cut-off birth date the queries use. */
class RetirementRuleTest {

    @Test
    void aManBornInMarch1966RetiresInDecember2027() {
        // 2026: 61 y 6 m = 15/09/2027, after 2026; 2027: 61 y 9 m = 15/12/2027
        assertThat(RetirementRule.retirementDate(Gender.NAM, LocalDate.of(1966, 3, 15)))
                .contains(LocalDate.of(2027, 12, 15));
    }

    @Test
    void aWomanBornInJuly1970RetiresInNovember2027() {
        // 2026: 57 y = 10/07/2027, after 2026; 2027: 57 y 4 m = 10/11/2027
        assertThat(RetirementRule.retirementDate(Gender.NU, LocalDate.of(1970, 7, 10)))
                .contains(LocalDate.of(2027, 11, 10));
    }

    @Test
    void aManBornInMay1969RetiresOnlyIn2031() {
        assertThat(RetirementRule.retirementDate(Gender.NAM, LocalDate.of(1969, 5, 20)))
                .contains(LocalDate.of(2031, 5, 20));
    }

    @Test
    void aWomanAndAManBornTheSameDayRetireOnDifferentDays() {
        LocalDate born = LocalDate.of(1968, 2, 29);
        // woman: 2021 → 55 y 4 m = 29/06/2023, 2022 → 55 y 8 m = 29/10/2023, 2023 → 56 y = 29/02/2024, each after
        // its year; 2024 → 56 y 4 m = 29/06/2024 ≤ 31/12/2024
        assertThat(RetirementRule.retirementDate(Gender.NU, born)).contains(LocalDate.of(2024, 6, 29));
        // man: 2027 → 61 y 9 m = 29/11/2029 (after 2027); from 2028: 62 y = 28/02/2030 (no 29th), within 2030
        assertThat(RetirementRule.retirementDate(Gender.NAM, born)).contains(LocalDate.of(2030, 2, 28));
    }

    @Test
    void unknownGenderOrBirthDateNeverRetires() {
        assertThat(RetirementRule.retirementDate(null, LocalDate.of(1950, 1, 1))).isEmpty();
        assertThat(RetirementRule.retirementDate(Gender.NAM, null)).isEmpty();
    }

    @Test
    void theCutOffIsTheLastBirthDateRetiringByTheDate() {
        LocalDate end2030 = LocalDate.of(2030, 12, 31);
        LocalDate men = RetirementRule.latestBirthRetiringBy(Gender.NAM, end2030);
        // from 2028 men retire at 62: born 31/12/1968 retires 31/12/2030, a day later in 2031
        assertThat(men).isEqualTo(LocalDate.of(1968, 12, 31));
        LocalDate women = RetirementRule.latestBirthRetiringBy(Gender.NU, end2030);
        // 2030: 55 y 40 m = 58 y 4 m; born 31/08/1972 retires 31/12/2030
        assertThat(women).isEqualTo(LocalDate.of(1972, 8, 31));
        assertThat(RetirementRule.retirementDate(Gender.NU, women.plusDays(1)).orElseThrow()).isAfter(end2030);
        assertThat(RetirementRule.latestBirthRetiringBy(Gender.NAM, LocalDate.of(2027, 12, 15)))
                .isEqualTo(LocalDate.of(1966, 3, 15));
    }
}
