package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PoliticalTheory;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.planning.EntryState;
import vn.tayninh.dashboard.planning.EntryView;
import vn.tayninh.dashboard.planning.ExitState;
import vn.tayninh.dashboard.planning.PlannedTitle;
import vn.tayninh.dashboard.planning.Planning;
import vn.tayninh.dashboard.planning.PlanningKind;
import vn.tayninh.dashboard.planning.PlanningReview;
import vn.tayninh.dashboard.planning.PlanningTerm;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * A commune's planning for a term ({@code ?nhiem-ky=2030-2035}, by default the term being planned for): each title
 * with the persons planned for it today (age at the term's start, gender, degree, political theory and whether the
 * title's standard is met, the decision), the proposals awaiting the board (approve or send back, for the board and
 * the administrator), the yearly review of the commune (exits proposed by the rules, gaps), and the history. The
 * commune's editor proposes additions and exits. A commune editor sees their own commune whatever the URL says.
 */
@Route("quy-hoach/:code")
@PermitAll
class CommunePlanningView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final String TERM = "nhiem-ky";

    /** The order titles are shown in: highest first, the unknown titles, then the source pool (null). */
    static final List<PlannedTitle> TITLE_ORDER = List.of(PlannedTitle.BI_THU, PlannedTitle.PHO_BI_THU_TT,
            PlannedTitle.CT_HDND, PlannedTitle.CT_UBND, PlannedTitle.PCT_HDND, PlannedTitle.PCT_UBND,
            PlannedTitle.BTV, PlannedTitle.BCH, PlannedTitle.KEY_UNKNOWN, PlannedTitle.COMMITTEE_UNKNOWN);

    /** One line of the titles × candidates grid: a title and one person planned for it, or none. */
    record TitleRow(PlanningKind kind, PlannedTitle title, EntryView entry) {
    }

    private final Planning planning;
    private final PlanningReview review;
    private final CommuneService communes;
    private final CadreService cadres;
    private final CommuneAccess access;
    private final Clock clock;
    private final PlanningWords words = new PlanningWords(this);
    private String title = "";
    private Commune commune;
    private PlanningTerm term;

    CommunePlanningView(Planning planning, PlanningReview review, CommuneService communes, CadreService cadres,
                        CommuneAccess access, Clock clock) {
        this.planning = planning;
        this.review = review;
        this.communes = communes;
        this.cadres = cadres;
        this.access = access;
        this.clock = clock;
        addClassName("view-padding");
    }

    static RouteParameters parameters(Commune commune) {
        return new RouteParameters(CODE, commune.getCode());
    }

    static RouteParameters parameters(String communeCode) {
        return new RouteParameters(CODE, communeCode);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        Long own = access.ownCommuneOnly().orElse(null);
        Commune found = communes.findByCode(code).orElse(null);
        if (own != null && (found == null || !own.equals(found.getId()))) {
            // a commune editor reads and proposes for their own commune only
            Commune mine = communes.findById(own).orElseThrow();
            event.forwardTo(CommunePlanningView.class, parameters(mine));
            return;
        }
        removeAll();
        if (found == null) {
            title = getTranslation("commune.notFound.heading");
            add(new H2(title), new Paragraph(getTranslation("commune.notFound.text", code)));
            return;
        }
        commune = found;
        String termCode = event.getLocation().getQueryParameters().getSingleParameter(TERM).orElse(null);
        term = planning.terms().stream().filter(t -> t.getCode().equals(termCode)).findFirst()
                .orElseGet(review::defaultTerm);
        show();
    }

    private void show() {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        title = getTranslation("planningPage.commune.heading", commune.getName());
        RouterLink back = new RouterLink(getTranslation("planningPage.commune.back", commune.getName()),
                CommuneView.class, CommuneView.parameters(commune));
        back.addComponentAsFirst(VaadinIcon.ARROW_LEFT.create());
        add(back, new H2(title), termSelect(), new Span(getTranslation("planningPage.caption", term.getCode(),
                Formats.date(term.getFirstDay()), Formats.date(term.getLastDay()), Formats.date(today))));
        if (access.ownCommuneOnly().isEmpty()) {
            RouterLink province = new RouterLink(getTranslation("planningPage.commune.province"), PlanningView.class);
            province.setQueryParameters(QueryParameters.of(TERM, term.getCode()));
            add(province);
        }

        List<EntryView> all = planning.entries(commune.getId()).stream()
                .filter(e -> e.termId() == term.getId()).toList();
        boolean canEdit = access.canEdit(commune.getId());
        boolean board = access.canManageReferenceData();
        if (canEdit) {
            Button propose = new Button(getTranslation("planningPage.propose.button"), VaadinIcon.PLUS.create(),
                    e -> new PlanningProposeDialog(planning, cadres, commune, term, today, this::show).open());
            propose.setId("planning-propose");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(propose);
        }

        Map<Position, PoliticalTheory> standards = review.standards();
        add(new H3(getTranslation("planningPage.titles")), titles(all, today, standards, canEdit));
        List<EntryView> awaiting = all.stream().filter(EntryView::awaitingBoard).toList();
        add(new H3(getTranslation("planningPage.awaiting")));
        if (awaiting.isEmpty()) {
            add(new Paragraph(getTranslation("planningPage.awaiting.none")));
        } else {
            add(awaiting(awaiting, board));
        }
        add(new H3(getTranslation("planningPage.review")), reviewPart(canEdit, board));
        List<EntryView> history = all.stream().filter(e -> !e.awaitingBoard() && !e.inEffectOn(today))
                .sorted(Comparator.comparing(EntryView::proposedAt).reversed()).toList();
        add(new H3(getTranslation("planningPage.history")));
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("planningPage.history.none")));
        } else {
            add(history(history));
        }
    }

    private Select<PlanningTerm> termSelect() {
        Select<PlanningTerm> select = new Select<>();
        select.setId("planning-term");
        select.setLabel(getTranslation("planningPage.term"));
        // one list: the value must be one of the items shown
        List<PlanningTerm> terms = planning.terms();
        select.setItems(terms);
        select.setItemLabelGenerator(PlanningTerm::getCode);
        select.setValue(terms.stream().filter(t -> t.getId().equals(term.getId())).findFirst().orElse(term));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CommunePlanningView.class, parameters(commune),
                        QueryParameters.of(TERM, e.getValue().getCode())));
            }
        });
        return select;
    }

    /** Every title of the commune with the persons planned for it today, a line "chưa có" for a title without. */
    private Grid<TitleRow> titles(List<EntryView> all, LocalDate today, Map<Position, PoliticalTheory> standards,
                                  boolean canEdit) {
        List<EntryView> current = all.stream().filter(e -> e.inEffectOn(today)).toList();
        List<TitleRow> rows = new ArrayList<>();
        for (PlannedTitle t : TITLE_ORDER) {
            List<EntryView> of = current.stream().filter(e -> e.kind() == PlanningKind.PLAN && e.title() == t)
                    .sorted(Comparator.comparing(EntryView::cadreName)).toList();
            if (of.isEmpty() && !t.isUnknown()) {
                rows.add(new TitleRow(PlanningKind.PLAN, t, null));
            }
            of.forEach(e -> rows.add(new TitleRow(PlanningKind.PLAN, t, e)));
        }
        List<EntryView> source = current.stream().filter(e -> e.kind() == PlanningKind.SOURCE)
                .sorted(Comparator.comparing(EntryView::cadreName)).toList();
        if (source.isEmpty()) {
            rows.add(new TitleRow(PlanningKind.SOURCE, null, null));
        }
        source.forEach(e -> rows.add(new TitleRow(PlanningKind.SOURCE, null, e)));

        Grid<TitleRow> grid = new Grid<>();
        grid.setId("planning-titles");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> words.title(r.kind(), r.title())).setKey("title")
                .setHeader(getTranslation("planningPage.column.title")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> candidate(r, standards)).setKey("candidate")
                .setHeader(getTranslation("planningPage.column.candidate")).setFlexGrow(1);
        grid.addColumn(r -> r.entry() == null ? "" : PlanningWords.age(r.entry().birthDate(), term.getFirstDay()))
                .setKey("age").setHeader(getTranslation("planningPage.column.age")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry() == null ? "" : words.gender(r.entry())).setKey("gender")
                .setHeader(getTranslation("planningPage.column.gender")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry() == null ? "" : words.education(r.entry())).setKey("education")
                .setHeader(getTranslation("planningPage.column.education")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry() == null ? "" : words.theory(r.entry())).setKey("theory")
                .setHeader(getTranslation("planningPage.column.theory")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry() == null ? "" : words.standard(r.entry(), standards)).setKey("standard")
                .setHeader(getTranslation("planningPage.column.standard")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entry() == null ? "" : words.decision(r.entry())).setKey("decision")
                .setHeader(getTranslation("planningPage.column.decision")).setAutoWidth(true).setFlexGrow(0);
        if (canEdit) {
            grid.addComponentColumn(r -> exitAction(r.entry())).setKey("action")
                    .setHeader(getTranslation("planningPage.column.action")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        PlanningView.narrowColumns(grid, Set.of("title", "candidate", "action"));
        return grid;
    }

    /** The person's name, and on one line below what the other columns say (read on a phone, where they are hidden). */
    private Component candidate(TitleRow row, Map<Position, PoliticalTheory> standards) {
        if (row.entry() == null) {
            Span none = new Span(getTranslation("planningPage.none"));
            none.addClassName("planning-none");
            return none;
        }
        EntryView e = row.entry();
        Span name = new Span(e.cadreName());
        name.addClassName("planning-name");
        Span facts = new Span(getTranslation("planningPage.facts", PlanningWords.age(e.birthDate(), term.getFirstDay()),
                words.gender(e), words.education(e), words.theory(e), words.standard(e, standards)));
        facts.addClassName("planning-facts");
        Div cell = new Div(name, facts);
        cell.addClassName("planning-candidate");
        if (e.exitState() == ExitState.PROPOSED) {
            Span pending = new Span(getTranslation("planningPage.exitPending"));
            pending.addClassName("planning-pending");
            cell.add(pending);
        }
        return cell;
    }

    private Component exitAction(EntryView e) {
        if (e == null || e.exitState() == ExitState.PROPOSED) {
            return new Span();
        }
        Button exit = new Button(getTranslation("planningPage.exit.button"), ignored -> proposeExit(e, null));
        exit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        exit.getElement().setAttribute("aria-label", getTranslation("planningPage.exit.button.label", e.cadreName(),
                words.title(e)));
        exit.addClassName("planning-exit");
        return exit;
    }

    private void proposeExit(EntryView e, vn.tayninh.dashboard.planning.ExitReason reason) {
        new PlanningReasonDialog(getTranslation("planningPage.exit.heading", e.cadreName(), words.title(e)),
                getTranslation("planningPage.exit.explanation"), true, reason,
                getTranslation("planningPage.exit.save"),
                (r, note) -> planning.proposeExit(e.id(), e.version(), r, note), "planningPage.exit.saved",
                this::show).open();
    }

    /** Additions and exits awaiting the board: the board approves with a decision or sends back with a reason. */
    private Grid<EntryView> awaiting(List<EntryView> awaiting, boolean board) {
        Grid<EntryView> grid = new Grid<>();
        grid.setId("planning-awaiting");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EntryView::cadreName).setKey("name").setHeader(getTranslation("planningPage.column.candidate"))
                .setAutoWidth(true);
        grid.addColumn(this::proposal).setKey("proposal").setHeader(getTranslation("planningPage.column.proposal"))
                .setFlexGrow(1);
        grid.addColumn(e -> e.state() == EntryState.PROPOSED ? e.proposedBy() : e.exitProposedBy()).setKey("by")
                .setHeader(getTranslation("planningPage.column.by")).setAutoWidth(true).setFlexGrow(0);
        if (board) {
            grid.addComponentColumn(this::decide).setKey("action")
                    .setHeader(getTranslation("planningPage.column.action")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(awaiting);
        grid.setAllRowsVisible(true);
        PlanningView.narrowColumns(grid, Set.of("name", "proposal", "action"));
        return grid;
    }

    private String proposal(EntryView e) {
        String note = e.state() == EntryState.PROPOSED ? e.proposalNote() : e.exitNote();
        String what = e.state() == EntryState.PROPOSED
                ? getTranslation("planningPage.proposal.add", words.title(e))
                : getTranslation("planningPage.proposal.exit", words.title(e),
                        getTranslation("planningPage.exitReason." + e.exitReason().name()));
        return note == null || note.isBlank() ? what : what + " – " + note;
    }

    private Component decide(EntryView e) {
        boolean addition = e.state() == EntryState.PROPOSED;
        String what = words.title(e);
        Button approve = new Button(getTranslation("planningPage.approve"), ignored -> new PlanningDecisionDialog(
                getTranslation(addition ? "planningPage.approve.add.heading" : "planningPage.approve.exit.heading",
                        e.cadreName(), what),
                getTranslation(addition ? "planningPage.approve.add.explanation" : "planningPage.approve.exit.explanation"),
                clock, decision -> {
                    if (addition) {
                        planning.approve(e.id(), e.version(), decision);
                    } else {
                        planning.approveExit(e.id(), e.version(), decision);
                    }
                }, this::show).open());
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        approve.addClassName("planning-approve");
        approve.getElement().setAttribute("aria-label", getTranslation("planningPage.approve.label", e.cadreName(), what));
        Button back = new Button(getTranslation("planningPage.return"), ignored -> new PlanningReasonDialog(
                getTranslation("planningPage.return.heading", e.cadreName(), what),
                getTranslation("planningPage.return.explanation"), false, null,
                getTranslation("planningPage.return.save"), (r, note) -> {
                    if (addition) {
                        planning.returnProposal(e.id(), e.version(), note);
                    } else {
                        planning.returnExit(e.id(), e.version(), note);
                    }
                }, "planningPage.return.saved", this::show).open());
        back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        back.addClassName("planning-return");
        back.getElement().setAttribute("aria-label", getTranslation("planningPage.return.label", e.cadreName(), what));
        Div actions = new Div(approve, back);
        actions.addClassName("planning-actions");
        return actions;
    }

    /** The commune's yearly review: exits the rules propose and the gaps; the editor proposes each exit. */
    private Component reviewPart(boolean canEdit, boolean board) {
        PlanningReview.Review result = review.review(Scope.commune(commune.getCode()), term);
        Div part = new Div();
        part.setId("planning-review");
        part.setWidthFull();
        if (result.exits().isEmpty()) {
            part.add(new Paragraph(getTranslation("planningPage.review.noExits")));
        } else {
            Grid<PlanningReview.ProposedExit> grid = new Grid<>();
            grid.setId("planning-review-exits");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(PlanningReview.ProposedExit::cadreName).setKey("name")
                    .setHeader(getTranslation("planningPage.column.candidate")).setAutoWidth(true);
            grid.addColumn(x -> words.title(x.kind(), x.title())).setKey("title")
                    .setHeader(getTranslation("planningPage.column.title")).setAutoWidth(true);
            grid.addColumn(words::exit).setKey("reason").setHeader(getTranslation("planningPage.column.reason"))
                    .setFlexGrow(1);
            if (canEdit && !board) {
                grid.addComponentColumn(x -> {
                    if (x.exitProposed()) {
                        return new Span(getTranslation("planningPage.exitPending"));
                    }
                    Button propose = new Button(getTranslation("planningPage.exit.button"), ignored -> proposeExit(
                            planning.entries(commune.getId()).stream().filter(e -> e.id() == x.entryId())
                                    .findFirst().orElseThrow(), x.reason()));
                    propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    propose.addClassName("planning-review-propose");
                    return propose;
                }).setKey("action").setHeader(getTranslation("planningPage.column.action")).setAutoWidth(true)
                        .setFlexGrow(0);
            }
            grid.setItems(result.exits());
            grid.setAllRowsVisible(true);
            part.add(grid);
            if (board) {
                part.add(PlanningView.approveChosen(this, grid, review, clock, this::show));
            }
        }
        if (result.gaps().isEmpty()) {
            part.add(new Paragraph(getTranslation("planningPage.review.noGaps")));
        } else {
            UnorderedList gaps = new UnorderedList();
            gaps.setId("planning-review-gaps");
            result.gaps().forEach(g -> gaps.add(new ListItem(words.gap(g))));
            part.add(new Paragraph(getTranslation("planningPage.review.gaps")), gaps);
        }
        return part;
    }

    private Grid<EntryView> history(List<EntryView> history) {
        Grid<EntryView> grid = new Grid<>();
        grid.setId("planning-history");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(EntryView::cadreName).setKey("name").setHeader(getTranslation("planningPage.column.candidate"))
                .setAutoWidth(true);
        grid.addColumn(words::title).setKey("title").setHeader(getTranslation("planningPage.column.title"))
                .setAutoWidth(true);
        grid.addColumn(this::outcome).setKey("outcome").setHeader(getTranslation("planningPage.column.outcome"))
                .setFlexGrow(1);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** What became of an entry no longer in effect: ended (when, why, by which decision), sent back, not yet in effect. */
    private String outcome(EntryView e) {
        if (e.state() == EntryState.RETURNED) {
            return getTranslation("planningPage.outcome.returned", e.returnReason() == null ? "" : e.returnReason());
        }
        if (e.endDate() != null) {
            String decision = e.endDecisionNumber() == null ? ""
                    : " – " + getTranslation("planningPage.decision.text", e.endDecisionNumber(),
                            Formats.date(e.endDecisionDate()));
            return getTranslation("planningPage.outcome.ended", Formats.date(e.effectiveDate()),
                    Formats.date(e.endDate()), getTranslation("planningPage.exitReason." + e.endReason().name()))
                    + decision;
        }
        return getTranslation("planningPage.outcome.later", Formats.date(e.effectiveDate()), words.decision(e));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("app.brand");
    }
}
