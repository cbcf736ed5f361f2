package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.explanation.ExplanationDetails;
import vn.tayninh.dashboard.explanation.ExplanationFilter;
import vn.tayninh.dashboard.explanation.Explanations;
import vn.tayninh.dashboard.security.CommuneAccess;
import vn.tayninh.dashboard.security.DisplayNames;

/**
 * Requests for explanation in a grid, newest first, each opening onto its dialog (to read, answer or decide); the
 * rows come from the service with the reader's rights, and are read again after each step. A short list (a
 * commune's, the dashboard's) is read whole; the page of every request reads page by page from the database, sorted
 * there, so that a grid of any size opens at once. One line a row: long texts end with "…" and show whole in a
 * tooltip and in the dialog.
 */
class ExplanationGrid extends Grid<ExplanationDetails> {

    private final Runnable reload;

    /** A short list, read whole, all its rows shown. */
    ExplanationGrid(Explanations explanations, CommuneAccess access, DisplayNames names, ZoneId zone,
                    Supplier<List<ExplanationDetails>> rows) {
        this.reload = () -> setItems(rows.get());
        columns(explanations, access, names, zone);
        setAllRowsVisible(true);
        refresh();
    }

    /** Every request matching the filter, read from the database a page at a time and sortable by column. */
    ExplanationGrid(Explanations explanations, CommuneAccess access, DisplayNames names, ZoneId zone,
                    Supplier<ExplanationFilter> filter, boolean lazy) {
        columns(explanations, access, names, zone);
        getColumnByKey("commune").setSortProperty("commune.name");
        getColumnByKey("target").setSortProperty("targetCode");
        getColumnByKey("asOf").setSortProperty("asOf");
        getColumnByKey("dueDate").setSortProperty("dueDate");
        getColumnByKey("state").setSortProperty("state");
        setItems(query -> explanations.find(filter.get(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) explanations.count(filter.get()));
        this.reload = () -> getDataProvider().refreshAll();
        setMinHeight("20rem");
        setHeight("70vh");
    }

    private void columns(Explanations explanations, CommuneAccess access, DisplayNames names, ZoneId zone) {
        addClassName("explanation-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addColumn(ExplanationDetails::communeName).setHeader(getTranslation("explanation.field.commune"))
                .setKey("commune").setWidth("12rem").setFlexGrow(1).setTooltipGenerator(ExplanationDetails::communeName);
        addColumn(this::target).setHeader(getTranslation("explanation.field.target")).setKey("target")
                .setWidth("16rem").setFlexGrow(2).setTooltipGenerator(this::target);
        addColumn(e -> Formats.date(e.asOf())).setHeader(getTranslation("explanation.field.asOf")).setKey("asOf")
                .setWidth("8rem").setFlexGrow(0);
        addColumn(e -> Formats.date(e.dueDate())).setHeader(getTranslation("explanation.field.dueDate"))
                .setKey("dueDate").setWidth("8rem").setFlexGrow(0);
        addComponentColumn(e -> ExplanationBadge.of(this, e)).setHeader(getTranslation("explanation.field.state"))
                .setKey("state").setWidth("10rem").setFlexGrow(0);
        addColumn(e -> e.cause() == null ? "" : e.cause()).setHeader(getTranslation("explanation.field.cause"))
                .setKey("cause").setWidth("18rem").setFlexGrow(3)
                .setTooltipGenerator(e -> e.cause() == null ? "" : e.cause());
        Runnable refresh = this::refresh;
        addItemClickListener(e -> open(explanations, access, names, e.getItem(), zone, refresh));
        GridKeyboard.openOnEnter(this, item -> open(explanations, access, names, item, zone, refresh));
    }

    private String target(ExplanationDetails e) {
        return e.targetCode() + " · " + getTranslation("target." + e.targetCode() + ".name");
    }

    void refresh() {
        reload.run();
    }

    private static void open(Explanations explanations, CommuneAccess access, DisplayNames names,
                             ExplanationDetails item, ZoneId zone, Runnable refresh) {
        ExplanationDetails current = explanations.get(item.id());
        new ExplanationDialog(explanations, current, access.canEdit(current.communeId()),
                access.canManageReferenceData(), names, zone, refresh).open();
    }
}
