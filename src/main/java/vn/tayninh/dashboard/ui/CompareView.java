package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.Translations;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Comparison;
import vn.tayninh.dashboard.indicator.ComparisonService;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Measure;
import vn.tayninh.dashboard.indicator.ReportingFreeze;
import vn.tayninh.dashboard.indicator.Target;
import vn.tayninh.dashboard.indicator.TargetResult;

/**
 * Two reporting dates side by side (each frozen, or the later one live) over the dashboard's area: per target the
 * figure at both dates, the change in percentage points and the status, and the communes that moved it most
 * ({@link ComparisonService}). The URL keeps {@code tu} (first date), {@code den} (second date; absent: live),
 * {@code chi-tieu} (one target's movers) and the dashboard's area filters.
 */
@Route("so-sanh")
@Menu(title = "nav.compare", order = 25, icon = "vaadin:scale")
@PermitAll
class CompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** How many communes are listed each way per target. */
    static final int MOVERS = 5;

    private final ComparisonService comparisons;
    private final IndicatorEngine engine;
    private final FreezeService freezes;
    private final CommuneService communes;
    private final Clock clock;

    /** What the page shows: null {@code from} is the latest freeze before {@code to}; null {@code to} is live. */
    record Choice(LocalDate from, LocalDate to, String target, DashboardFilter area) {

        static Choice from(QueryParameters query) {
            Map<String, List<String>> p = query.getParameters();
            DashboardFilter filter = DashboardFilter.from(query);
            DashboardFilter area = filter.withReportingDate(null).withRatingYear(null);
            String target = first(p, "chi-tieu");
            return new Choice(date(first(p, "tu")), date(first(p, "den")),
                    target == null || target.isBlank() ? null : target.strip(), area);
        }

        QueryParameters toQuery() {
            Map<String, List<String>> p = new HashMap<>(area.toQuery().getParameters());
            if (from != null) {
                p.put("tu", List.of(from.toString()));
            }
            if (to != null) {
                p.put("den", List.of(to.toString()));
            }
            if (target != null) {
                p.put("chi-tieu", List.of(target));
            }
            return new QueryParameters(p);
        }

        Choice withFrom(LocalDate value) {
            return new Choice(value, to, target, area);
        }

        Choice withTo(LocalDate value) {
            return new Choice(from, value, target, area);
        }

        Choice withTarget(String value) {
            return new Choice(from, to, value, area);
        }

        Choice withArea(DashboardFilter value) {
            return new Choice(from, to, target, value.withReportingDate(null).withRatingYear(null));
        }

        private static String first(Map<String, List<String>> p, String key) {
            List<String> values = p.get(key);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        private static LocalDate date(String text) {
            try {
                return text == null ? null : LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    CompareView(ComparisonService comparisons, IndicatorEngine engine, FreezeService freezes, CommuneService communes,
                Clock clock) {
        this.comparisons = comparisons;
        this.engine = engine;
        this.freezes = freezes;
        this.communes = communes;
        this.clock = clock;
        addClassName("view-padding");
    }

    /**
     * The link to this page from a dashboard page: the same area, the dashboard's reporting date (or live) as the
     * second date, and, from a target's page, that target.
     */
    static RouterLink link(DashboardFilter filter, String targetCode) {
        RouterLink link = new RouterLink(CompareView.class);
        link.setText(link.getTranslation("compare.link"));
        link.setQueryParameters(new Choice(null, filter.reportingDate(), targetCode, filter.withReportingDate(null)
                .withRatingYear(null)).toQuery());
        link.addClassName("compare-link");
        link.setId("compare-link");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(Choice.from(event.getLocation().getQueryParameters()));
    }

    private void show(Choice asked) {
        removeAll();
        List<ReportingFreeze> frozen = freezes.findAll();
        List<LocalDate> dates = frozen.stream().map(ReportingFreeze::getAsOfDate).toList();
        List<Target> targets = engine.targets();
        // dates that were never frozen and unknown targets are ignored, as the dashboard ignores a wrong URL
        LocalDate to = dates.contains(asked.to()) ? asked.to() : null;
        LocalDate end = to != null ? to : LocalDate.now(clock);
        LocalDate from = dates.contains(asked.from()) ? asked.from()
                : dates.stream().filter(d -> d.isBefore(end)).reduce((a, b) -> b).orElse(null);
        String target = targets.stream().map(Target::getCode).filter(c -> c.equals(asked.target())).findFirst()
                .orElse(null);
        // what the selectors change: a first date taken by default stays a default when the second date changes
        Choice choice = new Choice(dates.contains(asked.from()) ? asked.from() : null, to, target, asked.area());

        RouterLink back = new RouterLink(getTranslation("targetPage.back"), DashboardView.class);
        back.setQueryParameters(choice.area().toQuery());
        add(back, new H2(getTranslation("compare.heading")), new Paragraph(getTranslation("compare.explanation")),
                selectors(choice, from, frozen, targets), areaBar(choice));

        if (from == null) {
            add(message(getTranslation("compare.noEarlier")));
            return;
        }
        if (!from.isBefore(end)) {
            add(message(getTranslation("compare.order")));
            return;
        }
        Comparison comparison = comparisons.compare(choice.area().scope(), from, to);
        Span caption = new Span(getTranslation("compare.caption", side(comparison.from()), side(comparison.to())));
        caption.addClassName("dashboard-subtitle");
        caption.setId("compare-caption");
        add(caption, summary(comparison), new H3(getTranslation("compare.movers")));
        Component chosen = null;
        for (Comparison.Change change : comparison.targets()) {
            if (target == null || target.equals(change.code())) {
                Div section = movers(change);
                add(section);
                chosen = target == null ? null : section;
            }
        }
        if (chosen != null) {
            chosen.scrollIntoView();
        }
    }

    private HorizontalLayout selectors(Choice choice, LocalDate shownFrom, List<ReportingFreeze> frozen,
                                       List<Target> targets) {
        List<LocalDate> dates = frozen.stream().map(ReportingFreeze::getAsOfDate).toList();
        ItemLabelGenerator<LocalDate> label = date -> getTranslation("filter.frozen", Formats.date(date),
                frozen.stream().filter(f -> f.getAsOfDate().equals(date)).map(f -> f.label(getLocale()))
                        .findFirst().orElse(""));

        Select<LocalDate> from = new Select<>();
        from.setLabel(getTranslation("compare.from"));
        from.setItems(dates);
        from.setItemLabelGenerator(label);
        from.setValue(shownFrom);
        from.setId("from");
        from.addValueChangeListener(e -> go(choice.withFrom(e.getValue())));

        Select<LocalDate> to = new Select<>();
        to.setLabel(getTranslation("compare.to"));
        to.setItems(dates);
        to.setEmptySelectionAllowed(true);
        to.setEmptySelectionCaption(getTranslation("compare.live"));
        to.setItemLabelGenerator(date -> date == null ? getTranslation("compare.live") : label.apply(date));
        to.setValue(choice.to());
        to.setId("to");
        to.addValueChangeListener(e -> go(choice.withTo(e.getValue())));

        Select<String> target = new Select<>();
        target.setLabel(getTranslation("compare.target"));
        target.setItems(targets.stream().map(Target::getCode).toList());
        target.setEmptySelectionAllowed(true);
        target.setEmptySelectionCaption(getTranslation("filter.all"));
        target.setItemLabelGenerator(code -> code == null ? getTranslation("filter.all")
                : code + " · " + getTranslation("target." + code + ".name"));
        target.setValue(choice.target());
        target.setId("target");
        target.addValueChangeListener(e -> go(choice.withTarget(e.getValue())));

        HorizontalLayout row = new HorizontalLayout(from, to, target);
        row.addClassName("filter-bar");
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    /** The dashboard's area filters; its reporting date and rating year are this page's own selectors. */
    private DashboardFilterBar areaBar(Choice choice) {
        return DashboardFilterBar.of(choice.area(), engine, freezes, communes, clock,
                next -> go(choice.withArea(next))).areaOnly();
    }

    private void go(Choice next) {
        getUI().ifPresent(ui -> ui.navigate(CompareView.class, next.toQuery()));
    }

    private Grid<Comparison.Change> summary(Comparison comparison) {
        Grid<Comparison.Change> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> c.code() + " · " + getTranslation("target." + c.code() + ".name"))
                .setHeader(getTranslation("compare.column.target")).setKey("target").setFlexGrow(2);
        grid.addColumn(c -> figure(c.from())).setHeader(getTranslation("compare.column.from")).setKey("from")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(c -> figure(c.to())).setHeader(getTranslation("compare.column.to")).setKey("to")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(this::change).setHeader(getTranslation("compare.column.change")).setKey("change")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("compare.column.status")).setKey("status")
                .setAutoWidth(true);
        grid.setItems(comparison.targets());
        grid.setAllRowsVisible(true);
        grid.setId("compare-summary");
        return grid;
    }

    /** x / n and the percentage; for T9d the number of courses. */
    String figure(TargetResult result) {
        if (result.denominator() == null) {
            return getTranslation("compare.courses", Formats.integer(result.numerator()));
        }
        String ratio = Formats.ratio(result.numerator(), result.denominator());
        return result.value() == null ? ratio : ratio + " · " + Formats.percent(result.value());
    }

    String change(Comparison.Change change) {
        if (change.changeCount() != null) {
            return getTranslation("compare.courses", signed(change.changeCount()));
        }
        return change.changePoints() == null ? "—"
                : getTranslation("compare.points", signed(change.changePoints(), 1));
    }

    String status(Comparison.Change change) {
        String to = getTranslation("status." + change.to().status().name());
        return change.statusChanged()
                ? getTranslation("status." + change.from().status().name()) + " → " + to : to;
    }

    private Div movers(Comparison.Change change) {
        Div section = new Div();
        section.addClassName("compare-movers");
        section.setId("movers-" + change.code());
        section.add(new H4(change.code() + " · " + getTranslation("target." + change.code() + ".name")));
        if (change.contributions().isEmpty()) {
            section.add(new Paragraph(getTranslation(Measure.of(change.code()).kind() == Measure.Kind.COURSES
                    ? "compare.movers.courses" : "compare.movers.none")));
            return section;
        }
        String unit = getTranslation(Measure.of(change.code()).kind() == Measure.Kind.COMMUNE_CHECK
                ? "dashboard.gap.communes" : "dashboard.gap.persons");
        Div columns = new Div(list("compare.risers", change.risers(MOVERS), unit),
                list("compare.fallers", change.fallers(MOVERS), unit));
        columns.addClassName("compare-columns");
        section.add(columns);
        return section;
    }

    private Div list(String headingKey, List<Comparison.Contribution> contributions, String unit) {
        Div column = new Div(new Span(getTranslation(headingKey)));
        column.addClassName("compare-column");
        if (contributions.isEmpty()) {
            column.add(new Paragraph(getTranslation("compare.none")));
            return column;
        }
        OrderedList list = new OrderedList();
        contributions.forEach(c -> list.add(new ListItem(mover(c, unit))));
        column.add(list);
        return column;
    }

    /** "Xã Hưng Điền: +2 người, +0,16 điểm %". */
    String mover(Comparison.Contribution c, String unit) {
        return getTranslation("compare.mover", c.commune().getName(), signed(c.persons()), unit, signed(c.points(), 2));
    }

    private String side(Comparison.Side side) {
        return getTranslation(side.frozen() ? "compare.side.frozen" : "compare.side.live", Formats.date(side.date()),
                String.valueOf(side.ratingYear()));
    }

    private static Paragraph message(String text) {
        Paragraph p = new Paragraph(text);
        p.setId("compare-message");
        return p;
    }

    private static String signed(long value) {
        return (value > 0 ? "+" : "") + Formats.integer(value);
    }

    private static String signed(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(Translations.VIETNAMESE);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        String text = format.format(value);
        // a tiny negative rounded to zero reads "-0,00": no sign for zero
        return text.matches("-?0(,0+)?") ? format.format(0) : (value > 0 ? "+" : "") + text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compare.heading") + " – " + getTranslation("app.brand");
    }
}
