package vn.tayninh.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.Breakdowns.Dimension;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.timeline.TimelineNote;

/**
 * The dashboard's eight key charts, composed once: the engine's figures as categories, series, targets and a
 * summary in a language. The Tổng quan page draws them with ApexCharts and the meeting pack on the server, so the
 * pack shows what the meeting saw on screen.
 */
public final class KeyCharts {

    static final List<String> EDUCATION_LEVELS =
            List.of("TIEN_SI", "THAC_SI", "DAI_HOC", "CAO_DANG", "TRUNG_CAP", "DUOI_TRUNG_CAP", "UNKNOWN");
    static final List<String> THEORY_LEVELS = List.of("CU_NHAN_CAO_CAP", "TRUNG_CAP", "SO_CAP", "CHUA_CO", "UNKNOWN");

    private final Translations translations;
    private final Locale locale;

    public KeyCharts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    /** The charts in Vietnamese, as the reports are written. */
    public static KeyCharts vietnamese(Translations translations) {
        return new KeyCharts(translations, Translations.VIETNAMESE);
    }

    public List<ReportChart> of(Overview overview, Breakdowns breakdowns, Map<Integer, long[]> ratings) {
        return of(overview, breakdowns, ratings, List.of());
    }

    /** The charts with the notes on the timeline of their scope on the year chart (ratings per year). */
    public List<ReportChart> of(Overview overview, Breakdowns breakdowns, Map<Integer, long[]> ratings,
                                List<TimelineNote> notes) {
        return List.of(education(breakdowns), theory(breakdowns), age(breakdowns),
                composition("dashboard.chart.plan", overview, List.of("T7a", "T7b", "T7c", "T7d")),
                composition("dashboard.chart.committee", overview, List.of("T8a", "T8c", "T8b", "T8e")),
                seats("dashboard.chart.keyTitles", overview.vacancies().stream().filter(v -> v.position().isKeyTitle()).toList(),
                        "chuc-danh-chu-chot"),
                seats("dashboard.chart.committeeSeats",
                        overview.vacancies().stream().filter(v -> !v.position().isKeyTitle()).toList(), "cap-uy"),
                ratings(ratings, overview.target("T6"), notes));
    }

