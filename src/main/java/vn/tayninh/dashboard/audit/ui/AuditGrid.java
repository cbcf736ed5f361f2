package vn.tayninh.dashboard.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import vn.tayninh.dashboard.audit.AuditEntry;
import vn.tayninh.dashboard.audit.AuditFilter;
import vn.tayninh.dashboard.audit.AuditLabels;
import vn.tayninh.dashboard.audit.AuditTrail;

/** The audit trail, paged from the database, newest first, for whatever filter its owner holds. */
public class AuditGrid extends Grid<AuditEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /**
     * @param communeNames commune id → name, for the commune column
     * @param filter       the filter to apply at each fetch (the owner's fields)
     */
    public AuditGrid(AuditTrail audit, Map<Long, String> communeNames, ZoneId zone, Supplier<AuditFilter> filter) {
        setId("audit");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> TIME.format(e.getChangedAt().atZone(zone))).setKey("changedAt")
                .setHeader(getTranslation("audit.changedAt")).setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEntry::getActor).setKey("actor").setHeader(getTranslation("audit.actor")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> e.getCommuneId() == null ? "" : communeNames.getOrDefault(e.getCommuneId(), ""))
                .setKey("commune").setHeader(getTranslation("audit.commune")).setAutoWidth(true);
        addColumn(e -> getTranslation("audit.entity." + e.getEntity()) + " #" + e.getEntityId()).setKey("entity")
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        addColumn(e -> getTranslation("audit.action." + e.getAction().name())).setKey("action")
                .setHeader(getTranslation("audit.action")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> AuditLabels.label(e.getEntity(), e.getField(), key -> getTranslation(key))).setKey("field")
                .setHeader(getTranslation("audit.field")).setAutoWidth(true);
        addColumn(e -> e.getOldValue() == null ? "" : e.getOldValue()).setKey("oldValue")
                .setHeader(getTranslation("audit.oldValue"));
        addColumn(e -> e.getNewValue() == null ? "" : e.getNewValue()).setKey("newValue")
                .setHeader(getTranslation("audit.newValue"));
        setItems(query -> audit.find(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) audit.count(filter.get()));
    }
}
