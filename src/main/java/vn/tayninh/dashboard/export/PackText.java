package vn.tayninh.dashboard.export;

import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.Measure;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;

/** The words of a target result and of an attention reason, as the cards and the needs-attention page write them. */
final class PackText {

    private final Translations translations;

    PackText(Translations translations) {
        this.translations = translations;
    }

    MeetingPack.TargetRow row(TargetResult r) {
        boolean count = r.rule() == TargetRule.COUNT || Measure.of(r.code()).kind() == Measure.Kind.COURSES;
        String baseline = r.baselineValue() == null ? "–"
                : count ? Formats.integer(Math.round(r.baselineValue())) : Formats.percent(r.baselineValue());
        String change = "";
        if (!count && r.baselineValue() != null && r.value() != null) {
            double points = (r.value() - r.baselineValue()) * 100;
            change = t("export.pack.change", Formats.signedDecimal(points));
        }
        String result;
        if (count) {
            result = Formats.integer(r.numerator()) + " " + t("dashboard.gap.courses");
        } else {
            result = Formats.ratio(r.numerator(), r.denominator() == null ? 0 : r.denominator()) + " ("
                    + (r.value() == null ? t("status.NO_DATA") : Formats.percent(r.value())) + ")";
        }
        String gap = r.gapPersons() == null ? "–" : r.gapPersons() == 0 ? "0"
                : Formats.integer(r.gapPersons()) + " " + gapUnit(r);
        return new MeetingPack.TargetRow(r.code(), t("target." + r.code() + ".name"),
                t("export.population." + r.population().name()), baseline, change, goal(r), result, r.status(),
                t("status." + r.status().name()), gap);
    }

    /** The target as the cards write it: "≥ 20,0 %", "100 %", "5,0 % – 10,0 %"… */
    String goal(TargetResult r) {
        return switch (r.rule()) {
            case AT_LEAST -> t("target.rule.AT_LEAST", Formats.percent(r.lowerBound()));
            case ALL_OF -> t("target.rule.ALL_OF");
            case BAND -> t("target.rule.BAND", Formats.percent(r.lowerBound()), Formats.percent(r.upperBound()));
            case NONE -> t("target.rule.NONE");
            case COUNT -> t("target.rule.COUNT", Formats.integer(Math.round(r.lowerBound())));
        };
    }

    String reason(Attention.Reason reason) {
        return switch (reason) {
            case Attention.NoWomanInStandingCommittee r -> t("attention.reason.noWomanInStandingCommittee");
            case Attention.NoWomanInKeyPlanningPool r -> t("attention.reason.noWomanInKeyPlanningPool");
            case Attention.VacantKeyTitle r -> r.approved() == 1
                    ? t("attention.reason.vacant", t("position." + r.position().name()))
                    : t("attention.reason.vacantSeats", Formats.integer(r.vacant()), t("position." + r.position().name()));
            case Attention.LowestPostgraduateShare r -> t("attention.reason.lowestPostgraduate", figure(r.result()));
            case Attention.Behind r -> t("attention.reason.behind." + r.against().name(),
                    t("target." + r.result().code() + ".name"), figure(r.result()), Formats.percent(r.reference()));
        };
    }

    private static String figure(TargetResult result) {
        return Formats.percent(result.value()) + " (" + Formats.integer(result.numerator()) + "/"
                + Formats.integer(result.denominator()) + ")";
    }

    private String gapUnit(TargetResult r) {
        return switch (r.population()) {
            case COMMUNES -> t("dashboard.gap.communes");
            case COURSES -> t("dashboard.gap.courses");
            default -> t("dashboard.gap.persons");
        };
    }

    /** The training plan's section of the pack and the report, from a version's outcome. */
    TrainingSection training(vn.tayninh.dashboard.training.PlanOutcomes.PlanOutcome outcome) {
        java.util.List<TrainingSection.Row> rows = new java.util.ArrayList<>();
        java.util.List<String> sentences = new java.util.ArrayList<>();
        for (vn.tayninh.dashboard.training.PlanOutcomes.TargetOutcome target : outcome.targets()) {
            // a target training does not move, or whose population the area does not have
            if (target.kinds().isEmpty() || target.natural().denominator() == null
                    || target.natural().denominator() == 0) {
                continue;
            }
            String name = t("target." + target.code() + ".name");
            String natural = figures(target.natural());
            String withPlan = figures(target.withPlan());
            long missing = target.missingAfterPlan() == null ? 0 : target.missingAfterPlan();
            String places = target.extraPlacesPerYear() == null ? t("export.training.outcome.tooLate")
                    : t("export.training.section.perYear", Formats.integer(target.extraPlacesPerYear()));
            rows.add(new TrainingSection.Row(target.code(), name, natural, withPlan, Formats.integer(target.byPlan()),
                    Formats.integer(missing), missing == 0 ? "–" : places));
            sentences.add(missing == 0
                    ? t("export.training.section.met", target.code(), name, natural, withPlan,
                            Formats.integer(target.byPlan()))
                    : t("export.training.section.missing", target.code(), name, natural, withPlan,
                            Formats.integer(target.byPlan()), Formats.integer(missing), places));
        }
        String heading = t("export.training.section.heading", ExportText.nfc(outcome.plan().getName()),
                t("training.planState." + outcome.plan().getState().name()));
        return new TrainingSection(heading, t("export.training.outcome.note"), java.util.List.copyOf(rows),
                java.util.List.copyOf(sentences));
    }

    private static String figures(vn.tayninh.dashboard.forecast.Forecast.Figures f) {
        return (f.value() == null ? "–" : Formats.percent(f.value())) + " (" + Formats.integer(f.numerator()) + "/"
                + Formats.integer(f.denominator() == null ? 0 : f.denominator()) + ")";
    }

    String t(String key, Object... params) {
        return ExportText.nfc(translations.vietnamese(key, params));
    }
}
