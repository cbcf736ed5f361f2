package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import vn.tayninh.dashboard.explanation.ExplanationDetails;

/**
 * The state of a request for explanation as a badge in the status colours; an overdue request in red and saying
 * "quá hạn" in words, so that colour is never the only sign.
 */
final class ExplanationBadge {

    private ExplanationBadge() {
    }

    static Span of(Component translator, ExplanationDetails explanation) {
        Span badge = new Span(text(translator, explanation));
        badge.addClassNames("status-badge", "explanation-state", "status-" + colour(explanation));
        if (explanation.overdue()) {
            badge.addClassName("explanation-overdue");
        }
        return badge;
    }

    /** The state in words, with "quá hạn" when overdue: for grids and exports alike. */
    /** The state in the language of {@code texts}, for a file made in the background. */
    static String text(vn.tayninh.dashboard.base.Texts texts, ExplanationDetails explanation) {
        String state = texts.get("explanation.state." + explanation.state().name());
        return explanation.overdue() ? texts.get("explanation.stateOverdue", state) : state;
    }

    static String text(Component translator, ExplanationDetails explanation) {
        String state = translator.getTranslation("explanation.state." + explanation.state().name());
        return explanation.overdue() ? translator.getTranslation("explanation.stateOverdue", state) : state;
    }

    private static String colour(ExplanationDetails explanation) {
        if (explanation.overdue()) {
            return "NOT_MET";
        }
        return switch (explanation.state()) {
            case REQUESTED -> "NO_DATA";
            case ANSWERED -> "ON_TRACK";
            case RETURNED -> "BEHIND";
            case ACCEPTED -> "MET";
        };
    }
}
