package vn.tayninh.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.explanation.Explanations;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.Breakdowns;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.ComparisonService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.planning.FormCounts;
import vn.tayninh.dashboard.planning.PlanningForms;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.timeline.TimelineNotes;

/**
 * The meeting exports: the meeting pack (PDF) for an area or one commune, one pack per commune in a ZIP, and the
 * statistics table (XLSX). Every number is the {@link IndicatorEngine}'s, for the same figures as the page or API
 * call that asked ({@link ReportRequest}). Who may export what is decided here: the board, leaders and the
 * administrator any area; a commune editor only their own commune.
 */
@Service
public class ReportService {

    /** A meeting discusses a few dozen communes at most (as the needs-attention page). */
    static final int ATTENTION_SHOWN = 30;

    private final IndicatorEngine engine;
    private final CommuneService communes;
    private final FreezeService freezes;
    private final AuthenticatedUser authenticatedUser;
    private final Clock clock;
    private final ScopeText scopeText;
    private final PackText text;
    private final vn.tayninh.dashboard.training.PlanOutcomes planOutcomes;
    private final KeyCharts keyCharts;
    private final TimelineNotes timeline;

    private final Explanations explanations;
    private final PlanningForms planningForms;

    ReportService(IndicatorEngine engine, CommuneService communes, FreezeService freezes,
                  AuthenticatedUser authenticatedUser, Translations translations, TimelineNotes timeline, Clock clock,
                  Explanations explanations, PlanningForms planningForms,
                  vn.tayninh.dashboard.training.PlanOutcomes planOutcomes) {
        this.planningForms = planningForms;
        this.planOutcomes = planOutcomes;
        this.timeline = timeline;
        this.explanations = explanations;
        this.engine = engine;
        this.communes = communes;
        this.freezes = freezes;
        this.authenticatedUser = authenticatedUser;
        this.clock = clock;
        this.scopeText = new ScopeText(translations);
        this.text = new PackText(translations);
        this.keyCharts = KeyCharts.vietnamese(translations);
    }

    /**
     * The figures at {@code asOf} over {@code scope}: those frozen at that reporting date when there are any (what
     * the meeting saw), otherwise counted live; an explicit rating year always means live figures.
     */
    public ReportRequest request(Scope scope, LocalDate asOf, Integer ratingYear) {
        boolean frozen = ratingYear == null
                && freezes.findAll().stream().map(ReportingFreeze::getAsOfDate).anyMatch(asOf::equals);
        return frozen ? ReportRequest.frozen(scope, asOf) : ReportRequest.live(scope, asOf, ratingYear);
    }

    /** Fails unless the signed-in user may export figures of {@code scope}. */
    public void authorize(Scope scope) {
        CurrentUser user = authenticatedUser.require();
        if (user.role() == Role.COMMUNE_EDITOR) {
            Long own = scope.isSingleCommune()
                    ? communes.findByCode(scope.communeCode()).map(Commune::getId).orElse(null) : null;
            if (own == null || !own.equals(user.communeId())) {
                throw new AccessDeniedException("A commune editor exports only their own commune");
            }
        }
    }

    /** One pack per commune is for the province's board, leaders and administrator. */
    public void authorizeBatch() {
        if (authenticatedUser.require().role() == Role.COMMUNE_EDITOR) {
            throw new AccessDeniedException("Only the province exports every commune's pack");
        }
    }

    public MeetingPack meetingPack(ReportRequest request) {
        authorize(request.scope());
        Overview overview = overview(request);
        List<Attention.Item> ranking = request.scope().isSingleCommune()
                ? Attention.rank(overview(request.withScope(Scope.province()))) : Attention.rank(overview);
        return pack(request, overview, ranking);
    }

    public byte[] meetingPackPdf(ReportRequest request) {
        return MeetingPackPdf.write(meetingPack(request), text);
    }

