package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.planning.EntryView;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.PlanningKind;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.position.Position;

/** The words the planning pages share: a title, a person's facts, the political-theory standard, a review's lines. */
final class PlanningWords {

    private final Component page;

    PlanningWords(Component page) {
        this.page = page;
    }

    String title(PlanningKind kind, PlannedTitle title) {
        if (kind == PlanningKind.SOURCE || title == null) {
            return t("planningPage.kind.SOURCE");
        }
        return t(title.labelKey());
    }

    String title(EntryView e) {
        return title(e.kind(), e.title());
    }

    /** Whole years at {@code day}, or "–" without a birth date. */
    static String age(LocalDate birth, LocalDate day) {
        return birth == null ? "–" : String.valueOf(Period.between(birth, day).getYears());
    }

    String gender(EntryView e) {
        return t("gender." + (e.gender() == null ? "UNKNOWN" : e.gender().name()));
    }

    String education(EntryView e) {
        return t("education." + (e.education() == null ? "UNKNOWN" : e.education().name()));
    }

    String theory(EntryView e) {
        return t("theory." + (e.politicalTheory() == null ? "UNKNOWN" : e.politicalTheory().name()));
    }

    /**
     * Whether the person meets the political-theory standard of the title planned ("Đạt", "Chưa đạt"), or "–" for a
     * title without one (committee seats, the source pool). A key title not known takes the lowest key-title standard.
     */
    String standard(EntryView e, Map<Position, PoliticalTheory> standards) {
        PoliticalTheory required = required(e, standards);
        if (required == null) {
            return "–";
        }
        return t(meets(e.politicalTheory(), required) ? "planningPage.standard.met" : "planningPage.standard.notMet");
    }

    static PoliticalTheory required(EntryView e, Map<Position, PoliticalTheory> standards) {
        if (e.kind() != PlanningKind.PLAN || e.title() == null) {
            return null;
        }
        if (e.title() == PlannedTitle.KEY_UNKNOWN) {
            return standards.values().stream().max(java.util.Comparator.comparingInt(PoliticalTheory::ordinal))
                    .orElse(null);
        }
        return e.title().position().map(standards::get).orElse(null);
    }

    /** The levels are listed highest first: a lower ordinal is a higher level. */
    static boolean meets(PoliticalTheory held, PoliticalTheory required) {
        return held != null && held.ordinal() <= required.ordinal();
    }

    String decision(EntryView e) {
        if (e.decisionNumber() == null) {
            return "";
        }
        return t("planningPage.decision.text", e.decisionNumber(), Formats.date(e.decisionDate()));
    }

    /** "Đến tuổi nghỉ hưu ngày 01/03/2033, trước khi hết nhiệm kỳ" and the other reasons of the review. */
    String exit(PlanningReview.ProposedExit exit) {
        String since = exit.since() == null ? "" : Formats.date(exit.since());
        return switch (exit.reason()) {
            case DISCIPLINE -> t("planningPage.review.reason.DISCIPLINE",
                    t("planningPage.discipline." + exit.detail()), since);
            case NOT_COMPLETED -> t("planningPage.review.reason.NOT_COMPLETED", exit.detail());
            case LEFT -> since.isEmpty() ? t("planningPage.review.reason.MOVED") : t("planningPage.review.reason.LEFT", since);
            default -> t("planningPage.review.reason." + exit.reason().name(), since);
        };
    }

    /** "Chưa có người quy hoạch Bí thư", "cần thêm 2 nữ" … */
    String gap(PlanningReview.Gap gap) {
        return switch (gap.kind()) {
            case NO_CANDIDATE -> t("planningPage.gap.NO_CANDIDATE", t("position." + gap.title().name()));
            case ONE_CANDIDATE -> t("planningPage.gap.ONE_CANDIDATE", t("position." + gap.title().name()));
            case NO_WOMAN -> t("planningPage.gap.NO_WOMAN");
            case BELOW_TARGET -> t("planningPage.gap.BELOW_TARGET." + gap.targetCode(),
                    Formats.integer(gap.persons()), Formats.percent(gap.result().value()),
                    TargetCard.goalText(gap.result()));
        };
    }

    private String t(String key, Object... params) {
        return page.getTranslation(key, params);
    }
}
