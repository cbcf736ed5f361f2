package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.PageGrids;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.TargetResult;
import vn.tayninh.dashboard.planning.ExitReason;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.planning.PlanningTerm;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The province's planning for a term ({@code ?nhiem-ky=}): the pool ratios against their targets (each card opens the
 * target's page), per key title how many communes have 0, 1, 2 and 3 or more candidates, the yearly review — the
 * entries the rules now exclude with their reasons ({@code ?ly-do=} narrows them to one reason), which the board
 * approves with one decision — and the gaps of every commune. A commune editor is sent to their commune's page.
 */
@Route("quy-hoach")
@Menu(title = "nav.planning", order = 15, icon = "vaadin:sitemap")
@PermitAll
class PlanningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TERM = CommunePlanningView.TERM;
    static final String REASON = "ly-do";
    /** The targets on the planning and source pools, shown as cards. */
    static final List<String> CARDS = PlanningReview.POOL_CARDS;
    private static final int NARROW = CommuneListView.NARROW;

    private final Planning planning;
    private final PlanningReview review;
    private final CommuneService communes;
    private final CommuneAccess access;
    private final Clock clock;
    private final PlanningWords words = new PlanningWords(this);
    private PlanningTerm term;
    private ExitReason reason;

    PlanningView(Planning planning, PlanningReview review, CommuneService communes, CommuneAccess access,
                 Clock clock) {
        this.planning = planning;
        this.review = review;
        this.communes = communes;
        this.access = access;
        this.clock = clock;
        addClassName("view-padding");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        var own = access.ownCommuneOnly();
        if (own.isPresent()) {
            Commune mine = communes.findById(own.get()).orElseThrow();
            event.forwardTo(CommunePlanningView.class, CommunePlanningView.parameters(mine));
            return;
        }
        String termCode = query.getSingleParameter(TERM).orElse(null);
        term = planning.terms().stream().filter(t -> t.getCode().equals(termCode)).findFirst()
                .orElseGet(review::defaultTerm);
        reason = query.getSingleParameter(REASON).flatMap(r -> Arrays.stream(ExitReason.values())
                .filter(x -> x.name().equals(r)).findFirst()).orElse(null);
        show();
    }

    private QueryParameters query(PlanningTerm t, ExitReason r) {
        Map<String, List<String>> parameters = new HashMap<>();
        parameters.put(TERM, List.of(t.getCode()));
        if (r != null) {
            parameters.put(REASON, List.of(r.name()));
        }
        return new QueryParameters(parameters);
    }

    private void show() {
        removeAll();
        PlanningReview.Review result = review.review(Scope.province(), term);
        add(new H2(getTranslation("planningPage.heading")), filters(),
                new Span(getTranslation("planningPage.caption", term.getCode(), Formats.date(term.getFirstDay()),
                        Formats.date(term.getLastDay()), Formats.date(result.date()))));
        if (result.provisional()) {
            add(new Paragraph(getTranslation("planningPage.provisional")));
        }

        add(new H3(getTranslation("planningPage.ratios")), cards(result));
        add(new H3(getTranslation("planningPage.candidates")),
                new Paragraph(getTranslation("planningPage.candidates.explanation", Formats.integer(result.communes()))),
                candidates(result));

        add(new H3(getTranslation("planningPage.review")),
                new Paragraph(getTranslation("planningPage.review.explanation")));
        List<PlanningReview.ProposedExit> exits = result.exits().stream()
                .filter(x -> reason == null || x.reason() == reason).toList();
        add(reasonFilter(result.exits()));
        if (exits.isEmpty()) {
            add(new Paragraph(getTranslation("planningPage.review.noExits")));
        } else {
            Grid<PlanningReview.ProposedExit> grid = exits(exits);
            add(grid);
            if (access.canManageReferenceData()) {
                add(approveChosen(this, grid, review, clock, this::show));
            }
        }
        add(new H3(getTranslation("planningPage.review.gaps.heading")));
        if (result.gaps().isEmpty()) {
            add(new Paragraph(getTranslation("planningPage.review.noGaps")));
        } else {
            add(new Span(getTranslation("planningPage.review.gaps.count", Formats.integer(result.gaps().size()))),
                    gaps(result.gaps()));
        }
    }

    private Div filters() {
        Select<PlanningTerm> select = new Select<>();
        select.setId("planning-term");
        select.setLabel(getTranslation("planningPage.term"));
        List<PlanningTerm> terms = planning.terms();
        select.setItems(terms);
        select.setItemLabelGenerator(PlanningTerm::getCode);
        select.setValue(terms.stream().filter(t -> t.getId().equals(term.getId())).findFirst().orElse(term));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                navigate(query(e.getValue(), reason));
            }
        });
        ComboBox<Commune> commune = new ComboBox<>(getTranslation("planningPage.openCommune"));
        commune.setWidth("min(100%, 20rem)");
        commune.setId("planning-commune");
        commune.setItems(communes.findAll());
        commune.setItemLabelGenerator(Commune::getName);
        commune.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CommunePlanningView.class,
                        CommunePlanningView.parameters(e.getValue()), QueryParameters.of(TERM, term.getCode())));
            }
        });
        Div bar = new Div(select, commune);
        bar.addClassName("planning-filters");
        return bar;
    }

    private void navigate(QueryParameters query) {
        getUI().ifPresent(ui -> ui.navigate(PlanningView.class, query));
    }

    private Div cards(PlanningReview.Review result) {
        Div cards = new Div();
        cards.addClassName("target-cards");
        cards.setId("planning-cards");
        for (TargetResult target : result.ratios()) {
            String code = target.code();
            RouterLink link = new RouterLink(TargetView.class, code);
            link.add(new TargetCard(target));
            link.addClassName("target-card-link");
            cards.add(link);
        }
        return cards;
    }

    /** Per key title, the communes with 0, 1, 2 and 3 or more persons planned for it. */
    private Grid<Position> candidates(PlanningReview.Review result) {
        Grid<Position> grid = new Grid<>();
        grid.setId("planning-candidates");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> getTranslation("position." + p.name())).setKey("title")
                .setHeader(getTranslation("planningPage.column.title")).setAutoWidth(true).setFlexGrow(1);
        for (int n = 0; n <= 3; n++) {
            int i = n;
            grid.addColumn(p -> Formats.integer(result.candidates().get(p)[i])).setKey("n" + n)
                    .setHeader(getTranslation("planningPage.candidates.n" + n)).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(PlanningReview.KEY_TITLES);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Select<String> reasonFilter(List<PlanningReview.ProposedExit> all) {
        Select<String> select = new Select<>();
        select.setId("planning-reason");
        select.setLabel(getTranslation("planningPage.review.filter"));
        List<String> items = new ArrayList<>();
        items.add("");
        for (ExitReason r : List.of(ExitReason.LEFT, ExitReason.APPOINTED, ExitReason.DISCIPLINE,
                ExitReason.NOT_COMPLETED, ExitReason.RETIREMENT)) {
            items.add(r.name());
        }
        select.setItems(items);
        select.setItemLabelGenerator(r -> r.isEmpty()
                ? getTranslation("planningPage.review.filter.all", Formats.integer(all.size()))
                : getTranslation("planningPage.exitReason." + r) + " (" + Formats.integer(all.stream()
                        .filter(x -> x.reason().name().equals(r)).count()) + ")");
        select.setValue(reason == null ? "" : reason.name());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                navigate(query(term, e.getValue() == null || e.getValue().isEmpty() ? null
                        : ExitReason.valueOf(e.getValue())));
            }
        });
        return select;
    }

    private Grid<PlanningReview.ProposedExit> exits(List<PlanningReview.ProposedExit> exits) {
        Grid<PlanningReview.ProposedExit> grid = new Grid<>();
        grid.setId("planning-review-exits");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(x -> communeLink(x.communeName(), x.communeId())).setKey("commune")
                .setHeader(getTranslation("planningPage.column.commune")).setAutoWidth(true);
        grid.addColumn(PlanningReview.ProposedExit::cadreName).setKey("name")
                .setHeader(getTranslation("planningPage.column.candidate")).setAutoWidth(true);
        grid.addColumn(x -> words.title(x.kind(), x.title())).setKey("title")
                .setHeader(getTranslation("planningPage.column.title")).setAutoWidth(true);
        grid.addColumn(words::exit).setKey("reason").setHeader(getTranslation("planningPage.column.reason"))
                .setFlexGrow(1);
        grid.setItems(exits);
        PageGrids.screenHigh(grid);
        narrowColumns(grid, Set.of("commune", "name", "reason"));
        return grid;
    }

    private Grid<PlanningReview.Gap> gaps(List<PlanningReview.Gap> gaps) {
        Grid<PlanningReview.Gap> grid = new Grid<>();
        grid.setId("planning-review-gaps");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(g -> communeLink(g.communeName(), g.communeId())).setKey("commune")
                .setHeader(getTranslation("planningPage.column.commune")).setAutoWidth(true);
        grid.addColumn(words::gap).setKey("gap").setHeader(getTranslation("planningPage.column.gap")).setFlexGrow(1);
        grid.setItems(gaps);
        PageGrids.screenHigh(grid);
        return grid;
    }

    private Component communeLink(String name, Long communeId) {
        Commune commune = communeId == null ? null : communes.findById(communeId).orElse(null);
        if (commune == null) {
            return new Span(name == null ? "" : name);
        }
        RouterLink link = new RouterLink(commune.getName(), CommunePlanningView.class,
                CommunePlanningView.parameters(commune));
        link.setQueryParameters(QueryParameters.of(TERM, term.getCode()));
        return link;
    }

    /**
     * For the board: the review's rows become selectable and one button approves the chosen exits with one decision
     * ({@link PlanningReview#approveExits}, all or none).
     */
    static Component approveChosen(Component page, Grid<PlanningReview.ProposedExit> grid, PlanningReview review,
                                   Clock clock, Runnable refresh) {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        Button approve = new Button(page.getTranslation("planningPage.review.approve", 0), VaadinIcon.CHECK.create());
        approve.setId("planning-review-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.setEnabled(false);
        grid.addSelectionListener(e -> {
            approve.setText(page.getTranslation("planningPage.review.approve", e.getAllSelectedItems().size()));
            approve.setEnabled(!e.getAllSelectedItems().isEmpty());
        });
        approve.addClickListener(e -> {
            List<PlanningReview.ProposedExit> chosen = List.copyOf(grid.getSelectedItems());
            new PlanningDecisionDialog(page.getTranslation("planningPage.review.approve.heading",
                    Formats.integer(chosen.size())), page.getTranslation("planningPage.review.approve.explanation"),
                    clock, decision -> review.approveExits(chosen, decision), refresh).open();
        });
        Div bar = new Div(approve);
        bar.addClassName("planning-review-actions");
        return bar;
    }

    /**
     * On a window narrower than a phone's only the columns {@code keep} stay, so that the page never scrolls
     * sideways; the hidden facts are repeated in those columns' cells.
     */
    static void narrowColumns(Grid<?> grid, Set<String> keep) {
        grid.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(details -> {
                boolean narrow = details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < NARROW;
                grid.getColumns().forEach(c -> c.setVisible(!narrow || c.getKey() == null || keep.contains(c.getKey())));
            });
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planningPage.heading") + " – " + getTranslation("app.brand");
    }
}
