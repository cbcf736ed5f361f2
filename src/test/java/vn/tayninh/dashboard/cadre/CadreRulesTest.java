package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.base.Message;

/** The text rules the form, the API and the roster import share. */
class CadreRulesTest {

    private static final Optional<Message> CONTROL = Optional.of(Message.of("entry.rule.controlCharacters"));

    @Test
    void noTextHoldsAControlCharacter() {
        for (String bad : new String[] {"Lê\u0000An", "Lê\u0007An", "Lê\tAn", "Lê\nAn", "Lê\u007fAn", "Lê\u0085An"}) {
            assertThat(CadreRules.fullName(bad)).as(bad).isEqualTo(CONTROL);
            assertThat(CadreRules.ethnicity(bad)).as(bad).isEqualTo(CONTROL);
            assertThat(CadreRules.decisionNumber(bad)).as(bad).isEqualTo(CONTROL);
        }
        assertThat(CadreRules.fullName("Huỳnh Thị Thu Trang")).isEmpty();
        assertThat(CadreRules.ethnicity("Khmer")).isEmpty();
        assertThat(CadreRules.ethnicity(null)).isEmpty();
        assertThat(CadreRules.decisionNumber("102/QĐ-TU")).isEmpty();
    }

    @Test
    void aCourseInProgressLeadsAboveTheLevelHeldAndEndsOnASensibleDate() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        Optional<Message> degree = Optional.of(Message.of("entry.rule.studyingFor"));
        assertThat(CadreRules.studyingFor(Education.DAI_HOC, Education.THAC_SI)).isEmpty();
        assertThat(CadreRules.studyingFor(null, Education.DAI_HOC)).isEmpty();
        assertThat(CadreRules.studyingFor(Education.THAC_SI, Education.THAC_SI)).isEqualTo(degree);
        assertThat(CadreRules.studyingFor(Education.TRUNG_CAP, Education.CAO_DANG)).isEqualTo(degree);
        assertThat(CadreRules.studyingFor(Education.TIEN_SI, null)).isEmpty();

        Optional<Message> theory = Optional.of(Message.of("entry.rule.llctStudyingFor"));
        assertThat(CadreRules.llctStudyingFor(PoliticalTheory.TRUNG_CAP, PoliticalTheory.CU_NHAN_CAO_CAP)).isEmpty();
        assertThat(CadreRules.llctStudyingFor(PoliticalTheory.CHUA_CO, PoliticalTheory.TRUNG_CAP)).isEmpty();
        assertThat(CadreRules.llctStudyingFor(PoliticalTheory.CHUA_CO, PoliticalTheory.SO_CAP)).isEqualTo(theory);
        assertThat(CadreRules.llctStudyingFor(PoliticalTheory.CU_NHAN_CAO_CAP, PoliticalTheory.TRUNG_CAP))
                .isEqualTo(theory);

        assertThat(CadreRules.studyEnd(Education.THAC_SI, null, today)).contains(Message.of("entry.rule.required"));
        assertThat(CadreRules.studyEnd(null, today, today)).contains(Message.of("entry.rule.studyEndWithoutLevel"));
        assertThat(CadreRules.studyEnd(null, null, today)).isEmpty();
        assertThat(CadreRules.studyEnd(Education.THAC_SI, LocalDate.of(2020, 1, 1), today)).isEmpty();
        assertThat(CadreRules.studyEnd(Education.THAC_SI, LocalDate.of(2036, 11, 22), today)).isEmpty();
        Optional<Message> outside = Optional.of(Message.of("entry.rule.studyEnd", "01/01/2020", "22/11/2036"));
        assertThat(CadreRules.studyEnd(Education.THAC_SI, LocalDate.of(2019, 12, 31), today)).isEqualTo(outside);
        assertThat(CadreRules.studyEnd(PoliticalTheory.TRUNG_CAP, LocalDate.of(2036, 11, 23), today)).isEqualTo(outside);
    }
}
