package vn.tayninh.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.tayninh.dashboard.base.InvalidInputException.Problem;

class PasswordRulesTest {

    @Test
    void commonWordsWithDigitsAndSignsAroundThemAreRefused() {
        assertThat(reason("matkhau2026")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("MậtKhẩu@2026")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("Admin@12345")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("qwerty123456")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("1234567890a")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("aaaaa11111")).isEqualTo("account.rule.passwordCommon");
        assertThat(reason("TayNinh2030")).isEqualTo("account.rule.passwordCommon");
    }

    @Test
    void theBasicRulesComeFirst() {
        assertThat(reason("ngan1")).isEqualTo("account.rule.password");
        assertThat(reason("chikhongcoso")).isEqualTo("account.rule.password");
        assertThat(reason("12345678901")).isEqualTo("account.rule.password");
        assertThat(PasswordRules.check("Xa-hung-dien-2026", "xa-hung-dien")).extracting(Problem::reason)
                .extracting(m -> m.key()).containsExactly("account.rule.password");
        assertThat(reason("x".repeat(70) + "123")).isEqualTo("account.rule.password");
    }

    @Test
    void anOrdinaryPassphraseIsAccepted() {
        assertThat(PasswordRules.check("Cau-Sai-Gon-77", "lanhdao")).isEmpty();
        assertThat(PasswordRules.check("Sen-hong-2026", "lanhdao")).isEmpty();
        assertThat(PasswordRules.check("mat-khau-ban-dau-2026", "quantri")).isEmpty();
    }

    private static String reason(String password) {
        return PasswordRules.check(password, "nguoi.dung").stream().findFirst().map(p -> p.reason().key()).orElse(null);
    }
}
