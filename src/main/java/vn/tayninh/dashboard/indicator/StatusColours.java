package vn.tayninh.dashboard.indicator;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where the colour of each {@link Status} is chosen, for the screens (badges, card edges, grid
 * cells) and for the exports. A status badge is its text colour on its background colour, and every such pair
 * has a contrast of at least 4.5:1 (WCAG 2.2 AA for normal text): green, teal, amber, red and grey, each dark
 * enough to carry white text.
 */
public final class StatusColours {

    /** The text and background of one status badge, as CSS hex colours. */
    public record Badge(String text, String background) {
    }

    private static final String WHITE = "#ffffff";

    private static final Map<Status, Badge> BADGES = new EnumMap<>(Map.of(
            Status.MET, new Badge(WHITE, "#158443"),
            Status.ON_TRACK, new Badge(WHITE, "#1f7a8c"),
            Status.BEHIND, new Badge(WHITE, "#a35f00"),
            Status.NOT_MET, new Badge(WHITE, "#c9271b"),
            Status.NO_TARGET, new Badge(WHITE, "#5f6b7a"),
            Status.NO_DATA, new Badge(WHITE, "#5f6b7a")));

    private StatusColours() {
    }

    public static Badge badge(Status status) {
        return BADGES.get(status);
    }

    /**
     * The colours as CSS custom properties on the document, e.g. {@code --status-behind: #a35f00;
     * --status-behind-text: #ffffff;}, which {@code frontend/styles/dashboard.css} maps to the status classes.
     */
    public static String css() {
        StringBuilder css = new StringBuilder("html {");
        BADGES.forEach((status, badge) -> {
            String name = "--status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            css.append(' ').append(name).append(": ").append(badge.background()).append(';');
            css.append(' ').append(name).append("-text: ").append(badge.text()).append(';');
        });
        return css.append(" }").toString();
    }
}
