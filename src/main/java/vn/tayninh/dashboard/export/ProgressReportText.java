package vn.tayninh.dashboard.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.Comparison;
import vn.tayninh.dashboard.indicator.Measure;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.TargetRule;
import vn.tayninh.dashboard.indicator.Vacancy;

/**
 * Writes the {@link ProgressReport} from figures already counted: the engine's overview at the reporting date, the
 * comparison with the earlier date (or the baseline), the Cần chú ý ranking, the ratings per year. Pure: no
 * database, so the same figures always give the same words.
 */
final class ProgressReportText {

    /** The report lists as many communes needing attention as the meeting pack. */
    static final int ATTENTION_SHOWN = ReportService.ATTENTION_SHOWN;

    private final PackText text;

    ProgressReportText(PackText text) {
        this.text = text;
    }

    /** What the report is written from. {@code comparison} is null when the changes are measured from the baseline. */
    record Figures(ReportRequest request, String scopeText, String asOfText, Overview overview, Comparison comparison,
                   List<Attention.Item> ranking, Map<String, Target> targets, Map<Integer, long[]> ratings,
                   List<ProgressReport.QuotedCause> causes, TrainingSection training) {
    }

    ProgressReport compose(Figures f) {
        Overview overview = f.overview();
        LocalDate compareTo = f.comparison() == null ? null : f.comparison().from().date();
        List<TargetResult> shown = overview.targets().stream()
                // T9d counts courses held for the whole province: no commune figure, as on the commune page
                .filter(t -> !f.request().scope().isSingleCommune() || t.population() != Population.COURSES)
                .toList();
        List<ProgressReport.TargetSentence> sentences = new ArrayList<>();
        for (TargetResult r : shown) {
            sentences.add(sentence(r, f, compareTo));
        }
        return new ProgressReport(f.request(), compareTo, heading(f, compareTo), results(sentences, overview, f),
                limitations(sentences, f), directions(shown, f), t("export.report.proposals.prompt"),
                annex(shown, overview));
    }

    private ProgressReport.Heading heading(Figures f, LocalDate compareTo) {
        LocalDate asOf = f.request().asOf();
        String period = compareTo == null
                ? t("export.report.period.baseline", Formats.date(asOf))
                : t("export.report.period", Formats.date(compareTo), Formats.date(asOf));
        return new ProgressReport.Heading(t("export.report.issuingBody"), t("export.report.issuingUnit"),
                t("export.report.number"), t("export.structure.party"), t("export.report.placeAndDate"),
                t("export.report.title"), t("export.report.subject"), period,
                t("export.report.scope", f.scopeText()), f.asOfText());
    }

    // --- I. Kết quả đạt được -------------------------------------------------------------------------------------

    private ProgressReport.TargetSentence sentence(TargetResult r, Figures f, LocalDate compareTo) {
        Comparison.Change change = f.comparison() == null ? null : f.comparison().target(r.code());
        Target target = f.targets().get(r.code());
        String subject = t("export.report.subject." + r.code());
        String goal = goal(r, target);
        if (Measure.of(r.code()).kind() == Measure.Kind.COURSES) {
            Long courses = change == null ? null : change.changeCount();
            String since = courses == null ? t("export.report.change.none." + (compareTo == null ? "baseline" : "earlier"))
                    : t(courses == 0 ? "export.report.change.courses.same" : "export.report.change.courses",
                            Formats.integer(courses), since(compareTo, target));
            return new ProgressReport.TargetSentence(r.code(), r, courses == null ? null : courses.doubleValue(),
                    t("export.report.sentence.courses", subject, Formats.integer(r.numerator()), goal, status(r),
                            since));
        }
        if (r.value() == null) {
            return new ProgressReport.TargetSentence(r.code(), r, null,
                    t("export.report.sentence.noData", subject, goal));
        }
        Double points;
        if (compareTo == null) {
            points = r.baselineValue() == null ? null : (r.value() - r.baselineValue()) * 100;
        } else {
            points = change == null ? null : change.changePoints();
        }
        String changeText;
        if (points == null) {
            changeText = t("export.report.change.none." + (compareTo == null ? "baseline" : "earlier"));
        } else if (Formats.decimal(Math.abs(points)).equals(Formats.decimal(0))) {
            changeText = t("export.report.change.same", since(compareTo, target));
        } else {
            changeText = t(points > 0 ? "export.report.change.up" : "export.report.change.down",
                    Formats.decimal(Math.abs(points)), since(compareTo, target));
        }
        return new ProgressReport.TargetSentence(r.code(), r, points,
                t("export.report.sentence", subject, percent(r.value()), Formats.integer(r.numerator()),
                        Formats.integer(r.denominator()), unit(r), goal, status(r), changeText));
    }

