package vn.tayninh.dashboard.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** Every status badge is readable: its text on its background has a WCAG contrast of at least 4.5:1. */
class StatusColoursTest {

    /** WCAG 2.x AA for normal text; badges are small. */
    static final double AA_NORMAL_TEXT = 4.5;

    @Test
    void everyBadgeHasEnoughContrast() {
        for (Status status : Status.values()) {
            StatusColours.Badge badge = StatusColours.badge(status);
            assertThat(contrast(badge.text(), badge.background()))
                    .as("%s: %s on %s", status, badge.text(), badge.background())
                    .isGreaterThanOrEqualTo(AA_NORMAL_TEXT);
        }
    }

    @Test
    void theContrastIsComputedAsWcagDefinesIt() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
        // the amber that axe reported for "Chậm tiến độ": 3.46:1
        assertThat(contrast("#ffffff", "#c77700")).isCloseTo(3.46, offset(0.01))
                .isLessThan(AA_NORMAL_TEXT);
    }

    @Test
    void thePagesGetTheSameColoursAsCustomProperties() {
        StatusColours.Badge behind = StatusColours.badge(Status.BEHIND);
        assertThat(StatusColours.css()).startsWith("html {")
                .contains("--status-behind: " + behind.background() + ";")
                .contains("--status-behind-text: " + behind.text() + ";")
                .contains("--status-no-target: ", "--status-on-track-text: ");
    }

    /** The WCAG contrast ratio of two sRGB hex colours, (L1 + 0.05) / (L2 + 0.05). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