    ReportChart education(Breakdowns breakdowns) {
        Map<String, Long> counts = breakdowns.of(Population.ALL, Dimension.EDUCATION);
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String level : EDUCATION_LEVELS) {
            if (counts.getOrDefault(level, 0L) > 0) {
                labels.add(t("education." + level));
                values.add(counts.get(level));
            }
        }
        long total = values.stream().mapToLong(Long::longValue).sum();
        long university = counts.getOrDefault("DAI_HOC", 0L);
        long postgraduate = counts.getOrDefault("THAC_SI", 0L) + counts.getOrDefault("TIEN_SI", 0L);
        String summary = total == 0 ? t("status.NO_DATA") : t("dashboard.summary.education",
                Formats.percent((double) university / total), Formats.percent((double) postgraduate / total),
                Formats.percent((double) (total - university - postgraduate) / total), Formats.integer(total));
        return new ReportChart(t("dashboard.chart.education"), ReportChart.Kind.DONUT, labels,
                List.of(new ReportChart.Series(t("dashboard.series.cadres"), values)), false, null, null, null, summary,
                "trinh-do-chuyen-mon");
    }

    ReportChart theory(Breakdowns breakdowns) {
        List<String> labels = THEORY_LEVELS.stream().map(l -> t("theory." + l)).toList();
        List<ReportChart.Series> series = new ArrayList<>();
        for (Population population : List.of(Population.ALL, Population.LEADERS, Population.PLAN_KEY)) {
            series.add(new ReportChart.Series(t("population." + population.name()),
                    shares(breakdowns.of(population, Dimension.POLITICAL_THEORY), THEORY_LEVELS)));
        }
        Map<String, Long> leaders = breakdowns.of(Population.LEADERS, Dimension.POLITICAL_THEORY);
        long meeting = leaders.getOrDefault("CU_NHAN_CAO_CAP", 0L) + leaders.getOrDefault("TRUNG_CAP", 0L);
        long total = leaders.values().stream().mapToLong(Long::longValue).sum();
        String summary = total == 0 ? t("status.NO_DATA") : t("dashboard.summary.theory",
                Formats.percent((double) meeting / total), Formats.integer(total));
        return new ReportChart(t("dashboard.chart.theory"), ReportChart.Kind.BAR, labels, series, true, null, null,
                null, summary, "ly-luan-chinh-tri");
    }

    ReportChart age(Breakdowns breakdowns) {
        Map<String, Map<String, Long>> byAge = breakdowns.ageByGender().getOrDefault(Population.ALL, Map.of());
        List<String> labels = Breakdowns.AGE_BANDS.stream().map(b -> t("age." + b)).toList();
        List<ReportChart.Series> series = new ArrayList<>();
        for (String gender : List.of("NAM", "NU", "UNKNOWN")) {
            List<Long> values = Breakdowns.AGE_BANDS.stream()
                    .map(b -> byAge.getOrDefault(b, Map.of()).getOrDefault(gender, 0L)).toList();
            if (values.stream().anyMatch(v -> v > 0)) {
                series.add(new ReportChart.Series(t("gender." + gender), values));
            }
        }
        long young = Breakdowns.AGE_BANDS.subList(0, 2).stream()
                .mapToLong(b -> byAge.getOrDefault(b, Map.of()).values().stream().mapToLong(Long::longValue).sum()).sum();
        long total = byAge.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        String summary = total == 0 ? t("status.NO_DATA")
                : t("dashboard.summary.age", Formats.percent((double) young / total), Formats.integer(total));
        return new ReportChart(t("dashboard.chart.age"), ReportChart.Kind.STACKED_BAR, labels, series, false, null,
                null, null, summary, "do-tuoi-gioi-tinh");
    }

    ReportChart composition(String titleKey, Overview overview, List<String> codes) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> goals = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (String code : codes) {
            TargetResult r = overview.target(code);
            labels.add(t("target." + code + ".short"));
            values.add(r.value());
            goals.add(r.lowerBound());
            parts.add(t("target." + code + ".short") + " "
                    + (r.value() == null ? t("status.NO_DATA") : Formats.percent(r.value())));
        }
        return new ReportChart(t(titleKey), ReportChart.Kind.BAR, labels,
                List.of(new ReportChart.Series(t("dashboard.series.share"), values)), true, goals, null,
                t("dashboard.series.target"), String.join("; ", parts), "co-cau-" + codes.getFirst().toLowerCase());
    }

    ReportChart seats(String titleKey, List<Vacancy> seats, String fileName) {
        List<String> labels = seats.stream().map(v -> t("position." + v.position().name())).toList();
        List<ReportChart.Series> series = List.of(
                new ReportChart.Series(t("dashboard.series.approved"), seats.stream().map(Vacancy::approved).toList()),
                new ReportChart.Series(t("dashboard.series.filled"), seats.stream().map(Vacancy::filled).toList()),
                new ReportChart.Series(t("dashboard.series.vacant"), seats.stream().map(Vacancy::vacant).toList()));
        List<String> vacant = seats.stream().filter(v -> v.vacant() > 0)
                .map(v -> t("position." + v.position().name()) + " " + Formats.integer(v.vacant())).toList();
        String summary = vacant.isEmpty() ? t("dashboard.summary.noVacancy")
                : t("dashboard.summary.vacancy", String.join(", ", vacant));
        return new ReportChart(t(titleKey), ReportChart.Kind.HORIZONTAL_BAR, labels, series, false, null, null, null,
                summary, fileName);
    }

    ReportChart ratings(Map<Integer, long[]> ratings, TargetResult t6, List<TimelineNote> notes) {
        List<String> years = ratings.keySet().stream().map(String::valueOf).toList();
        List<Double> shares = ratings.values().stream().map(r -> r[0] == 0 ? null : (double) r[1] / r[0]).toList();
        double goal = t6.lowerBound() == null ? 0.9 : t6.lowerBound();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            parts.add(years.get(i) + ": " + (shares.get(i) == null ? "–" : Formats.percent(shares.get(i))));
        }
        String summary = parts.isEmpty() ? t("status.NO_DATA") : t("dashboard.summary.ratings", String.join("; ", parts));
        return new ReportChart(t("dashboard.chart.ratings"), ReportChart.Kind.BAR, years,
                List.of(new ReportChart.Series(t("dashboard.series.ratedWell"), shares)), true, null, goal,
                t("dashboard.target.label", Formats.percent(goal)), summary, "xep-loai", yearNotes(years, notes));
    }

    /** The notes of each year shown, one marker per year (several notes of a year share it). */
    private static List<ReportChart.Note> yearNotes(List<String> years, List<TimelineNote> notes) {
        Map<String, List<String>> byYear = new java.util.LinkedHashMap<>();
        for (TimelineNote note : notes) {
            String year = String.valueOf(note.getDate().getYear());
            if (years.contains(year)) {
                byYear.computeIfAbsent(year, y -> new ArrayList<>())
                        .add(Formats.date(note.getDate()) + " " + ExportText.nfc(note.getTitle()));
            }
        }
        return byYear.entrySet().stream().map(e -> new ReportChart.Note(e.getKey(), String.join("; ", e.getValue())))
                .toList();
    }

    private static List<Double> shares(Map<String, Long> counts, List<String> keys) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return keys.stream().map(k -> total == 0 ? null : (double) counts.getOrDefault(k, 0L) / total).toList();
    }

    private String t(String key, Object... params) {
        return ExportText.nfc(translations.getTranslation(key, locale, params));
    }
}
