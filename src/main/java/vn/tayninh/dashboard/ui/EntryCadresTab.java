package vn.tayninh.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import vn.tayninh.dashboard.base.Formats;
import vn.tayninh.dashboard.base.ui.WindowWidth;
import vn.tayninh.dashboard.base.ui.GridKeyboard;
import vn.tayninh.dashboard.cadre.Cadre;
import vn.tayninh.dashboard.cadre.CadreEditor;
import vn.tayninh.dashboard.cadre.CadreService;
import vn.tayninh.dashboard.cadre.PositionHolding;
import vn.tayninh.dashboard.cadre.RatingEditor;
import vn.tayninh.dashboard.planning.DisciplineRecords;
import vn.tayninh.dashboard.commune.Commune;
import vn.tayninh.dashboard.position.Position;
import vn.tayninh.dashboard.base.ui.PageGrids;

/**
 * The entry page's cadres: search, add, and per cadre edit, appoint, rate, record a departure or remove a record
 * entered by mistake. A tap on a row (or its first cell, or Enter) opens the person with every action; wide screens
 * also show the actions at the row's end, a phone the name and titles only. Built once per page and shown again for
 * each commune.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class EntryCadresTab extends VerticalLayout {

    private final CadreService cadres;
    private final CadreEditor editor;
    private final RatingEditor ratings;
    private final Clock clock;

    /** Below this window width (in CSS pixels) the grid keeps only what fits a phone. */
    static final int NARROW = 640;

    private final DisciplineRecords disciplines;
    private final Grid<Cadre> grid = new Grid<>();
    private final TextField search = new TextField();
    private Commune commune;
    private Map<Long, List<Position>> titles = Map.of();
    /** Tells the page that something was saved, with the translation key of the confirmation (or null). */
    private Consumer<String> saved = key -> { };

    EntryCadresTab(CadreService cadres, CadreEditor editor, RatingEditor ratings, DisciplineRecords disciplines,
                   Clock clock) {
        this.disciplines = disciplines;
        WindowWidth.follow(this, this::fitColumns);
        this.cadres = cadres;
        this.editor = editor;
        this.ratings = ratings;
        this.clock = clock;
        setPadding(false);

        search.setId("entry-search");
        search.setPlaceholder(getTranslation("commune.cadres.search"));
        search.setAriaLabel(getTranslation("commune.cadres.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            grid.setEmptyStateText(getTranslation("search.none", e.getValue().strip()));
            grid.getDataProvider().refreshAll();
        });

        grid.setId("entry-cadres");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // the column of the ⋮ that opens a person: its header is read aloud, not shown
        Span openHeader = new Span(getTranslation("entry.actions"));
        openHeader.addClassName("sr-only");
        grid.addComponentColumn(this::opener).setKey("open").setHeader(openHeader).setWidth("3.25rem").setFlexGrow(0)
                .setFrozen(true);
        grid.addColumn(Cadre::getFullName).setKey("fullName").setSortProperty("fullName")
                .setHeader(getTranslation("cadre.fullName")).setAutoWidth(true);
        grid.addColumn(c -> c.getBirthDate() == null ? "" : Formats.date(c.getBirthDate())).setKey("birthDate")
                .setSortProperty("birthDate").setHeader(getTranslation("entry.cadre.birthDate")).setAutoWidth(true);
        grid.addColumn(c -> c.getEducation() == null ? getTranslation("cadre.unknown")
                        : getTranslation("education." + c.getEducation().name())).setKey("education")
                .setSortProperty("education").setHeader(getTranslation("cadre.education")).setAutoWidth(true);
        grid.addColumn(c -> String.join(", ", titles.getOrDefault(c.getId(), List.of()).stream()
                .map(p -> getTranslation("position." + p.name())).toList())).setKey("titles")
                .setHeader(getTranslation("cadre.titles"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("entry.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        // a tap anywhere on a person's row (Enter on the keyboard) opens the person with every action
        grid.addItemClickListener(e -> open(e.getItem()));
        GridKeyboard.openOnEnter(grid, this::open);
        grid.setItems(
                query -> cadres.findActive(commune.getId(), LocalDate.now(clock), search.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) cadres.countActive(commune.getId(), LocalDate.now(clock), search.getValue()));
        PageGrids.screenHigh(grid);

        Button add = new Button(getTranslation("entry.cadre.add"), VaadinIcon.PLUS.create(),
                e -> new CadreDialog(editor, cadres, commune.getId(), null, clock,
                        created -> saved.accept("entry.saved.cadre")).open());
        add.setId("cadre-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(add, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(bar, grid);
    }

    /** Shows another commune's cadres; {@code saved} hears of every save made here. */
    void show(Commune commune, Consumer<String> saved) {
        this.commune = commune;
        this.saved = saved;
        search.clear();
        refresh();
    }

    /**
     * Opens the edit form of one of the commune's active cadres, its empty required fields marked, as the
     * data-quality work list asks; nothing for another commune's or a departed one.
     */
    void edit(long cadreId) {
        cadres.findProfile(cadreId).map(profile -> profile.cadre())
                .filter(cadre -> cadre.getCommune().getId().equals(commune.getId()) && cadre.getEndDate() == null)
                .ifPresent(cadre -> editForm(cadre).markMissing());
    }

    /** The person's sheet: who they are and every action, one tap each. */
    void open(Cadre cadre) {
        new PersonSheet(cadre, titles.getOrDefault(cadre.getId(), List.of()), new PersonSheet.Actions() {
            @Override
            public void edit(Cadre c) {
                editForm(c);
            }

            @Override
            public void appoint(Cadre c) {
                new AppointmentDialog(editor, c, clock, () -> saved.accept(null)).open();
            }

            @Override
            public void rate(Cadre c) {
                new RatingDialog(ratings, cadres, c, clock, () -> saved.accept(null)).open();
            }

            @Override
            public void discipline(Cadre c) {
                new DisciplineDialog(disciplines, c, clock, () -> saved.accept(null)).open();
            }

            @Override
            public void depart(Cadre c) {
                departure(c);
            }

            @Override
            public void remove(Cadre c) {
                removal(c);
            }
        }).open();
    }

    private CadreDialog editForm(Cadre cadre) {
        CadreDialog dialog = new CadreDialog(editor, cadres, commune.getId(), cadre, clock,
                updated -> saved.accept("entry.saved.cadre"), new CadreDialog.RecordActions() {
                    @Override
                    public void depart(Cadre c) {
                        departure(c);
                    }

                    @Override
                    public void remove(Cadre c) {
                        removal(c);
                    }
                });
        dialog.open();
        return dialog;
    }

    private void departure(Cadre cadre) {
        new EndDialog(getTranslation("entry.depart.title", cadre.getFullName()),
                getTranslation("entry.depart.explanation"), clock,
                (date, reason) -> editor.depart(cadre.getId(), cadre.getVersion(), date, reason),
                "entry.saved.departure", () -> saved.accept(null)).open();
    }

    private void removal(Cadre cadre) {
        new RemoveDialog(editor, cadre, () -> saved.accept(null)).open();
    }

    /** On a narrow screen the row keeps the opener, the name and the titles; the rest is in the person's sheet. */
    private void fitColumns(int windowWidth) {
        boolean narrow = windowWidth < NARROW;
        grid.getColumnByKey("birthDate").setVisible(!narrow);
        grid.getColumnByKey("education").setVisible(!narrow);
        grid.getColumnByKey("actions").setVisible(!narrow);
    }

    /** Reads the titles held again and refills the grid. */
    void refresh() {
        Map<Long, List<Position>> byCadre = new HashMap<>();
        for (PositionHolding h : cadres.findActiveHoldings(commune.getId(), LocalDate.now(clock))) {
            byCadre.computeIfAbsent(h.getCadre().getId(), id -> new ArrayList<>()).add(h.getPosition());
        }
        titles = byCadre;
        grid.getDataProvider().refreshAll();
    }

    /** The first cell of a row: opens the person's sheet, the hint that a row opens. */
    private Component opener(Cadre cadre) {
        Button open = new Button(VaadinIcon.ELLIPSIS_DOTS_V.create(), e -> open(cadre));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        open.setAriaLabel(getTranslation("entry.person.open", cadre.getFullName()));
        open.setTooltipText(getTranslation("entry.actions"));
        open.addClassName("entry-open");
        stopRowClick(open);
        return open;
    }

    private Component actions(Cadre cadre) {
        Runnable changed = () -> saved.accept(null);
        Button edit = action(VaadinIcon.EDIT, "entry.cadre.edit", cadre, () -> editForm(cadre));
        Button appoint = action(VaadinIcon.PLUS_CIRCLE, "entry.appoint.action", cadre,
                () -> new AppointmentDialog(editor, cadre, clock, changed).open());
        Button rate = action(VaadinIcon.STAR, "entry.rate.action", cadre,
                () -> new RatingDialog(ratings, cadres, cadre, clock, changed).open());
        Button depart = action(VaadinIcon.SIGN_OUT, "entry.depart.action", cadre, () -> departure(cadre));
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
        stopRowClick(button);
        return button;
    }

    /** A button in a row does its own thing only: its click does not reach the row, which would open the sheet too. */
    private static void stopRowClick(Button button) {
        button.getElement().addEventListener("click", e -> { }).addEventData("event.stopPropagation()");
    }
}
