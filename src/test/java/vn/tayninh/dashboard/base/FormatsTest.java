package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers as Vietnamese readers write them; a zero never carries a sign. */
class FormatsTest {

    @Test
    void aChangeCarriesItsSignButZeroHasNone() {
        assertThat(Formats.signedDecimal(1.24)).isEqualTo("+1,2");
        assertThat(Formats.signedDecimal(-0.36)).isEqualTo("-0,4");
        assertThat(Formats.signedDecimal(0)).isEqualTo("0,0");
        assertThat(Formats.signedDecimal(-0.0)).isEqualTo("0,0");
        // a share that fell by a hair, as the difference of two ratios gives it: no "-0,0" and no "+0,0"
        assertThat(Formats.signedDecimal((0.2 - 0.20000000001) * 100)).isEqualTo("0,0");
        assertThat(Formats.signedDecimal(-0.04)).isEqualTo("0,0");
        assertThat(Formats.signedDecimal(0.04)).isEqualTo("0,0");
        assertThat(Formats.signedDecimal(1234.5)).isEqualTo("+1.234,5");
    }

    @Test
    void decimalsAndPercentagesOfZeroHaveNoSign() {
        assertThat(Formats.decimal(-0.04)).isEqualTo("0,0");
        assertThat(Formats.decimal(-0.06)).isEqualTo("-0,1");
        assertThat(Formats.percent(-0.0001)).isEqualTo("0,0 %");
        assertThat(Formats.percent(0.8456)).isEqualTo("84,6 %");
        assertThat(Formats.integer(2511)).isEqualTo("2.511");
    }
}
