package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import vn.tayninh.dashboard.base.ui.SearchBoxes;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditTrail;
import vn.tayninh.dashboard.audit.ui.AuditGrid;
import vn.tayninh.dashboard.base.ui.DateField;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.commune.CommuneService;
import vn.tayninh.dashboard.export.GridExport;
import vn.tayninh.dashboard.export.ui.ExportJobs;
import vn.tayninh.dashboard.export.ui.GridExportButtons;
import vn.tayninh.dashboard.security.AuthenticatedUser;
import vn.tayninh.dashboard.security.CurrentUser;
import vn.tayninh.dashboard.security.Role;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * Who changed what: the whole audit trail for the board and the administrator, their commune's for an editor
 * (the service narrows it whatever this view asks). Filters by commune, kind of record, user and days.
 */
@Route("nhat-ky")
@Menu(title = "nav.audit", order = 70, icon = "vaadin:records")
@RolesAllowed({"ADMIN", "BOARD", "COMMUNE_EDITOR"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> ENTITIES = List.of("CADRE", "HOLDING", "RATING", "SEAT", "QUOTA", "USER", "TARGET", "NOTE",
            "EXPLANATION", "PLANNING", "PLANNING_TERM", "DISCIPLINE", "API_TOKEN");

    final ComboBox<Commune> commune = new ComboBox<>();
    final Select<String> entity = new Select<>();
    final TextField actor = new TextField();
    final DateField from = new DateField(getTranslation("audit.from"));
    final DateField to = new DateField(getTranslation("audit.to"));
    final AuditGrid grid;

    /** The most lines one export carries; a wider trail is narrowed with the filters first. */
    static final int EXPORT_LIMIT = 100_000;

    AuditView(AuditTrail audit, CommuneService communes, AuthenticatedUser user, ExportJobs jobs, Clock clock) {
        addClassName("view-padding");
        setSizeFull();
        CurrentUser me = user.require();
        List<Commune> all = communes.findAll();
        Map<Long, String> names = new LinkedHashMap<>();
        all.forEach(c -> names.put(c.getId(), c.getName()));

        commune.setLabel(getTranslation("audit.commune"));
        SearchBoxes.searchable(commune, all, Commune::getName);
        commune.setClearButtonVisible(true);
        if (me.role() == Role.COMMUNE_EDITOR) {
            all.stream().filter(c -> c.getId().equals(me.communeId())).findFirst().ifPresent(commune::setValue);
            commune.setReadOnly(true);
        }
        entity.setLabel(getTranslation("audit.entity"));
        entity.setItems(ENTITIES);
        entity.setEmptySelectionAllowed(true);
        entity.setEmptySelectionCaption(getTranslation("common.all"));
        entity.setItemLabelGenerator(e -> e == null ? getTranslation("common.all") : getTranslation("audit.entity." + e));
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);

        grid = new AuditGrid(audit, names, clock.getZone(), this::filter);
        PageGrids.fill(grid);
        commune.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        entity.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        // built when asked, in the page's language; the filter's values are taken then, the query runs in the background
        GridExportButtons<AuditEntry> download = new GridExportButtons<>(jobs, "nhat-ky-" + LocalDate.now(clock),
                texts -> GridExport.<AuditEntry>create(texts.get("audit.heading"))
                        .text(texts.get("audit.changedAt"), e -> time.format(e.getChangedAt().atZone(clock.getZone())))
                        .text(texts.get("audit.actor"), AuditEntry::getActor)
                        .text(texts.get("audit.commune"), e -> e.getCommuneId() == null ? "" : names.get(e.getCommuneId()))
                        .text(texts.get("audit.entity"), e -> texts.get("audit.entity." + e.getEntity()))
                        .integer(texts.get("audit.record"), AuditEntry::getEntityId)
                        .text(texts.get("audit.action"), e -> texts.get("audit.action." + e.getAction().name()))
                        .text(texts.get("audit.field"), AuditEntry::getField)
                        .text(texts.get("audit.oldValue"), AuditEntry::getOldValue)
                        .text(texts.get("audit.newValue"), AuditEntry::getNewValue),
                () -> {
                    AuditFilter asked = filter();
                    return () -> audit.find(asked, PageRequest.of(0, EXPORT_LIMIT));
                });

        HorizontalLayout filters = new HorizontalLayout(commune, entity, actor, from, to, download);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("audit.heading")), new Paragraph(getTranslation("audit.explanation")), filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(commune.getValue() == null ? null : commune.getValue().getId(), entity.getValue(),
                actor.getValue(), from.getValue(), to.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.heading") + " – " + getTranslation("app.brand");
    }
}
