package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.roster.RosterExporter;
import vn.tayninh.dashboard.roster.RosterImporter;
import vn.tayninh.dashboard.roster.ui.RosterUpload;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.base.ui.PageGrids;

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
    private static final String EDIT = "sua";

    private final CommuneService communes;
    private final RosterImporter importer;
    private final RosterExporter exporter;
    private final AuditTrail audit;
    private final CommuneAccess access;
    private final AuthenticatedUser user;
    private final Clock clock;
    // The router reuses this view when only the commune changes: the tabs are built once and shown again.
    private final EntryCadresTab cadresTab;
    private final EntryPositionsTab positionsTab;

    private Commune commune;
    private AuditGrid auditGrid;

    CommuneEntryView(CommuneService communes, EntryCadresTab cadresTab, EntryPositionsTab positionsTab,
                     RosterImporter importer, RosterExporter exporter, AuditTrail audit, CommuneAccess access,
                     AuthenticatedUser user, Clock clock) {
        this.communes = communes;
        this.cadresTab = cadresTab;
        this.positionsTab = positionsTab;
        this.importer = importer;
        this.exporter = exporter;
        this.audit = audit;
        this.access = access;
        this.user = user;
        this.clock = clock;
        addClassName("view-padding");
    }

    static RouteParameters parameters(Commune commune) {
        return new RouteParameters(CODE, commune.getCode());
    }

    /** Opens the page with one cadre's edit form ({@code ?sua=id}), as the data-quality work list links to it. */
    static com.vaadin.flow.router.QueryParameters editing(long cadreId) {
        return com.vaadin.flow.router.QueryParameters.of(EDIT, String.valueOf(cadreId));
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
        event.getLocation().getQueryParameters().getSingleParameter(EDIT).flatMap(CommuneEntryView::id)
                .ifPresent(cadresTab::edit);
    }

    private static java.util.Optional<Long> id(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    private Component communePicker() {
        ComboBox<Commune> picker = new ComboBox<>(getTranslation("entry.commune"));
        picker.setId("entry-commune");
        SearchBoxes.searchable(picker, communes.findAll(), Commune::getName);
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
        Span name = new Span(commune.getName());
        name.addClassName("entry-commune-name");
        cadresTab.show(commune, this::saved);
        positionsTab.show(commune, this::refresh);
        auditGrid = new AuditGrid(audit, Map.of(commune.getId(), commune.getName()), clock.getZone(),
                () -> AuditFilter.all().withCommune(commune.getId()));
        PageGrids.screenHigh(auditGrid);
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("entry.tab.cadres"), cadresTab);
        tabs.add(getTranslation("entry.tab.positions"), positionsTab);
        tabs.add(getTranslation("entry.tab.import"), new RosterUpload(importer, exporter, commune, clock, this::refresh));
        tabs.add(getTranslation("entry.tab.audit"), auditGrid);
        add(name, tabs);
    }

    /** After a change every tab reads its figures again: what is shown follows every save at once. */
    void refresh() {
        cadresTab.refresh();
        positionsTab.refresh();
        auditGrid.getDataProvider().refreshAll();
    }

    /** A save in a tab: everything is read again, with a confirmation when the tab names one. */
    private void saved(String confirmationKey) {
        refresh();
        if (confirmationKey != null) {
            Notification.show(getTranslation(confirmationKey), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    @Override
    public String getPageTitle() {
        return (commune == null ? getTranslation("entry.heading") : commune.getName()) + " – "
                + getTranslation("app.brand");
    }
}
