package vn.tayninh.dashboard.base;

import java.util.Optional;

/**
 * The one rule for every free text a person types or a script sends (names, notes, labels, requests and answers):
 * printable characters only. Refused: control characters (U+0000–U+001F, U+007F–U+009F — NUL, BEL, ESC, tab, line
 * breaks), except line breaks in a text of several lines; a lone half of a surrogate pair (no character at all);
 * and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF. Each would be stored invisibly and come out as a box or
 * a "?" in the charts, the PDF, the DOCX and the selects. Used by the forms and the API alike (through the services'
 * rules).
 */
public final class FreeText {

    /** Whether a text may span several lines. */
    public enum Lines { ONE, SEVERAL }

    private FreeText() {
    }

    /** Why the text breaks the rule, in a message naming what is refused; empty when it keeps it (null keeps it). */
    public static Optional<Message> check(String text, Lines lines) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
                    if (nonCharacter(codePoint)) {
                        return Optional.of(Message.of("text.rule.unprintable"));
                    }
                    i++;
                    continue;
                }
                return Optional.of(Message.of("text.rule.unprintable"));
            }
            if (Character.isLowSurrogate(c) || nonCharacter(c)) {
                return Optional.of(Message.of("text.rule.unprintable"));
            }
            if (Character.isISOControl(c)) {
                boolean lineBreak = c == '\n' || c == '\r';
                if (!lineBreak || lines == Lines.ONE) {
                    return Optional.of(Message.of(lines == Lines.ONE ? "text.rule.control.oneLine"
                            : "text.rule.control.lines"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean nonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
