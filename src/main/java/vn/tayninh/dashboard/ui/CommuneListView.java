package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.SearchText;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.base.ui.WindowWidth;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.GridExport;
import vn.tayninh.dashboard.export.ui.GridExportButtons;
import vn.tayninh.dashboard.export.ui.ReportExports;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.QualityCounts;
import vn.tayninh.dashboard.indicator.CommuneResults;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.Population;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Status;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * The communes and wards side by side: one row per commune with its key indicators (x / n and %, coloured by
 * status), active cadres and vacant key titles, and a total row over the rows shown. The filter lives in the
 * URL ({@link DashboardFilter}, and {@code q} for the name), so that a comparison can be shared and reloaded.
 */
@Route("xa-phuong")
@Menu(title = "nav.communes", order = 10, icon = "vaadin:building")
@PermitAll
class CommuneListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The indicators compared, in the order of the resolution. */
    static final List<String> INDICATORS =
            List.of("T1", "T2", "T3", "T5", "T6", "T7a", "T7b", "T7e", "T8a", "T8c", "T8d", "T9a");
    private static final String SEARCH = "q";
    private static final Collator VIETNAMESE_ORDER = Collator.getInstance(Translations.VIETNAMESE);

    /** One commune's figures, as the engine computed them. */
    record Row(CommuneResults results, QualityCounts quality) {

        Commune commune() {
            return results.commune();
        }

        TargetResult target(String code) {
            return results.target(code);
        }

        /** Every active cadre record: the population ALL. */
        long activeCadres() {
            return results.targets().stream().filter(t -> t.population() == Population.ALL).findFirst()
                    .map(TargetResult::denominator).orElse(0L);
        }

        int vacantKeyTitles() {
            return results.vacancies().stream().filter(v -> v.position().isKeyTitle()).mapToInt(Vacancy::vacant).sum();
        }

        /** How many of the compared indicators stand at each status, in the order of {@link Status}. */
        Map<Status, Integer> statuses() {
            Map<Status, Integer> counts = new EnumMap<>(Status.class);
            INDICATORS.forEach(code -> counts.merge(target(code).status(), 1, Integer::sum));
            return counts;
        }

        /** Met indicators first, then those on track: how the status summary sorts. */
        int standing() {
            Map<Status, Integer> counts = statuses();
            return counts.getOrDefault(Status.MET, 0) * 100 + counts.getOrDefault(Status.ON_TRACK, 0);
        }
    }

    /** Below this window width (px) the grid shows only the commune, its cadres and its status summary. */
    static final int NARROW = 600;
    /** The columns a narrow screen keeps. */
    private static final List<String> NARROW_COLUMNS = List.of("name", "activeCadres", "statuses");

    private final IndicatorEngine engine;
    private final transient DataQuality quality;
    private final Clock clock;
    private final transient ReportExports exports;
    private final Div reportButtons = new Div();
    private final List<LocalDate> frozenDates;
    private final List<Integer> ratingYears;
    private final Grid<Row> grid = new Grid<>();
    private final Div asOf = new Div();
    private final TextField search = new TextField();
    private final DashboardFilterBar filterBar;

    /** What is shown; null until the first navigation. */
    private DashboardFilter filter;
    private String searchText = "";
    private List<Row> rows = List.of();

    CommuneListView(IndicatorEngine engine, CommuneService communes, CadreService cadres, FreezeService freezes,
                    Clock clock, ReportExports exports, DataQuality quality) {
        WindowWidth.follow(this, this::fitColumns);
        this.engine = engine;
        this.quality = quality;
        this.clock = clock;
        this.exports = exports;
        this.frozenDates = freezes.findAll().stream().map(ReportingFreeze::getAsOfDate).toList().reversed();
        this.ratingYears = List.copyOf(cadres.findRatingYears(null, LocalDate.now(clock)).reversed());
        this.filterBar = DashboardFilterBar.of(DashboardFilter.LIVE, engine, freezes, communes, clock, this::show);
        addClassName("view-padding");
        setSizeFull();
        add(new H2(getTranslation("communes.heading")), asOf, filters(), reportButtons, grid);
        configureGrid();
    }

    /** The name search, then the same filter bar as the dashboard (reporting date, rating year, area). */
    private HorizontalLayout filters() {
        search.setLabel(getTranslation("communes.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> search(e.getValue()));
        HorizontalLayout bar = new HorizontalLayout(search, filterBar);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(r -> r.commune().getName()).setKey("name").setHeader(getTranslation("communes.name"))
                .setComparator((a, b) -> VIETNAMESE_ORDER.compare(a.commune().getName(), b.commune().getName()))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation("commune.type." + r.commune().getType().name())).setKey("type")
                .setHeader(getTranslation("communes.type")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.commune().getFormerProvince()).setKey("formerProvince")
                .setHeader(getTranslation("communes.formerProvince")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.integer(r.activeCadres())).setKey("activeCadres")
                .setHeader(getTranslation("communes.activeCadres")).setComparator(Row::activeCadres)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.integer(r.vacantKeyTitles())).setKey("vacantKeyTitles")
                .setHeader(getTranslation("communes.vacantKeyTitles")).setComparator(Row::vacantKeyTitles)
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::statusSummary).setKey("statuses")
                .setHeader(getTranslation("communes.statuses", INDICATORS.size()))
                .setComparator(Comparator.comparingInt(Row::standing)).setAutoWidth(true).setFlexGrow(0);
        for (String code : INDICATORS) {
            Span header = new Span(code);
            header.setTitle(getTranslation("target." + code + ".name"));
            grid.addColumn(indicatorCell(code)).setKey(code).setHeader(header)
                    .setComparator(Comparator.comparing((Row r) -> r.target(code).value(),
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        }
        // the share of records without a data-quality problem (docs/data-quality.md)
        grid.addColumn(r -> r.quality().score() == null ? "–" : Formats.percent(r.quality().score())).setKey("quality")
                .setHeader(getTranslation("communes.quality"))
                .setComparator(Comparator.comparing((Row r) -> r.quality().score(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem().commune()));
        GridKeyboard.openOnEnter(grid, r -> open(r.commune()));
        // on a small screen the filters and buttons take most of the height: the grid keeps room for its rows
        PageGrids.fill(grid);
    }

    /** The commune's indicators counted by status: one coloured count per status, named for screen readers. */
    private Span statusSummary(Row row) {
        Span summary = new Span();
        summary.addClassName("status-summary");
        List<String> words = new ArrayList<>();
        row.statuses().forEach((status, count) -> {
            Span badge = new Span(Formats.integer(count));
            badge.addClassNames("status-badge", "status-" + status.name());
            String word = getTranslation("status." + status.name()) + ": " + Formats.integer(count);
            badge.setTitle(word);
            badge.getElement().setAttribute("aria-hidden", "true");
            words.add(word);
            summary.add(badge);
        });
        Span text = new Span(String.join(", ", words));
        text.addClassName("sr-only");
        summary.add(text);
        return summary;
    }

    /** On a narrow screen only the commune, its cadres and its status summary, so that the page never scrolls sideways. */
    private void fitColumns(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        grid.getColumns().forEach(column -> column.setVisible(!narrow || NARROW_COLUMNS.contains(column.getKey())));
        // the three columns share the width, their texts wrapping, instead of growing to their longest content
        fit(grid.getColumnByKey("name"), narrow, "8rem", 1);
        fit(grid.getColumnByKey("activeCadres"), narrow, "6rem", 0);
        fit(grid.getColumnByKey("statuses"), narrow, "7.5rem", 0);
        if (narrow) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        } else {
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.recalculateColumnWidths();
        }
    }

    private static void fit(Grid.Column<Row> column, boolean narrow, String width, int flexGrow) {
        column.setAutoWidth(!narrow);
        if (narrow) {
            column.setWidth(width);
        }
        column.setFlexGrow(narrow ? flexGrow : 0);
    }

    private LitRenderer<Row> indicatorCell(String code) {
        return LitRenderer.<Row>of("""
                        <span class="indicator-cell status-${item.status}" title="${item.statusText}">\
                        <span class="percent">${item.percent}</span><span class="ratio">${item.ratio}</span></span>""")
                .withProperty("status", r -> r.target(code).status().name())
                .withProperty("statusText", r -> getTranslation("status." + r.target(code).status().name()))
                .withProperty("percent", r -> percent(r.target(code).value()))
                .withProperty("ratio", r -> Formats.ratio(r.target(code).numerator(), r.target(code).denominator()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        DashboardFilter requested = DashboardFilter.from(query).withKnownReportingDate(frozenDates);
        if (requested.ratingYear() != null && !ratingYears.contains(requested.ratingYear())) {
            requested = requested.withRatingYear(null);
        }
        if (!requested.equals(filter)) {
            filter = requested;
            Overview overview = filter.overview(engine, clock);
            Map<Long, QualityCounts> qualities = new java.util.HashMap<>();
            quality.byCommune(filter.scope(), overview.asOf())
                    .forEach(q -> qualities.put(q.commune().getId(), q.counts()));
            rows = overview.communes().stream().map(c -> new Row(c,
                    qualities.getOrDefault(c.commune().getId(), QualityCounts.none()))).toList();
            asOf.removeAll();
            asOf.add(new FiguresCaption(overview));
            reportButtons.removeAll();
            reportButtons.add(exports.menu(overview).addAll(gridExport(overview).intoMenu()));
        }
        searchText = query.getSingleParameter(SEARCH).orElse("").strip();
        // The fields' listeners compare with the filter just set, so syncing them navigates nowhere.
        search.setValue(searchText);
        filterBar.show(filter);
        showRows();
    }

    /** A new area, date or year: new figures, through the URL. */
    private void show(DashboardFilter next) {
        if (!next.equals(filter)) {
            getUI().ifPresent(ui -> ui.navigate(CommuneListView.class, query(next, searchText)));
        }
    }

    /** The name search only narrows the rows shown; the URL follows without a new history entry. */
    private void search(String text) {
        if (!text.strip().equals(searchText)) {
            searchText = text.strip();
            showRows();
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(ui.getActiveViewLocation().getPath(), query(filter, searchText))));
        }
    }

    private void showRows() {
        List<Row> visible = visibleRows();
        grid.setItems(visible);
        grid.setEmptyStateText(getTranslation("search.none", searchText));
        grid.getColumnByKey("name").setFooter(getTranslation("communes.total", visible.size()));
        grid.getColumnByKey("activeCadres").setFooter(Formats.integer(sum(visible, Row::activeCadres)));
        grid.getColumnByKey("vacantKeyTitles").setFooter(Formats.integer(sum(visible, Row::vacantKeyTitles)));
        for (String code : INDICATORS) {
            // Summed x and n of the rows shown, never an average of their percentages.
            long x = sum(visible, r -> r.target(code).numerator());
            long n = sum(visible, r -> r.target(code).denominator());
            grid.getColumnByKey(code).setFooter(n == 0 ? percent(null)
                    : Formats.percent((double) x / n) + " (" + Formats.ratio(x, n) + ")");
        }
    }

    /** The rows shown, with the total row, as XLSX or CSV: counts and shares as numbers, x and n beside each share. */
    private GridExportButtons<Row> gridExport(Overview overview) {
        // built when asked, on the page's thread and in its language; the rows shown then are what the worker writes
        return new GridExportButtons<>(exports.jobs(), "xa-phuong-" + overview.asOf(), texts -> {
            GridExport<Row> export = GridExport.<Row>create(texts.get("export.grid.communes"))
                    .title(texts.get("communes.heading"), new FiguresCaption(overview).getText())
                    .text(texts.get("communes.name"), r -> r.commune().getName())
                    .text(texts.get("communes.type"), r -> texts.get("commune.type." + r.commune().getType().name()))
                    .text(texts.get("communes.formerProvince"), r -> r.commune().getFormerProvince())
                    .integer(texts.get("communes.activeCadres"), Row::activeCadres)
                    .integer(texts.get("communes.vacantKeyTitles"), Row::vacantKeyTitles);
            for (String code : INDICATORS) {
                export.integer(code + " x", r -> r.target(code).numerator())
                        .integer(code + " n", r -> r.target(code).denominator())
                        .percent(code + " %", r -> r.target(code).value())
                        .text(code + " – " + texts.get("export.col.status"),
                                r -> texts.get("status." + r.target(code).status().name()));
            }
            String totalLabel = texts.get("communes.total", "{0}");
            export.total(visible -> {
                List<Object> total = new ArrayList<>(List.of(totalLabel.replace("{0}", String.valueOf(visible.size())),
                        "", "", sum(visible, Row::activeCadres), sum(visible, Row::vacantKeyTitles)));
                for (String code : INDICATORS) {
                    // summed x and n of the rows, as the grid's footer
                    long x = sum(visible, r -> r.target(code).numerator());
                    long n = sum(visible, r -> r.target(code).denominator());
                    total.addAll(Arrays.asList(x, n, n == 0 ? null : (double) x / n, null));
                }
                return total;
            });
            return export;
        }, () -> {
            List<Row> shown = visibleRows();
            return () -> shown;
        });
    }

    private List<Row> visibleRows() {
        return rows.stream().filter(r -> SearchText.matches(r.commune().getName(), searchText)).toList();
    }

    private void open(Commune commune) {
        QueryParameters figures = DashboardFilter.LIVE.withReportingDate(filter.reportingDate())
                .withRatingYear(filter.ratingYear()).toQuery();
        getUI().ifPresent(ui -> ui.navigate(CommuneView.class, CommuneView.parameters(commune), figures));
    }

    private static QueryParameters query(DashboardFilter filter, String search) {
        QueryParameters query = filter.toQuery();
        return search.isEmpty() ? query : query.merging(SEARCH, search);
    }

    private static long sum(List<Row> rows, ToLongFunction<Row> value) {
        return rows.stream().mapToLong(value).sum();
    }

    private String percent(Double value) {
        return value == null ? "–" : Formats.percent(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communes.heading") + " – " + getTranslation("app.brand");
    }
}
