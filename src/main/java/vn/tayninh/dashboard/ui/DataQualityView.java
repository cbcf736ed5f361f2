package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import vn.tayninh.dashboard.base.SearchText;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.quality.CommuneQuality;
import vn.tayninh.dashboard.quality.DataQuality;
import vn.tayninh.dashboard.quality.Problem;
import vn.tayninh.dashboard.quality.QualityRecord;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * Data quality (đúng, đủ, sạch, sống) today: the province's card and the communes ranked by score, lowest first; a
 * commune chosen ({@code ?xa=code}) shows its work list — each record with its problems, what to fix, and a link to
 * its edit form for those who may edit it. A commune editor sees only their own commune's.
 */
@Route("chat-luong-du-lieu")
@Menu(title = "nav.quality", order = 27, icon = "vaadin:check-square-o")
@PermitAll
class DataQualityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COMMUNE = "xa";
    private static final int PAGE = 50;

    private final DataQuality quality;
    private final CommuneService communes;
    private final AuthenticatedUser user;
    private final Clock clock;

    DataQualityView(DataQuality quality, CommuneService communes, AuthenticatedUser user, Clock clock) {
        this.quality = quality;
        this.communes = communes;
        this.user = user;
        this.clock = clock;
        addClassName("view-padding");
    }

    static QueryParameters query(Commune commune) {
        return QueryParameters.of(COMMUNE, commune.getCode());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        LocalDate today = LocalDate.now(clock);
        CurrentUser me = user.require();
        add(new H2(getTranslation("quality.heading")));
        Commune chosen = event.getLocation().getQueryParameters().getSingleParameter(COMMUNE)
                .flatMap(communes::findByCode).orElse(null);
        if (me.role() == Role.COMMUNE_EDITOR) {
            Commune own = communes.findById(me.communeId()).orElseThrow();
            showCommune(own, today);
            return;
        }
        Div cards = new Div(new QualityCard(quality.summary(Scope.province(), today), today));
        cards.addClassName("target-cards");
        add(new Paragraph(getTranslation("quality.explanation")), cards);
        add(new H3(getTranslation("quality.ranking")), ranking(today));
        if (chosen != null) {
            showCommune(chosen, today);
        } else {
            add(new Paragraph(getTranslation("quality.worklist.choose")));
        }
    }

    /**
     * The communes by score, lowest first, each column sortable; the search above narrows the rows by name, ignoring
     * diacritics and case as the communes' grid does ("hung dien" finds Hưng Điền).
     */
    private Div ranking(LocalDate today) {
        Grid<CommuneQuality> grid = new Grid<>();
        grid.setId("quality-ranking");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(q -> {
            RouterLink link = new RouterLink(q.commune().getName(), DataQualityView.class);
            link.setQueryParameters(query(q.commune()));
            return link;
        }).setKey("commune").setHeader(getTranslation("quality.column.commune")).setAutoWidth(true).setFlexGrow(1)
                .setComparator(Comparator.comparing((CommuneQuality q) -> SearchText.fold(q.commune().getName())));
        grid.addColumn(q -> q.counts().score() == null ? "" : Formats.percent(q.counts().score())).setKey("score")
                .setHeader(getTranslation("quality.column.score")).setAutoWidth(true)
                .setComparator(Comparator.comparing((CommuneQuality q) -> q.counts().score(),
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        grid.addColumn(q -> Formats.ratio(q.counts().clean(), q.counts().active())).setKey("ratio")
                .setHeader(getTranslation("quality.column.ratio")).setAutoWidth(true)
                .setComparator(Comparator.comparingLong((CommuneQuality q) -> q.counts().clean()));
        for (Problem problem : Problem.values()) {
            grid.addColumn(q -> Formats.integer(q.counts().count(problem))).setKey(problem.name())
                    .setHeader(getTranslation("quality.problem." + problem.name())).setAutoWidth(true)
                    .setComparator(Comparator.comparingLong((CommuneQuality q) -> q.counts().count(problem)));
        }
        List<CommuneQuality> all = quality.ranking(Scope.province(), today);
        ListDataProvider<CommuneQuality> rows = new ListDataProvider<>(new ArrayList<>(all));
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("quality.ranking.none"));
        PageGrids.screenHigh(grid);

        TextField search = new TextField();
        search.setId("quality-search");
        search.setLabel(getTranslation("communes.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            String query = e.getValue();
            rows.setFilter(q -> SearchText.matches(q.commune().getName(), query));
        });
        Div ranking = new Div(search, grid);
        ranking.addClassName("quality-ranking");
        ranking.setWidthFull();
        return ranking;
    }

    private void showCommune(Commune commune, LocalDate today) {
        Div cards = new Div(QualityCard.link(quality.summary(Scope.commune(commune.getCode()), today), today, commune));
        cards.addClassName("target-cards");
        add(new H3(getTranslation("quality.worklist", commune.getName())), cards);
        boolean canFix = quality.canFix(commune);
        long total = quality.workList(commune, today, 0, 1).total();
        if (total == 0) {
            add(new Paragraph(getTranslation("quality.worklist.empty")));
            return;
        }
        Grid<QualityRecord> grid = new Grid<>();
        grid.setId("quality-worklist");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(QualityRecord::fullName).setKey("fullName").setHeader(getTranslation("quality.column.name"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.problems().stream().map(p -> problem(r, p))
                .collect(Collectors.joining("; "))).setKey("problems").setHeader(getTranslation("quality.column.problems"));
        grid.addColumn(r -> r.problems().stream().map(p -> fix(r, p))
                .collect(Collectors.joining(" "))).setKey("fix").setHeader(getTranslation("quality.column.fix"))
                .setFlexGrow(2);
        if (canFix) {
            grid.addComponentColumn(r -> fixLink(commune, r)).setKey("edit").setHeader(getTranslation("quality.column.edit"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(q -> quality.workList(commune, today, q.getPage(), q.getPageSize()).records().stream(),
                q -> (int) total);
        grid.setPageSize(PAGE);
        PageGrids.screenHigh(grid);
        add(new Span(getTranslation("quality.worklist.count", Formats.integer(total))), grid);
    }

    /** A problem as the work list names it: missing information says which fields. */
    private String problem(QualityRecord record, Problem problem) {
        String name = getTranslation("quality.problem." + problem.name());
        if (problem == Problem.MISSING_FIELDS && !record.missingFields().isEmpty()) {
            return getTranslation("quality.problem.MISSING_FIELDS.which", name, record.missingFields().stream()
                    .map(field -> getTranslation("entry.field." + field).toLowerCase(getLocale()))
                    .collect(Collectors.joining(", ")));
        }
        return name;
    }

    /** What to do: a possible duplicate says whether the other record is of this commune or of another. */
    private String fix(QualityRecord record, Problem problem) {
        if (problem == Problem.POSSIBLE_DUPLICATE && record.twinsHere() > 0) {
            return getTranslation(record.twinsElsewhere() > 0 ? "quality.fix.POSSIBLE_DUPLICATE.both"
                    : "quality.fix.POSSIBLE_DUPLICATE.here");
        }
        return getTranslation("quality.fix." + problem.name());
    }

    private Component fixLink(Commune commune, QualityRecord record) {
        RouterLink link = new RouterLink(getTranslation("quality.fix.link"), CommuneEntryView.class,
                CommuneEntryView.parameters(commune));
        link.setQueryParameters(CommuneEntryView.editing(record.cadreId()));
        link.getElement().setAttribute("aria-label", getTranslation("quality.fix.link.label", record.fullName()));
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quality.heading") + " – " + getTranslation("app.brand");
    }
}
