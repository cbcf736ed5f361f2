package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.Text;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.indicator.Attention.Behind;
import vn.tayninh.dashboard.indicator.Attention.LowestPostgraduateShare;
import vn.tayninh.dashboard.indicator.Attention.NoWomanInKeyPlanningPool;
import vn.tayninh.dashboard.indicator.Attention.NoWomanInStandingCommittee;
import vn.tayninh.dashboard.indicator.Attention.VacantKeyTitle;
import vn.tayninh.dashboard.indicator.Attention;
import vn.tayninh.dashboard.indicator.FreezeService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Overview;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * The communes that need help first, for the area and date of the dashboard's filter (same URL parameters),
 * each with its reasons in words; the ranking is {@link Attention}'s.
 */
@Route("can-chu-y")
@Menu(title = "nav.attention", order = 20, icon = "vaadin:warning")
@PermitAll
class AttentionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A meeting discusses a few dozen communes at most. */
    static final int SHOWN = 30;

    record Row(int rank, Attention.Item item) {
    }

    private final IndicatorEngine engine;
    private final FreezeService freezes;
    private final CommuneService communes;
    private final Clock clock;
    private final Div filters = new Div();
    private final Div caption = new Div();
    private final Grid<Row> grid = new Grid<>();

    private final Explanations explanations;
    private final CommuneAccess access;
    private final Div actions = new Div();
    private Map<Long, ExplanationDetails> latest = Map.of();
    private Overview overview;

    AttentionView(IndicatorEngine engine, FreezeService freezes, CommuneService communes, Clock clock,
                  Explanations explanations, CommuneAccess access) {
        this.explanations = explanations;
        this.access = access;
        this.engine = engine;
        this.freezes = freezes;
        this.communes = communes;
        this.clock = clock;
        addClassName("view-padding");
        setSizeFull();

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::rank).setHeader(getTranslation("attention.rank")).setKey("rank")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.item().commune().getName()).setHeader(getTranslation("attention.commune"))
                .setKey("commune").setAutoWidth(true);
        grid.addColumn(r -> r.item().score()).setHeader(getTranslation("attention.score")).setKey("score")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> reasons(r.item())).setHeader(getTranslation("attention.reasons"))
                .setKey("reasons").setFlexGrow(3);
        grid.addComponentColumn(this::explanation).setHeader(getTranslation("explanation.latest"))
                .setKey("explanation").setAutoWidth(true).setFlexGrow(0);
        // The commune page is another view; only its URL is known here.
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CommuneView.class, CommuneView.parameters(e.getItem().item().commune()))));
        GridKeyboard.openOnEnter(grid, r -> getUI().ifPresent(ui -> ui.navigate(CommuneView.class, CommuneView.parameters(r.item().commune()))));
        PageGrids.fill(grid);

        add(new H2(getTranslation("attention.heading")), new Paragraph(getTranslation("attention.explanation", SHOWN)),
                filters, caption, actions, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardFilter filter = DashboardFilter.from(event.getLocation().getQueryParameters());
        filters.removeAll();
        filters.add(DashboardFilterBar.of(filter, engine, freezes, communes, clock,
                next -> getUI().ifPresent(ui -> ui.navigate(AttentionView.class, next.toQuery()))));
        overview = filter.overview(engine, clock);
        caption.removeAll();
        caption.add(new FiguresCaption(overview));
        List<Attention.Item> ranked = Attention.rank(overview);
        latest = explanations.latestByCommune(null);
        actions.removeAll();
        Map<String, List<Commune>> behind = behind(ranked);
        if (access.canManageReferenceData() && !behind.isEmpty()) {
            Button askAll = new Button(getTranslation("explanation.ask.allBehind"), VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    e -> ask(behind));
            askAll.setId("attention-ask-all");
            actions.add(askAll);
        }
        grid.setItems(IntStream.range(0, Math.min(SHOWN, ranked.size())).mapToObj(i -> new Row(i + 1, ranked.get(i)))
                .toList());
    }

    /** The latest request's state for the commune, and for the board a button to ask it to explain. */
    private Div explanation(Row row) {
        Div cell = new Div();
        ExplanationDetails last = latest.get(row.item().commune().getId());
        if (last != null) {
            cell.add(ExplanationBadge.of(this, last));
        }
        Map<String, List<Commune>> behind = behind(List.of(row.item()));
        if (access.canManageReferenceData() && !behind.isEmpty()) {
            Button ask = new Button(getTranslation("explanation.ask.button"), e -> ask(behind));
            ask.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            ask.addClassName("attention-ask");
            // the row itself opens the commune page: the click stays with the button
            ask.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
            cell.add(ask);
        }
        return cell;
    }

    /** For each target some of the items are behind on, the communes behind on it, in ranking order. */
    private static Map<String, List<Commune>> behind(List<Attention.Item> items) {
        Map<String, List<Commune>> behind = new LinkedHashMap<>();
        for (Attention.Item item : items) {
            item.reasons().stream().filter(Behind.class::isInstance).map(r -> ((Behind) r).result().code())
                    .forEach(code -> behind.computeIfAbsent(code, c -> new ArrayList<>()).add(item.commune()));
        }
        return behind;
    }

    private void ask(Map<String, List<Commune>> communesByTarget) {
        new ExplanationRequestDialog(explanations, communesByTarget, overview.asOf(), LocalDate.now(clock),
                () -> {
                    latest = explanations.latestByCommune(null);
                    grid.getDataProvider().refreshAll();
                }).open();
    }

    private UnorderedList reasons(Attention.Item item) {
        UnorderedList list = new UnorderedList();
        list.addClassName("attention-reasons");
        item.reasons().forEach(reason -> {
            ListItem line = new ListItem(text(reason));
            if (reason instanceof NoWomanInKeyPlanningPool || reason instanceof Behind behind
                    && PlanningView.CARDS.contains(behind.result().code())) {
                // the commune's planning, where the gap is closed; the row itself opens the commune page
                RouterLink planning = new RouterLink(getTranslation("planningPage.link.target"),
                        CommunePlanningView.class, CommunePlanningView.parameters(item.commune()));
                planning.addClassName("attention-planning");
                planning.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
                line.add(new Text(" "), planning);
            }
            list.add(line);
        });
        return list;
    }

    /** One short sentence per reason. */
    String text(Attention.Reason reason) {
        return switch (reason) {
            case NoWomanInStandingCommittee r -> getTranslation("attention.reason.noWomanInStandingCommittee");
            case NoWomanInKeyPlanningPool r -> getTranslation("attention.reason.noWomanInKeyPlanningPool");
            case VacantKeyTitle r -> r.approved() == 1
                    ? getTranslation("attention.reason.vacant", getTranslation("position." + r.position().name()))
                    : getTranslation("attention.reason.vacantSeats", Formats.integer(r.vacant()),
                            getTranslation("position." + r.position().name()));
            case LowestPostgraduateShare r -> getTranslation("attention.reason.lowestPostgraduate", figure(r.result()));
            case Behind r -> getTranslation("attention.reason.behind." + r.against().name(),
                    getTranslation("target." + r.result().code() + ".name"), figure(r.result()),
                    Formats.percent(r.reference()));
        };
    }

    private static String figure(TargetResult result) {
        return Formats.percent(result.value()) + " (" + Formats.integer(result.numerator()) + "/"
                + Formats.integer(result.denominator()) + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attention.heading") + " – " + getTranslation("app.brand");
    }
}