    private ProgressReport.Results results(List<ProgressReport.TargetSentence> sentences, Overview overview, Figures f) {
        int met = count(sentences, Status.MET);
        int onTrack = count(sentences, Status.ON_TRACK);
        int behind = count(sentences, Status.BEHIND);
        int notMet = count(sentences, Status.NOT_MET);
        int noData = count(sentences, Status.NO_DATA);
        int total = sentences.size();
        long withoutNumber = sentences.stream().filter(s -> s.result().rule() == TargetRule.NONE).count();
        StringBuilder summary = new StringBuilder(t("export.report.summary", String.valueOf(met),
                String.valueOf(total), String.valueOf(onTrack), String.valueOf(behind)));
        if (notMet > 0) {
            summary.append(t("export.report.summary.notMet", String.valueOf(notMet)));
        }
        if (noData > 0) {
            summary.append(t("export.report.summary.noData", String.valueOf(noData)));
        }
        summary.append(t("export.report.summary.end", String.valueOf(withoutNumber)));

        List<String> vacancies = new ArrayList<>();
        for (Vacancy seat : overview.vacancies()) {
            String title = t("position." + seat.position().name());
            if (seat.approved() == 0) {
                vacancies.add(t("export.report.vacancy.noQuota", title, Formats.integer(seat.filled())));
                continue;
            }
            vacancies.add(seat.vacant() > 0
                    ? t("export.report.vacancy", title, Formats.integer(seat.filled()), Formats.integer(seat.approved()),
                            Formats.integer(seat.vacant()))
                    : t("export.report.vacancy.full", title, Formats.integer(seat.filled()),
                            Formats.integer(seat.approved())));
        }

        List<String> ratings = new ArrayList<>();
        TargetResult t6 = overview.target(Measure.T6.name());
        if (t6.value() != null) {
            ratings.add(t("export.report.rating", String.valueOf(overview.ratingYear()),
                    Formats.integer(t6.numerator()), Formats.integer(t6.denominator()), percent(t6.value()),
                    t("status." + t6.status().name())));
        } else {
            ratings.add(t("export.report.rating.none", String.valueOf(overview.ratingYear())));
        }
        // earlier years, for the trend, counted from the ratings recorded
        f.ratings().forEach((year, counts) -> {
            if (year < overview.ratingYear() && counts[0] > 0) {
                ratings.add(t("export.report.rating.earlier", String.valueOf(year), Formats.integer(counts[1]),
                        Formats.integer(counts[0]), percent((double) counts[1] / counts[0])));
            }
        });
        return new ProgressReport.Results(sentences, met, onTrack, behind, total, summary.toString(), vacancies, ratings);
    }

    // --- II. Hạn chế ---------------------------------------------------------------------------------------------

