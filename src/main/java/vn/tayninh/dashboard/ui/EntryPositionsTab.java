package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import vn.tayninh.dashboard.base.ui.WindowWidth;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.indicator.IndicatorEngine;
import vn.tayninh.dashboard.indicator.Scope;
import vn.tayninh.dashboard.indicator.Vacancy;
import vn.tayninh.dashboard.position.Bloc;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.position.SeatService;
import vn.tayninh.dashboard.position.StaffingQuota;
import vn.tayninh.dashboard.security.CommuneAccess;

/**
 * The entry page's titles and seats: approved, filled and vacant per title with its holders (each can be ended),
 * and the staffing quota per bloc; the board and the administrator change the approved numbers and quotas.
 * Built once per page and shown again for each commune.
 */
@SpringComponent
@org.springframework.context.annotation.Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class EntryPositionsTab extends VerticalLayout {

    private final CadreService cadres;
    private final CadreEditor editor;
    private final SeatService seats;
    private final IndicatorEngine engine;
    private final CommuneAccess access;
    private final Clock clock;

    private final Grid<Vacancy> positions = new Grid<>();
    private final HorizontalLayout quotas = new HorizontalLayout();
    private final Paragraph narrowHint = new Paragraph(getTranslation("entry.positions.tapHint"));
    private Commune commune;
    private Map<Position, List<PositionHolding>> holdings = Map.of();
    private Runnable changed = () -> { };

    EntryPositionsTab(CadreService cadres, CadreEditor editor, SeatService seats, IndicatorEngine engine,
                      CommuneAccess access, Clock clock) {
        WindowWidth.follow(this, this::fitColumns);
        this.cadres = cadres;
        this.editor = editor;
        this.seats = seats;
        this.engine = engine;
        this.access = access;
        this.clock = clock;
        setPadding(false);

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
        // a phone's column for the two above: "27/34"
        positions.addColumn(v -> Formats.integer(v.filled()) + "/" + Formats.integer(v.approved()))
                .setKey("filledOfApproved").setHeader(getTranslation("entry.positions.filledOfApproved"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setVisible(false);
        positions.addColumn(v -> Formats.integer(v.vacant())).setKey("vacant")
                .setHeader(getTranslation("commune.vacant")).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        positions.addComponentColumn(this::holders).setKey("holders").setHeader(getTranslation("commune.holders"));
        if (access.canManageReferenceData()) {
            positions.addComponentColumn(this::seatsButton).setKey("seats").setHeader(getTranslation("entry.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        // on a phone the figures stay in the row and the holders open under it with a tap
        positions.setItemDetailsRenderer(new ComponentRenderer<>(v -> {
            VerticalLayout details = new VerticalLayout(holders(v));
            details.setPadding(false);
            if (access.canManageReferenceData()) {
                details.add(seatsButton(v));
            }
            return details;
        }));
        positions.setDetailsVisibleOnClick(false);
        positions.setAllRowsVisible(true);
        quotas.setId("entry-quotas");
        quotas.setWrap(true);
        narrowHint.setVisible(false);
        narrowHint.addClassName("entry-positions-hint");
        add(new Paragraph(getTranslation("entry.positions.explanation")), narrowHint, positions,
                new H4(getTranslation("entry.quota.heading")), quotas);
    }

    private Button seatsButton(Vacancy v) {
        Button change = new Button(getTranslation("entry.seats.action"), VaadinIcon.SLIDERS.create(),
                e -> new SeatsDialog(seats, commune, v, () -> changed.run()).open());
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        change.setAriaLabel(getTranslation("entry.seats.action") + ": "
                + getTranslation("position." + v.position().name()));
        return change;
    }

    /**
     * On a narrow screen the row keeps the title, filled of approved ("27/34") and vacant, and a tap opens the holders
     * under it; a wide screen shows the three figures and the holders in the row.
     */
    private void fitColumns(int windowWidth) {
        boolean narrow = windowWidth < EntryCadresTab.NARROW;
        positions.getColumnByKey("holders").setVisible(!narrow);
        Grid.Column<Vacancy> seatsColumn = positions.getColumnByKey("seats");
        if (seatsColumn != null) {
            seatsColumn.setVisible(!narrow);
        }
        positions.getColumnByKey("approved").setVisible(!narrow);
        positions.getColumnByKey("filled").setVisible(!narrow);
        positions.getColumnByKey("filledOfApproved").setVisible(narrow);
        positions.getColumnByKey("position").setAutoWidth(!narrow).setFlexGrow(narrow ? 1 : 0);
        if (narrow) {
            positions.getColumnByKey("position").setWidth("8rem");
        }
        positions.setDetailsVisibleOnClick(narrow);
        narrowHint.setVisible(narrow);
    }

    /** Shows another commune's seats; {@code changed} hears of every save made here. */
    void show(Commune commune, Runnable changed) {
        this.commune = commune;
        this.changed = changed;
        refresh();
    }

    /** Reads the seats, holders and quotas again: the figures shown follow every save at once. */
    void refresh() {
        LocalDate today = LocalDate.now(clock);
        Map<Position, List<PositionHolding>> byPosition = new LinkedHashMap<>();
        for (PositionHolding h : cadres.findActiveHoldings(commune.getId(), today)) {
            byPosition.computeIfAbsent(h.getPosition(), p -> new ArrayList<>()).add(h);
        }
        holdings = byPosition;
        positions.setItems(engine.vacancies(Scope.commune(commune.getCode()), today));
        showQuotas();
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
                        e -> new QuotaDialog(seats, commune, bloc, quota, () -> changed.run()).open());
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
                    "entry.saved.endHolding", () -> changed.run()).open());
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
}
