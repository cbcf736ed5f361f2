package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * Requests for explanation in a grid, newest first, each opening onto its dialog (to read, answer or decide); the
 * rows come from the service with the reader's rights, and are read again after each step.
 */
class ExplanationGrid extends Grid<ExplanationDetails> {

    private final Supplier<List<ExplanationDetails>> rows;

    ExplanationGrid(Explanations explanations, CommuneAccess access, ZoneId zone,
                    Supplier<List<ExplanationDetails>> rows) {
        this.rows = rows;
        addClassName("explanation-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ExplanationDetails::communeName).setHeader(getTranslation("explanation.field.commune"))
                .setKey("commune").setAutoWidth(true);
        addColumn(e -> e.targetCode() + " · " + getTranslation("target." + e.targetCode() + ".name"))
                .setHeader(getTranslation("explanation.field.target")).setKey("target").setFlexGrow(2);
        addColumn(e -> Formats.date(e.asOf())).setHeader(getTranslation("explanation.field.asOf")).setKey("asOf")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> Formats.date(e.dueDate())).setHeader(getTranslation("explanation.field.dueDate"))
                .setKey("dueDate").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(e -> ExplanationBadge.of(this, e)).setHeader(getTranslation("explanation.field.state"))
                .setKey("state").setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.cause() == null ? "" : e.cause()).setHeader(getTranslation("explanation.field.cause"))
                .setKey("cause").setFlexGrow(3);
        Runnable refresh = this::refresh;
        addItemClickListener(e -> open(explanations, access, e.getItem(), zone, refresh));
        GridKeyboard.openOnEnter(this, item -> open(explanations, access, item, zone, refresh));
        setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        setItems(rows.get());
    }

    private static void open(Explanations explanations, CommuneAccess access, ExplanationDetails item, ZoneId zone,
                             Runnable refresh) {
        ExplanationDetails current = explanations.get(item.id());
        new ExplanationDialog(explanations, current, access.canEdit(current.communeId()),
                access.canManageReferenceData(), zone, refresh).open();
    }
}
