package vn.tayninh.dashboard.base;

/** WCAG 2.x contrast between sRGB colours written as CSS hex ({@code #rrggbb}). */
public final class Contrast {

    /** WCAG AA for normal text. */
    public static final double AA_TEXT = 4.5;
    public static final String WHITE = "#ffffff";
    /** The product's dark text, for light fills. */
    public static final String DARK = "#1c232b";

    private Contrast() {
    }

    /** (L1 + 0.05) / (L2 + 0.05), from 1 (none) to 21 (black on white). */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** White text where it reads at AA on the fill, else dark text: for labels drawn on chart fills. */
    public static String textOn(String fill) {
        return ratio(WHITE, fill) >= AA_TEXT ? WHITE : DARK;
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