    /** One meeting pack per commune of the request's area, each judged as its own page would, in one ZIP. */
    public void meetingPacksZip(ReportRequest request, OutputStream out) throws IOException {
        authorizeBatch();
        authorize(request.scope());
        Overview area = overview(request);
        List<Attention.Item> ranking = Attention.rank(overview(request.withScope(Scope.province())));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (CommuneResults commune : area.communes()) {
                ReportRequest one = request.withScope(Scope.commune(commune.commune().getCode()));
                byte[] pdf = MeetingPackPdf.write(pack(one, overview(one), ranking), text);
                zip.putNextEntry(new ZipEntry(fileName("bao-cao-hop", one, "pdf")));
                zip.write(pdf);
                zip.closeEntry();
            }
        }
    }

    public StatisticsTable statistics(ReportRequest request) {
        authorize(request.scope());
        Overview overview = overview(request);
        List<StatisticsTable.Row> rows = new ArrayList<>();
        for (CommuneResults commune : overview.communes()) {
            Breakdowns breakdowns = engine.breakdowns(Scope.commune(commune.commune().getCode()), overview.asOf());
            rows.add(StatisticsTable.Row.of(commune, breakdowns));
        }
        String totalName = text.t(request.scope().isProvince() ? "export.stats.totalProvince" : "export.stats.total.row");
        return new StatisticsTable(request, describe(request.scope()), scopeText.asOf(request), rows,
                StatisticsTable.Row.sum(totalName, rows));
    }

    public byte[] statisticsXlsx(ReportRequest request) {
        StatisticsTable table = statistics(request);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            StatisticsXlsx.write(table, text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The cadre structure form (XLSX) of the request's area at its date: always counted from the roster at that
     * date (the form has no frozen figures), with the same rights as the statistics table.
     */
    public byte[] cadreStructureXlsx(ReportRequest request) {
        authorize(request.scope());
        Scope scope = request.scope();
        List<Commune> inScope = engine.communes(scope);
        String unit = scope.isSingleCommune()
                ? text.t("export.structure.unit.commune",
                        ExportText.nfc(inScope.getFirst().getName()).toUpperCase(java.util.Locale.forLanguageTag("vi")))
                : text.t("export.structure.unit.province");
        CadreStructureXlsx.Form form = new CadreStructureXlsx.Form(unit, describe(scope), request.asOf(),
                engine.cadreStructure(scope, request.asOf()), inScope);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CadreStructureXlsx.write(form, text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Biểu 9C, the commune leaders: per title, the persons holding it at the request's date (counted from the roster
     * at that date, as the cadre structure form), with the same rights as the statistics table.
     */
    public byte[] form9cXlsx(ReportRequest request) {
        authorize(request.scope());
        List<Commune> inScope = engine.communes(request.scope());
        return leaderForm(LeaderFormXlsx.Kind.FORM_9C, request, inScope,
                planningForms.leaders(request.asOf(), inScope.stream().map(Commune::getId).toList()));
    }

    /**
     * Biểu 12C, the results of planning: per planned title, the approved entries in effect at the request's date
     * ("lượt người": a person planned for three titles counts three times), with the same rights as Biểu 9C.
     */
    public byte[] form12cXlsx(ReportRequest request) {
        authorize(request.scope());
        List<Commune> inScope = engine.communes(request.scope());
        return leaderForm(LeaderFormXlsx.Kind.FORM_12C, request, inScope,
                planningForms.planned(request.asOf(), inScope.stream().map(Commune::getId).toList()));
    }

    private byte[] leaderForm(LeaderFormXlsx.Kind kind, ReportRequest request, List<Commune> inScope,
                              FormCounts counts) {
        Scope scope = request.scope();
        String unit = scope.isSingleCommune()
                ? text.t("export.structure.unit.commune",
                        ExportText.nfc(inScope.getFirst().getName()).toUpperCase(java.util.Locale.forLanguageTag("vi")))
                : text.t("export.structure.unit.province");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LeaderFormXlsx.write(new LeaderFormXlsx.Form(kind, unit, describe(scope), request.asOf(), counts, inScope),
                    text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The progress report draft on the resolution at the request's date, compared with {@code compareTo}: by default
     * (null) the latest reporting date frozen before it, else the 2026 baseline. Same rights as the meeting pack.
     *
     * @throws IllegalArgumentException when {@code compareTo} is not before the request's date
     */
    public ProgressReport progressReport(ReportRequest request, LocalDate compareTo) {
        authorize(request.scope());
        Overview overview = overview(request);
        List<Attention.Item> ranking = request.scope().isSingleCommune()
                ? Attention.rank(overview(request.withScope(Scope.province()))) : Attention.rank(overview);
        return progressReport(request, overview, earlier(request, compareTo), ranking);
    }

    public byte[] progressReportDocx(ReportRequest request, LocalDate compareTo) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ProgressReportDocx.write(progressReport(request, compareTo), text, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One progress report per commune of the request's area, in one ZIP; for the province's roles only. */
    public void progressReportsZip(ReportRequest request, LocalDate compareTo, OutputStream out) throws IOException {
        authorizeBatch();
        authorize(request.scope());
        Overview area = overview(request);
        LocalDate from = compareTo == null ? previousFrozenDate(request.asOf()) : compareTo;
        List<Attention.Item> ranking = Attention.rank(request.scope().isProvince() ? area
                : overview(request.withScope(Scope.province())));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (CommuneResults commune : area.communes()) {
                ReportRequest one = request.withScope(Scope.commune(commune.commune().getCode()));
                ProgressReport report = progressReport(one, overview(one), earlier(one, from), ranking);
                zip.putNextEntry(new ZipEntry(fileName("bao-cao-nghi-quyet-34", one, "docx")));
                ProgressReportDocx.write(report, text, zip);
                zip.closeEntry();
            }
        }
    }

    /** The latest reporting date frozen before {@code asOf}; null when there is none (compare with the baseline). */
    public LocalDate previousFrozenDate(LocalDate asOf) {
        return freezes.findAll().stream().map(ReportingFreeze::getAsOfDate).filter(asOf::isAfter)
                .max(LocalDate::compareTo).orElse(null);
    }

    /** The overview at the earlier date of a progress report, or null for the baseline. */
    private Overview earlier(ReportRequest request, LocalDate compareTo) {
        LocalDate from = compareTo == null ? previousFrozenDate(request.asOf()) : compareTo;
        if (from == null) {
            return null;
        }
        if (!from.isBefore(request.asOf())) {
            throw new IllegalArgumentException("The earlier date " + from + " is not before " + request.asOf());
        }
        return overview(request(request.scope(), from, null));
    }

    private ProgressReport progressReport(ReportRequest request, Overview overview, Overview earlier,
                                          List<Attention.Item> ranking) {
        Map<String, Target> targets = new java.util.HashMap<>();
        engine.targets().forEach(t -> targets.put(t.getCode(), t));
        return new ProgressReportText(text).compose(new ProgressReportText.Figures(request,
                describe(request.scope()), scopeText.asOf(request), overview,
                earlier == null ? null : ComparisonService.compare(earlier, overview), ranking, targets,
                engine.ratingsByYear(request.scope(), overview.asOf()),
                acceptedCauses(overview, earlier == null ? null : earlier.asOf()),
                trainingSection(request, overview).orElse(null)));
    }

    /**
     * Where the targets training moves land with the training plan the pages show, for live figures before the end
     * of 2030 (a projection from a frozen date would mix today's records into it).
     */
    private java.util.Optional<TrainingSection> trainingSection(ReportRequest request, Overview overview) {
        if (request.frozen() || !vn.tayninh.dashboard.forecast.ForecastService.defaultDate().isAfter(overview.asOf())) {
            return java.util.Optional.empty();
        }
        return planOutcomes.shownPlan().map(plan -> text.training(planOutcomes.outcome(plan.getId(),
                request.scope(), overview.asOf())));
    }

    /**
     * The causes communes gave for lagging targets and the board accepted, for requests made at reporting dates from
     * the earlier date (all before when comparing with the baseline) to the report's date, in the report's area.
     */
    private List<ProgressReport.QuotedCause> acceptedCauses(Overview overview, LocalDate from) {
        java.util.Set<String> inScope = overview.communes().stream().map(c -> c.commune().getCode())
                .collect(java.util.stream.Collectors.toSet());
        return explanations.accepted(null, from == null ? LocalDate.MIN : from, overview.asOf()).stream()
                .filter(e -> inScope.contains(e.communeCode()))
                .map(e -> new ProgressReport.QuotedCause(ExportText.nfc(e.communeName()), e.targetCode(), e.cause()))
                .toList();
    }

    /** "bao-cao-hop-tay-ninh-2026-11-22.pdf", "bao-cao-hop-xa-hung-dien-2026-11-22.pdf", "thong-ke-loc-….xlsx" */
    public String fileName(String kind, ReportRequest request, String extension) {
        Scope scope = request.scope();
        String area = scope.isSingleCommune() ? scope.communeCode() : scope.isProvince() ? "tay-ninh" : "loc";
        return kind + "-" + area + "-" + request.asOf() + "." + extension;
    }

    /** The scope and date in words, for captions of chart images and grids. */
    public String describe(Scope scope) {
        return scopeText.describe(scope, communes.findAll().stream().filter(scope::includes).toList());
    }

    public String asOfText(ReportRequest request) {
        return scopeText.asOf(request);
    }

    private Overview overview(ReportRequest request) {
        return request.frozen() ? engine.frozen(request.asOf(), request.scope())
                : engine.overview(request.scope(), request.asOf(), request.ratingYear());
    }

    private MeetingPack pack(ReportRequest request, Overview overview, List<Attention.Item> ranking) {
        LocalDate asOf = overview.asOf();
        Breakdowns breakdowns = engine.breakdowns(request.scope(), asOf);
        Map<Integer, long[]> ratings = engine.ratingsByYear(request.scope(), asOf);
        List<MeetingPack.AttentionRow> attention = new ArrayList<>();
        String note;
        String scopeName = describe(request.scope());
        if (request.scope().isSingleCommune()) {
            int rank = 0;
            for (int i = 0; i < ranking.size(); i++) {
                if (ranking.get(i).commune().getCode().equals(request.scope().communeCode())) {
                    rank = i + 1;
                    attention.add(row(rank, ranking.get(i)));
                }
            }
            note = rank == 0 ? text.t("export.pack.attention.commune.none", scopeName)
                    : text.t("export.pack.attention.commune", scopeName, String.valueOf(rank),
                            String.valueOf(ranking.size()));
        } else {
            for (int i = 0; i < Math.min(ATTENTION_SHOWN, ranking.size()); i++) {
                attention.add(row(i + 1, ranking.get(i)));
            }
            note = ranking.isEmpty() ? text.t("export.pack.attention.none")
                    : text.t("export.pack.attention.shown", String.valueOf(attention.size()),
                            String.valueOf(ranking.size()));
        }
        return new MeetingPack(request, scopeName, scopeText.asOf(request),
                text.t("export.pack.ratingYear", String.valueOf(overview.ratingYear())), LocalDateTime.now(clock),
                overview, overview.targets().stream()
                        // T9d counts courses held for the whole province: no commune figure, as on the commune page
                        .filter(t -> !request.scope().isSingleCommune() || t.population() != Population.COURSES)
                        .map(text::row).toList(),
                keyCharts.of(overview, breakdowns, ratings, timeline.forScope(
                        request.scope().isSingleCommune() ? request.scope().communeCode() : null)), attention, note,
                explanations(overview), trainingSection(request, overview).orElse(null));
    }

    /**
     * The requests for explanation of the pack's period, the calendar year up to its as-of date, for the communes of
     * its scope (and those the reader may see), oldest first.
     */
    private List<MeetingPack.ExplanationRow> explanations(Overview overview) {
        LocalDate asOf = overview.asOf();
        java.util.Set<String> inScope = overview.communes().stream().map(c -> c.commune().getCode())
                .collect(java.util.stream.Collectors.toSet());
        return explanations.ofPeriod(null, asOf.withDayOfYear(1), asOf).stream()
                .filter(e -> inScope.contains(e.communeCode()))
                .map(e -> new MeetingPack.ExplanationRow(e.communeName(), e.targetCode(), Formats.date(e.asOf()),
                        Formats.date(e.dueDate()), e.overdue()
                                ? text.t("explanation.stateOverdue", text.t("explanation.state." + e.state().name()))
                                : text.t("explanation.state." + e.state().name()),
                        e.request(), e.cause() == null ? "" : text.t("export.pack.explanations.answer", e.cause(),
                                e.remedy(), Formats.date(e.expectedBy()))))
                .toList();
    }

    private MeetingPack.AttentionRow row(int rank, Attention.Item item) {
        return new MeetingPack.AttentionRow(rank, ExportText.nfc(item.commune().getName()), item.score(),
                item.reasons().stream().map(text::reason).toList());
    }
}
