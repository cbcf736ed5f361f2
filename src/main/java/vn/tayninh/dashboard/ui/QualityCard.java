package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityCounts;

/**
 * The data quality of a scope at a glance, beside the target cards: the score as % and x / n, and the records with
 * each problem; a link to the data-quality page (for a commune, its work list).
 */
class QualityCard extends Div {

    QualityCard(QualityCounts counts, LocalDate asOf) {
        addClassNames("target-card", "quality-card");
        Span code = new Span(getTranslation("quality.card.code"));
        code.addClassName("code");
        Span name = new Span(getTranslation("quality.card.name"));
        name.addClassName("name");
        Span value = new Span(counts.score() == null ? getTranslation("status.NO_DATA") : Formats.percent(counts.score()));
        value.addClassName("value");
        Span ratio = new Span(Formats.ratio(counts.clean(), counts.active()));
        ratio.addClassName("ratio");
        Span goal = new Span(getTranslation(counts.provisional() ? "quality.card.clean.provisional"
                : "quality.card.clean", Formats.date(asOf)));
        goal.addClassName("goal");
        add(code, name, value, ratio, goal);
        for (Problem problem : Problem.values()) {
            Span line = new Span(getTranslation("quality.problem." + problem.name()) + ": "
                    + Formats.integer(counts.count(problem)));
            line.addClassName("gap");
            line.getElement().setAttribute("data-problem", problem.name());
            add(line);
        }
    }

    /** The card as a link to the data-quality page, of one commune when given. */
    static RouterLink link(QualityCounts counts, LocalDate asOf, Commune commune) {
        RouterLink link = new RouterLink(DataQualityView.class);
        if (commune != null) {
            link.setQueryParameters(DataQualityView.query(commune));
        }
        link.add(new QualityCard(counts, asOf));
        link.addClassName("quality-card-link");
        link.setId("quality-card");
        return link;
    }
}