    private ProgressReport.Limitations limitations(List<ProgressReport.TargetSentence> sentences, Figures f) {
        List<ProgressReport.TargetSentence> behind = new ArrayList<>();
        for (ProgressReport.TargetSentence s : sentences) {
            TargetResult r = s.result();
            if (r.status() == Status.BEHIND || r.status() == Status.NOT_MET) {
                String gap = r.gapPersons() == null || r.gapPersons() == 0 ? ""
                        : t("export.report.gap", Formats.integer(r.gapPersons()), unit(r));
                String where = r.value() == null ? Formats.integer(r.numerator())
                        : percent(r.value()) + " (" + Formats.integer(r.numerator()) + "/"
                        + Formats.integer(r.denominator()) + ")";
                String line = r.status() == Status.BEHIND && r.requiredPath() != null
                        ? t("export.report.behind.path", t("target." + r.code() + ".name"), where,
                                percent(r.requiredPath()), gap)
                        : t("export.report.behind.target", t("target." + r.code() + ".name"), where,
                                goal(r, f.targets().get(r.code())), gap);
                behind.add(new ProgressReport.TargetSentence(r.code(), r, s.changePoints(), line));
            }
        }
        String behindNote = behind.isEmpty() ? t("export.report.behind.none")
                : t("export.report.behind.note", String.valueOf(behind.size()));

        List<String> attention = new ArrayList<>();
        String attentionNote;
        List<Attention.Item> ranking = f.ranking();
        if (f.request().scope().isSingleCommune()) {
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                if (ranking.get(i).commune().getCode().equals(f.request().scope().communeCode())) {
                    rank = i + 1;
                    attention.add(attentionLine(rank, ranking.get(i)));
                }
            }
            attentionNote = rank == 0 ? t("export.report.attention.commune.none", f.scopeText())
                    : t("export.report.attention.commune", f.scopeText(), String.valueOf(rank),
                            String.valueOf(ranking.size()));
        } else {
            // Counted and listed: the communes that fail a check (they score); those only behind a target's path
            // are on the Cần chú ý page too, but are said in one number: they are what section II.1 is about.
            List<Attention.Item> failing = ranking.stream().filter(item -> item.score() > 0).toList();
            for (int i = 0; i < Math.min(ATTENTION_SHOWN, failing.size()); i++) {
                attention.add(attentionLine(i + 1, failing.get(i)));
            }
            int behindOnly = ranking.size() - failing.size();
            attentionNote = ranking.isEmpty() ? t("export.report.attention.none")
                    : failing.isEmpty() ? t("export.report.attention.behindOnly", String.valueOf(behindOnly))
                    : t("export.report.attention.note", String.valueOf(failing.size()),
                            String.valueOf(attention.size()), String.valueOf(behindOnly));
        }

