package vn.tayninh.dashboard.cadre;

import static org.assertj.core.api.Assertions.assertThat;

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
}
