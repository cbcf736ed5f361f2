package vn.tayninh.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for free text, character by character. */
class FreeTextTest {

    @Test
    void printableVietnameseAndEmojiPass() {
        assertThat(FreeText.check("Hội nghị Ban Chấp hành – quý III 😀", FreeText.Lines.ONE)).isEmpty();
        assertThat(FreeText.check("Nguyên nhân:\r\n- thiếu nguồn", FreeText.Lines.SEVERAL)).isEmpty();
        assertThat(FreeText.check(null, FreeText.Lines.ONE)).isEmpty();
    }

    @Test
    void controlCharactersAndLineBreaksWhereOneLine() {
        for (String text : new String[] {"a\u0000b", "a\u001Bb", "a\u0007b", "a\tb", "a\nb", "a\rb", "a\u0085b"}) {
            assertThat(FreeText.check(text, FreeText.Lines.ONE)).as(text)
                    .hasValue(Message.of("text.rule.control.oneLine"));
        }
        assertThat(FreeText.check("a\u0000b", FreeText.Lines.SEVERAL)).hasValue(Message.of("text.rule.control.lines"));
        assertThat(FreeText.check("a\u001Bb", FreeText.Lines.SEVERAL)).hasValue(Message.of("text.rule.control.lines"));
    }

    @Test
    void loneSurrogatesAndNonCharacters() {
        for (String text : new String[] {"a\uD800", "\uDC00a", "a\uFFFF", "a\uFFFE", "a\uFDD0", "a\uD83F\uDFFF"}) {
            assertThat(FreeText.check(text, FreeText.Lines.SEVERAL)).as(text)
                    .hasValue(Message.of("text.rule.unprintable"));
        }
    }
}