        TargetResult t5 = f.overview().target(Measure.T5.name());
        String completeness = t5.value() == null ? t("export.report.completeness.none")
                : t("export.report.completeness", Formats.integer(t5.numerator()), Formats.integer(t5.denominator()),
                        percent(t5.value()), Formats.integer(t5.denominator() - t5.numerator()),
                        t5.gapPersons() == null || t5.gapPersons() == 0 ? t("export.report.completeness.met")
                                : t("export.report.completeness.gap", Formats.integer(t5.gapPersons()),
                                        goal(t5, f.targets().get(t5.code()))));
        return new ProgressReport.Limitations(behind, behindNote, attentionNote, attention, completeness,
                List.copyOf(f.causes()));
    }

    private String attentionLine(int rank, Attention.Item item) {
        return t("export.report.attention.line", String.valueOf(rank), ExportText.nfc(item.commune().getName()),
                String.join("; ", item.reasons().stream().map(text::reason).toList()));
    }

    // --- III. Phương hướng ---------------------------------------------------------------------------------------

    private ProgressReport.Directions directions(List<TargetResult> shown, Figures f) {
        int year = f.request().asOf().getYear();
        List<ProgressReport.Direction> directions = new ArrayList<>();
        for (TargetResult r : shown) {
            boolean judgedNotMet = r.status() == Status.ON_TRACK || r.status() == Status.BEHIND
                    || r.status() == Status.NOT_MET;
            if (!judgedNotMet || r.gapPersons() == null || r.gapPersons() <= 0) {
                continue;
            }
            Target target = f.targets().get(r.code());
            String name = t("target." + r.code() + ".name");
            if (target.isAnnual()) {
                directions.add(new ProgressReport.Direction(r.code(), r.gapPersons(), 1, r.gapPersons(),
                        t("export.report.direction.annual", name, String.valueOf(f.overview().ratingYear()),
                                Formats.integer(r.gapPersons()), unit(r), goal(r, target))));
                continue;
            }
            int deadline = target.getDeadlineYear();
            // the years after the reporting date's own, up to the deadline; at least one once it is near or past
            int yearsLeft = Math.max(1, deadline - year);
            long perYear = (r.gapPersons() + yearsLeft - 1) / yearsLeft;
            String years = yearsLeft == 1 ? String.valueOf(Math.max(deadline, year))
                    : (deadline - yearsLeft + 1) + " – " + deadline;
            directions.add(new ProgressReport.Direction(r.code(), r.gapPersons(), yearsLeft, perYear,
                    t("export.report.direction", name, Formats.integer(r.gapPersons()), unit(r),
                            String.valueOf(deadline), Formats.integer(perYear), String.valueOf(yearsLeft), years)));
        }
        return new ProgressReport.Directions(directions,
                directions.isEmpty() ? t("export.report.direction.none") : null, f.training());
    }

    // --- Phụ lục -------------------------------------------------------------------------------------------------

    private ProgressReport.Annex annex(List<TargetResult> shown, Overview overview) {
        List<String> header = List.of(t("export.report.annex.no"), t("export.report.annex.commune"),
                t("export.report.annex.cadres"), t("target.T1.name"), t("target.T2.name"), t("target.T3.name"),
                t("target.T8c.name"), t("export.report.annex.statuses"), t("export.report.annex.vacant"));
        List<List<String>> rows = new ArrayList<>();
        int no = 0;
        for (CommuneResults c : overview.communes()) {
            TargetResult t1 = c.target(Measure.T1.name());
            List<TargetResult> judged = c.targets().stream().filter(r -> r.population() != Population.COURSES).toList();
            long met = judged.stream().filter(r -> r.status() == Status.MET).count();
            long onTrack = judged.stream().filter(r -> r.status() == Status.ON_TRACK).count();
            long late = judged.stream().filter(r -> r.status() == Status.BEHIND || r.status() == Status.NOT_MET).count();
            int vacant = c.vacancies().stream().filter(v -> v.position().isKeyTitle()).mapToInt(Vacancy::vacant).sum();
            rows.add(List.of(String.valueOf(++no), ExportText.nfc(c.commune().getName()),
                    Formats.integer(t1.denominator() == null ? 0 : t1.denominator()), cell(t1),
                    cell(c.target(Measure.T2.name())), cell(c.target(Measure.T3.name())),
                    cell(c.target(Measure.T8c.name())),
                    met + " / " + onTrack + " / " + late, Formats.integer(vacant)));
        }
        return new ProgressReport.Annex(shown.stream().map(text::row).toList(), header, rows);
    }

    private String cell(TargetResult r) {
        return r.value() == null ? "–" : percent(r.value()) + " (" + Formats.integer(r.numerator()) + "/"
                + Formats.integer(r.denominator()) + ")";
    }

    // --- words ---------------------------------------------------------------------------------------------------

    private String goal(TargetResult r, Target target) {
        int deadline = target.getDeadlineYear();
        if (target.isAnnual()) {
            return t("export.report.goal.annual", percent(r.lowerBound()));
        }
        return switch (r.rule()) {
            case ALL_OF -> t("export.report.goal.ALL_OF", String.valueOf(deadline));
            case AT_LEAST -> t("export.report.goal.AT_LEAST", percent(r.lowerBound()), String.valueOf(deadline));
            case BAND -> t("export.report.goal.BAND", percent(r.lowerBound()), percent(r.upperBound()),
                    String.valueOf(deadline));
            case COUNT -> t("export.report.goal.COUNT", Formats.integer(Math.round(r.lowerBound())),
                    String.valueOf(target.getBaselineYear()), String.valueOf(deadline));
            case NONE -> t("export.report.goal.NONE");
        };
    }

    private String status(TargetResult r) {
        String gap = r.gapPersons() == null || r.gapPersons() == 0 ? ""
                : t("export.report.gap", Formats.integer(r.gapPersons()), unit(r));
        return t("export.report.status." + r.status().name(), gap);
    }

    private String since(LocalDate compareTo, Target target) {
        return compareTo == null ? t("export.report.since.baseline", String.valueOf(target.getBaselineYear()))
                : t("export.report.since.earlier", Formats.date(compareTo));
    }

    private String unit(TargetResult r) {
        return switch (r.population()) {
            case COMMUNES -> t("export.report.unit.communes");
            case COURSES -> t("export.report.unit.courses");
            default -> t("export.report.unit.persons");
        };
    }

    /** "99,0 %": a share as the screens, the annex and the other exports write it, so the report reads one way. */
    static String percent(double share) {
        return Formats.percent(share);
    }

    private static int count(List<ProgressReport.TargetSentence> sentences, Status status) {
        return (int) sentences.stream().filter(s -> s.result().status() == status).count();
    }

    private String t(String key, Object... params) {
        return text.t(key, params);
    }
}
