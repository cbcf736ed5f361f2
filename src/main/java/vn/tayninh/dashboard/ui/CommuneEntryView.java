package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.position.StaffingQuota;
import vn.tayninh.dashboard.roster.RosterExporter;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.roster.ui.RosterUpload;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;

/**
 * Where commune staff keep their commune current: cadres and their profiles, appointments and departures (the
 * seats and vacancies above change at once), ratings, a roster file with a preview before it is committed, and
 * the commune's audit trail. An editor lands on their own commune; the board and the administrator choose one.
 * Buttons follow the user's rights, and the services check them again.
 */
@Route("cap-nhat/:code?")
@Menu(title = "nav.entry", order = 30, icon = "vaadin:edit")
@RolesAllowed({"ADMIN", "BOARD", "COMMUNE_EDITOR"})
class CommuneEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CODE = "code";

    private final CommuneService communes;
    private final CadreService cadres;
    private final CadreEditor editor;
    private final RatingEditor ratings;
    private final SeatService seats;
    private final IndicatorEngine engine;
    private final RosterImporter importer;
    private final RosterExporter exporter;
    private final AuditTrail audit;
    private final CommuneAccess access;
    private final AuthenticatedUser user;
    private final Clock clock;

    private Commune commune;
    private final Grid<Vacancy> positions = new Grid<>();
    private final Grid<Cadre> cadreGrid = new Grid<>();
    private final TextField search = new TextField();
    private final HorizontalLayout quotas = new HorizontalLayout();
    private AuditGrid auditGrid;
    private Map<Position, List<PositionHolding>> holdings = Map.of();
    private Map<Long, List<Position>> titles = Map.of();

    CommuneEntryView(CommuneService communes, CadreService cadres, CadreEditor editor, RatingEditor ratings, SeatService seats,
                     IndicatorEngine engine, RosterImporter importer, RosterExporter exporter, AuditTrail audit,
                     CommuneAccess access, AuthenticatedUser user, Clock clock) {
        this.communes = communes;
        this.cadres = cadres;
        this.editor = editor;
        this.ratings = ratings;
        this.seats = seats;
        this.engine = engine;
        this.importer = importer;
        this.exporter = exporter;
        this.audit = audit;
        this.access = access;
        this.user = user;
        this.clock = clock;
        addClassName("view-padding");
        // The router reuses this view when only the commune changes: the grids are built once, here, and refilled
        // for each commune in show().
        configureCadreGrid();
        configurePositionsGrid();
    }

    static RouteParameters parameters(Commune commune) {
        return new RouteParameters(CODE, commune.getCode());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CurrentUser me = user.require();
        String code = event.getRouteParameters().get(CODE).orElse(null);
        if (code == null && me.role() == Role.COMMUNE_EDITOR) {
            communes.findById(me.communeId()).ifPresent(own -> event.forwardTo(CommuneEntryView.class, parameters(own)));
            return;
        }
        commune = code == null ? null : communes.findByCode(code).orElse(null);
        add(new H2(getTranslation("entry.heading")));
        if (me.role() != Role.COMMUNE_EDITOR) {
            add(communePicker());
        }
        if (commune == null) {
            add(new Paragraph(getTranslation(code == null ? "entry.choose" : "commune.notFound.heading")));
            return;
        }
        if (!access.canEdit(commune.getId())) {
            add(new Paragraph(getTranslation("access.denied.commune")));
            return;
        }
        show();
    }

    private Component communePicker() {
        ComboBox<Commune> picker = new ComboBox<>(getTranslation("entry.commune"));
        picker.setId("entry-commune");
        picker.setItems(communes.findAll());
        picker.setItemLabelGenerator(Commune::getName);
        picker.setWidth("24rem");
        if (commune != null) {
            picker.setValue(commune);
        }
        picker.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CommuneEntryView.class, parameters(e.getValue())));
            }
        });
        return picker;
    }

    private void show() {
        search.clear();
        Span name = new Span(commune.getName());
        name.addClassName("entry-commune-name");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("entry.tab.cadres"), cadresTab());
        tabs.add(getTranslation("entry.tab.positions"), positionsTab());
        tabs.add(getTranslation("entry.tab.import"), new RosterUpload(importer, exporter, commune, clock, this::refresh));
        tabs.add(getTranslation("entry.tab.audit"), auditTab());
        add(name, tabs);
        refresh();
    }

    /** Reads the seats and holders again after a change: the figures shown follow every save at once. */
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Map<Position, List<PositionHolding>> byPosition = new LinkedHashMap<>();
        Map<Long, List<Position>> byCadre = new HashMap<>();
        for (PositionHolding h : cadres.findActiveHoldings(commune.getId(), today)) {
            byPosition.computeIfAbsent(h.getPosition(), p -> new ArrayList<>()).add(h);
            byCadre.computeIfAbsent(h.getCadre().getId(), id -> new ArrayList<>()).add(h.getPosition());
        }
        holdings = byPosition;
        titles = byCadre;
        positions.setItems(engine.vacancies(Scope.commune(commune.getCode()), today));
        showQuotas();
        cadreGrid.getDataProvider().refreshAll();
        if (auditGrid != null) {
            auditGrid.getDataProvider().refreshAll();
        }
    }

    private void configureCadreGrid() {
        search.setId("entry-search");
        search.setPlaceholder(getTranslation("commune.cadres.search"));
        search.setAriaLabel(getTranslation("commune.cadres.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> cadreGrid.getDataProvider().refreshAll());

        cadreGrid.setId("entry-cadres");
        cadreGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        cadreGrid.addColumn(Cadre::getFullName).setKey("fullName").setSortProperty("fullName")
                .setHeader(getTranslation("cadre.fullName")).setAutoWidth(true);
        cadreGrid.addColumn(c -> c.getBirthDate() == null ? "" : Formats.date(c.getBirthDate())).setKey("birthDate")
                .setSortProperty("birthDate").setHeader(getTranslation("entry.cadre.birthDate")).setAutoWidth(true);
        cadreGrid.addColumn(c -> c.getEducation() == null ? getTranslation("cadre.unknown")
                        : getTranslation("education." + c.getEducation().name())).setKey("education")
                .setSortProperty("education").setHeader(getTranslation("cadre.education")).setAutoWidth(true);
        cadreGrid.addColumn(c -> String.join(", ", titles.getOrDefault(c.getId(), List.of()).stream()
                .map(p -> getTranslation("position." + p.name())).toList())).setKey("titles")
                .setHeader(getTranslation("cadre.titles"));
        cadreGrid.addComponentColumn(this::cadreActions).setKey("actions").setHeader(getTranslation("entry.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        cadreGrid.setItems(
                query -> cadres.findActive(commune.getId(), LocalDate.now(clock), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) cadres.countActive(commune.getId(), LocalDate.now(clock), search.getValue()));
        cadreGrid.setHeight("32rem");
    }

    private Component cadresTab() {
        Button add = new Button(getTranslation("entry.cadre.add"), VaadinIcon.PLUS.create(),
                e -> new CadreDialog(editor, cadres, commune.getId(), null, clock, saved -> saved("entry.saved.cadre"))
                        .open());
        add.setId("cadre-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(add, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(bar, cadreGrid);
        tab.setPadding(false);
        return tab;
    }

    private Component cadreActions(Cadre cadre) {
        Button edit = action(VaadinIcon.EDIT, "entry.cadre.edit", cadre,
                () -> new CadreDialog(editor, cadres, commune.getId(), cadre, clock, saved -> saved("entry.saved.cadre"))
                        .open());
        Button appoint = action(VaadinIcon.PLUS_CIRCLE, "entry.appoint.action", cadre,
                () -> new AppointmentDialog(editor, cadre, clock, this::refresh).open());
        Button rate = action(VaadinIcon.STAR, "entry.rate.action", cadre,
                () -> new RatingDialog(ratings, cadre, clock, this::refresh).open());
        Button depart = action(VaadinIcon.SIGN_OUT, "entry.depart.action", cadre,
                () -> new EndDialog(getTranslation("entry.depart.title", cadre.getFullName()),
                        getTranslation("entry.depart.explanation"), clock,
                        (date, reason) -> editor.depart(cadre.getId(), cadre.getVersion(), date, reason),
                        "entry.saved.departure", this::refresh).open());
        depart.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(edit, appoint, rate, depart);
        actions.setSpacing(false);
        return actions;
    }

    private Button action(VaadinIcon icon, String key, Cadre cadre, Runnable open) {
        Button button = new Button(icon.create(), e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(key) + ": " + cadre.getFullName());
        button.setTooltipText(getTranslation(key));
        button.addClassName("entry-" + key.substring("entry.".length()).replace('.', '-'));
        return button;
    }

    private void configurePositionsGrid() {
        positions.setId("entry-positions");
        positions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        positions.addColumn(v -> getTranslation("position." + v.position().name())).setKey("position")
                .setHeader(getTranslation("commune.position")).setAutoWidth(true).setFlexGrow(0);
        positions.addColumn(v -> Formats.integer(v.approved())).setKey("approved")
                .setHeader(getTranslation("dashboard.series.approved")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        positions.addColumn(v -> Formats.integer(v.filled())).setKey("filled")
                .setHeader(getTranslation("dashboard.series.filled")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        positions.addColumn(v -> Formats.integer(v.vacant())).setKey("vacant")
                .setHeader(getTranslation("commune.vacant")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        positions.addComponentColumn(this::holders).setKey("holders").setHeader(getTranslation("commune.holders"));
        if (access.canManageReferenceData()) {
            positions.addComponentColumn(v -> {
                Button change = new Button(getTranslation("entry.seats.action"), VaadinIcon.SLIDERS.create(),
                        e -> new SeatsDialog(seats, commune, v, this::refresh).open());
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setAriaLabel(getTranslation("entry.seats.action") + ": "
                        + getTranslation("position." + v.position().name()));
                return change;
            }).setKey("seats").setHeader(getTranslation("entry.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        positions.setAllRowsVisible(true);
        quotas.setId("entry-quotas");
    }

    private Component positionsTab() {
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("entry.positions.explanation")), positions,
                new H4(getTranslation("entry.quota.heading")), quotas);
        tab.setPadding(false);
        return tab;
    }

    /** The staffing quota of each bloc; the board and the administrator may change it. */
    private void showQuotas() {
        quotas.removeAll();
        Map<Bloc, StaffingQuota> current = seats.quotas(commune.getId());
        for (Bloc bloc : Bloc.values()) {
            StaffingQuota quota = current.get(bloc);
            Span text = new Span(getTranslation("bloc." + bloc.name()) + ": "
                    + Formats.integer(quota == null ? 0 : quota.getQuota()));
            text.addClassName("entry-quota");
            text.getElement().setAttribute("data-bloc", bloc.name());
            quotas.add(text);
            if (access.canManageReferenceData()) {
                Button change = new Button(VaadinIcon.SLIDERS.create(),
                        e -> new QuotaDialog(seats, commune, bloc, quota, this::refresh).open());
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
                String label = getTranslation("entry.quota.action") + ": " + getTranslation("bloc." + bloc.name());
                change.setAriaLabel(label);
                change.setTooltipText(label);
                quotas.add(change);
            }
        }
    }

    private Component holders(Vacancy vacancy) {
        HorizontalLayout list = new HorizontalLayout();
        list.setWrap(true);
        list.setSpacing(false);
        for (PositionHolding h : holdings.getOrDefault(vacancy.position(), List.of())) {
            Button end = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> new EndDialog(
                    getTranslation("entry.endHolding.title", getTranslation("position." + h.getPosition().name()),
                            h.getCadre().getFullName()),
                    getTranslation("entry.endHolding.explanation"), clock,
                    (date, reason) -> editor.endHolding(h.getId(), h.getVersion(), date, reason),
                    "entry.saved.endHolding", this::refresh).open());
            end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            String label = getTranslation("entry.endHolding.action") + ": " + h.getCadre().getFullName();
            end.setAriaLabel(label);
            end.setTooltipText(label);
            end.addClassName("entry-end-holding");
            end.getElement().setAttribute("data-position", h.getPosition().name());
            Span holder = new Span(new Span(h.getCadre().getFullName()), end);
            holder.addClassName("entry-holder");
            list.add(holder);
        }
        return list;
    }

    private Component auditTab() {
        Map<Long, String> names = Map.of(commune.getId(), commune.getName());
        auditGrid = new AuditGrid(audit, names, clock.getZone(),
                () -> AuditFilter.all().withCommune(commune.getId()));
        auditGrid.setHeight("32rem");
        return auditGrid;
    }

    private void saved(String key) {
        refresh();
        Notification.show(getTranslation(key), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (commune == null ? getTranslation("entry.heading") : commune.getName()) + " – "
                + getTranslation("app.brand");
    }
}
