package vn.tayninh.dashboard.ui;

import java.time.LocalDate;
import vn.tayninh.dashboard.forecast.Forecast;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;

/** One target at a glance: x / n and %, the target, a status colour and label, and the gap in persons. */
public class TargetCard extends Div {

    public TargetCard(TargetResult result) {
        addClassNames("target-card", "status-" + result.status().name());
        getElement().setAttribute("data-target", result.code());
        Span code = new Span(result.code());
        code.addClassName("code");
        Span name = new Span(getTranslation("target." + result.code() + ".name"));
        name.addClassName("name");
        Span value = new Span(valueText(result));
        value.addClassName("value");
        Span ratio = new Span(ratioText(result));
        ratio.addClassName("ratio");
        Span goal = new Span(goalText(result));
        goal.addClassName("goal");
        Span status = new Span(getTranslation("status." + result.status().name()));
        status.addClassName("status-badge");
        add(code, name, value, ratio, goal, status);
        if (result.gapPersons() != null) {
            Span gap = new Span(result.gapPersons() == 0 ? getTranslation("dashboard.noGap")
                    : getTranslation("dashboard.gap", Formats.integer(result.gapPersons()) + " " + gapUnit(result)));
            gap.addClassName("gap");
            add(gap);
        }
    }

    /**
     * The line "Dự báo 2030": where the target stands at {@code to} if no one is appointed or trained beyond the
     * courses in progress (docs/forecast.md); marked "số liệu tạm" when {@code provisional} (counted before the last
     * change or new day, while the province is counted again).
     */
    public void showForecast(LocalDate to, Forecast.Figures projected, boolean provisional) {
        String value = projected.value() == null ? getTranslation("status.NO_DATA") : Formats.percent(projected.value());
        String ratio = projected.denominator() == null ? "" : " (" + Formats.ratio(projected.numerator(),
                projected.denominator()) + ")";
        String label = to.getMonthValue() == 12 && to.getDayOfMonth() == 31 ? String.valueOf(to.getYear())
                : Formats.date(to);
        Span line = new Span(getTranslation(provisional ? "forecast.card.provisional" : "forecast.card", label,
                value + ratio,
                getTranslation("status." + projected.status().name())));
        line.addClassName("forecast");
        add(line);
    }

    private String valueText(TargetResult r) {
        if (r.rule() == TargetRule.COUNT) {
            return Formats.integer(r.numerator());
        }
        return r.value() == null ? getTranslation("status.NO_DATA") : Formats.percent(r.value());
    }

    private static String ratioText(TargetResult r) {
        return r.denominator() == null ? "" : Formats.ratio(r.numerator(), r.denominator());
    }

    /** The target as written on cards and chart target lines: "≥ 20,0 %", "100 %", "5,0 % – 10,0 %"… */
    static String goalText(TargetResult r) {
        return switch (r.rule()) {
            case AT_LEAST -> I18NProvider.translate("target.rule.AT_LEAST", Formats.percent(r.lowerBound()));
            case ALL_OF -> I18NProvider.translate("target.rule.ALL_OF");
            case BAND -> I18NProvider.translate("target.rule.BAND", Formats.percent(r.lowerBound()),
                    Formats.percent(r.upperBound()));
            case NONE -> I18NProvider.translate("target.rule.NONE");
            case COUNT -> I18NProvider.translate("target.rule.COUNT", Formats.integer(Math.round(r.lowerBound())));
        };
    }

    private String gapUnit(TargetResult r) {
        return switch (r.population()) {
            case COMMUNES -> getTranslation("dashboard.gap.communes");
            case COURSES -> getTranslation("dashboard.gap.courses");
            default -> getTranslation("dashboard.gap.persons");
        };
    }
}
